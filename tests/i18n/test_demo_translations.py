"""The demo's translations are linked wagtail-localize translations; loading them twice changes nothing."""

import pytest
from wagtail_localize.models import Translation

from home.demo_translations import LANGUAGES, catalogue, translate_page


def test_missing_strings_keep_their_english_text_and_are_reported(translated_home, about_page):
    strings = {"About the project": "Over het project", "about": "over"}
    result = translate_page(about_page, "nl", strings)

    assert result.missing == ["What RAVOT-EUR did."]
    assert result.page.live and result.page.alias_of_id is None
    assert result.page.title == "Over het project"
    assert result.page.url_path.endswith("/over/")
    assert result.page.intro == "What RAVOT-EUR did."
    # Linked for later syncs: the editor's "Sync translated pages" finds it.
    assert Translation.objects.filter(
        source__object_id=about_page.translation_key, target_locale__language_code="nl"
    ).exists()


def test_translating_twice_changes_nothing(translated_home, about_page):
    strings = {"About the project": "A projektről", "What RAVOT-EUR did.": "Mit tett a RAVOT-EUR."}
    first = translate_page(about_page, "hu", strings)
    revisions = first.page.revisions.count()
    second = translate_page(about_page, "hu", strings)
    assert first.changed and not second.changed
    assert second.page.revisions.count() == revisions


def test_a_changed_source_is_synced(translated_home, about_page):
    translate_page(about_page, "fr", {"About the project": "À propos du projet"})
    about_page.title = "About RAVOT-EUR"
    about_page.save_revision().publish()
    result = translate_page(about_page, "fr", {"About RAVOT-EUR": "À propos de RAVOT-EUR"})
    assert result.page.title == "À propos de RAVOT-EUR"


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogues_have_no_empty_or_untranslated_entries(code):
    strings = catalogue(code)
    assert strings
    empty = [source for source, text in strings.items() if not text.strip()]
    assert not empty
    # Whole sentences left in English would be a slip; names, slugs and addresses may stay.
    same = [source for source, text in strings.items() if text == source and len(source.split()) >= 3]
    assert not same, same


def test_pages_without_translations_are_left_untranslated_by_the_loader(translated_home, about_page):
    from home.demo_translations import MINIMUM_COVERAGE, coverage

    assert coverage(about_page, {}) < MINIMUM_COVERAGE
    assert coverage(about_page, {"About the project": "x", "about": "x", "What RAVOT-EUR did.": "x"}) == 1.0
