"""Third-party Dutch that Django cannot find on its own (django-machina ships nl_NL) is merged into ours."""

import polib
import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from home.localization import merge_catalog, third_party_catalogs


def write_po(path, entries, fuzzy=()):
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "nl"}
    for msgid, msgstr in entries.items():
        entry = polib.POEntry(msgid=msgid, msgstr=msgstr)
        if msgid in fuzzy:
            entry.flags.append("fuzzy")
        po.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return path


def test_merge_adds_missing_entries_and_keeps_ours(tmp_path):
    source = write_po(
        tmp_path / "machina.po",
        {"Forum": "Forum (machina)", "Topics": "Onderwerpen", "Unsure": "Misschien", "Empty": ""},
        fuzzy={"Unsure"},
    )
    target = write_po(tmp_path / "nl" / "LC_MESSAGES" / "django.po", {"Forum": "Forum", "Victim": "Slachtoffer"})

    assert merge_catalog(source, target) == 1

    merged = {entry.msgid: entry for entry in polib.pofile(str(target))}
    assert merged["Forum"].msgstr == "Forum"  # ours wins
    assert merged["Victim"].msgstr == "Slachtoffer"
    assert merged["Topics"].msgstr == "Onderwerpen"
    assert "Unsure" not in merged and "Empty" not in merged  # never import fuzzy or empty entries
    assert merge_catalog(source, target) == 0  # running it again changes nothing


def test_merge_creates_a_missing_catalogue(tmp_path):
    source = write_po(tmp_path / "machina.po", {"Topics": "Onderwerpen"})
    target = tmp_path / "nl" / "LC_MESSAGES" / "django.po"
    assert merge_catalog(source, target) == 1
    assert polib.pofile(str(target)).find("Topics").msgstr == "Onderwerpen"


def test_machina_is_the_third_party_app_whose_dutch_needs_merging():
    pairs = third_party_catalogs()
    assert any(
        source.parts[-5] == "machina" and source.parts[-3] == "nl_NL" and code == "nl" for source, code in pairs
    )
    # allauth, wagtail and wagtail-localize ship a plain `nl` catalogue that Django finds.
    assert {source.parts[-5] for source, _code in pairs} == {"machina"}


@pytest.mark.django_db
def test_machina_strings_show_in_dutch_under_nl_forum(client, tmp_path):
    call_command("import_third_party_catalogs", locale_dir=str(tmp_path), stdout=open("/dev/null", "w"))
    po_path = tmp_path / "nl" / "LC_MESSAGES" / "django.po"
    polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))

    with override_settings(LOCALE_PATHS=[tmp_path]):
        with translation.override("nl"):
            assert translation.gettext("Topics") == "Onderwerpen"
        content = client.get("/nl/forum/").content.decode()
    assert '<html lang="nl"' in content
    assert "Statistieken" in content and "Totaal aantal berichten:" in content
