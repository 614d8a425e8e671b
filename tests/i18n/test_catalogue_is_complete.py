"""Every string the code and templates mark for translation is in the nl, hu and fr catalogues (issue 11, item 7).

`makemessages` runs on a scratch copy of the project (never on locale/, where it would
rewrite every engineer's catalogue), and what it extracts is compared with ours. A new
{% translate %} or gettext() without a catalogue entry fails here with its msgid.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.utils import translation
from django.utils.translation import gettext

REPOSITORY = Path(__file__).resolve().parents[2]
LANGUAGES = ("nl", "hu", "fr")
NOT_SOURCE = (".git", ".venv", "var", "node_modules", "vnu", "locale", "locale_overrides", "media", "static_root")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """{(msgctxt, msgid)} that makemessages finds in the project's own code and templates."""
    scratch = tmp_path_factory.mktemp("makemessages") / "project"
    shutil.copytree(REPOSITORY, scratch, ignore=shutil.ignore_patterns(*NOT_SOURCE, "__pycache__", "*.pyc"))
    (scratch / "locale" / "hu" / "LC_MESSAGES").mkdir(parents=True)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale", "hu", "--no-obsolete", "--ignore", "tests/*"],
        cwd=scratch,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "config.settings.test", "HOME": str(scratch)},
    )
    assert result.returncode == 0, result.stderr
    catalogue = polib.pofile(str(scratch / "locale" / "hu" / "LC_MESSAGES" / "django.po"))
    return [entry for entry in catalogue if entry.msgid]


def _is_translated(entry, ours):
    """In our catalogue, or translated at run time by another one that applies (locale_overrides/,
    machina's or allauth's own): what the reader would see."""
    from django.utils.translation import ngettext, npgettext, pgettext

    if (entry.msgctxt, entry.msgid) in ours:
        return True
    if entry.msgid_plural:
        if entry.msgctxt:
            shown = npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 1)
        else:
            shown = ngettext(entry.msgid, entry.msgid_plural, 1)
    else:
        shown = pgettext(entry.msgctxt, entry.msgid) if entry.msgctxt else gettext(entry.msgid)
    return shown != entry.msgid


def test_the_scratch_extraction_finds_the_projects_strings(extracted):
    msgids = {entry.msgid for entry in extracted}
    assert "Quick exit" in msgids and len(msgids) > 500


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_every_marked_string_is_in_the_catalogue(extracted, language_code):
    ours = polib.pofile(str(REPOSITORY / "locale" / language_code / "LC_MESSAGES" / "django.po"))
    translated = {(entry.msgctxt, entry.msgid) for entry in ours if entry.translated()}
    with translation.override(language_code):
        missing = sorted({entry.msgid for entry in extracted if not _is_translated(entry, translated)})
    assert not missing, f"{len(missing)} strings have no {language_code} translation:\n" + "\n".join(
        f"  {msgid!r}" for msgid in missing[:40]
    )
