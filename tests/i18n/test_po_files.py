"""The interface catalogues are complete: no untranslated and no fuzzy entries in nl, hu and fr."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LANGUAGES = ("nl", "hu", "fr")
CATALOGUES = {code: Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / "django.po" for code in LANGUAGES}


def describe(entries):
    return "\n".join(f"  {entry.msgid[:80]!r}" for entry in entries[:20])


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_exists(code):
    assert CATALOGUES[code].exists(), f"{CATALOGUES[code]} is missing"


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_has_no_untranslated_or_fuzzy_entries(code):
    po = polib.pofile(str(CATALOGUES[code]))
    live = [entry for entry in po if not entry.obsolete]
    assert live, f"{CATALOGUES[code]} has no entries"
    untranslated = [entry for entry in live if not entry.translated() and not entry.fuzzy]
    fuzzy = [entry for entry in live if entry.fuzzy]
    assert not untranslated, f"{len(untranslated)} untranslated entries in {code}:\n{describe(untranslated)}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy entries in {code}:\n{describe(fuzzy)}"
    # The header must not be marked fuzzy either, or gettext ignores its charset and plural forms.
    assert not po.metadata_is_fuzzy, f"the header of {code} is fuzzy"
    assert po.metadata.get("Plural-Forms"), f"the header of {code} has no Plural-Forms"


def test_dutch_catalogue_carries_machina_translations():
    """machina ships nl_NL, which Django never reads for nl: import_third_party_catalogs must have run."""
    po = polib.pofile(str(CATALOGUES["nl"]))
    entry = po.find("Total posts:")
    assert entry is not None and entry.msgstr, "run `manage.py import_third_party_catalogs` after makemessages"
