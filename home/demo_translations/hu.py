"""hu translations of the demo pages: English source segment -> translation."""

STRINGS = {
    "RAVOT-EUR": "RAVOT-EUR",
}
