from django import forms
from django.utils.translation import gettext_lazy as _

from .countries import country_name


class ReportFilterForm(forms.Form):
    """The filters of the report index. Read from the query string, so filtered lists can be bookmarked."""

    type = forms.ChoiceField(label=_("Type"), required=False)
    country = forms.ChoiceField(label=_("Host country"), required=False)
    year = forms.ChoiceField(
        label=_("Year"),
        required=False,
        error_messages={"invalid_choice": _("There are no reports from %(value)s. Showing all years.")},
    )

    def __init__(self, data=None, *, countries=(), years=(), **kwargs):
        super().__init__(data, **kwargs)
        self.fields["type"].choices = [
            ("", _("All types")),
            ("workshop", _("Workshops")),
            ("study-visit", _("Study visits")),
        ]
        self.fields["type"].error_messages["invalid_choice"] = _("Unknown type of report. Showing all types.")
        self.fields["country"].choices = [("", _("All countries"))] + [
            (code, country_name(code)) for code in countries
        ]
        self.fields["country"].error_messages["invalid_choice"] = _(
            "There are no reports hosted in that country. Showing all countries."
        )
        self.fields["year"].choices = [("", _("All years"))] + [(str(year), str(year)) for year in years]

    def show_counts(self, counts):
        """Add to each choice the number of reports it would show, e.g. "Belgium (3)"."""
        for name, field in self.fields.items():
            field.choices = [
                (value, label if value == "" else f"{label} ({counts[name].get(value, 0)})")
                for value, label in field.choices
            ]

    def valid_filters(self):
        """The filters that were given and are valid; a bad one is dropped rather than failing the page."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned[name] for name in self.fields if cleaned.get(name)}
