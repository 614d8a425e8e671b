"""A reader switches language on a handbook chapter with the header's language switcher."""

import pytest
from wagtail.rich_text import RichText

from handbook.models import HandbookChapterPage, HandbookIndexPage
from home.demo_translations import translate_page
from tests.i18n.conftest import PrefixCatalogue


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_switching_language_on_a_handbook_chapter(browser_page, home_page, locales):
    for code in ("nl", "hu", "fr"):
        translate_page(home_page, code, PrefixCatalogue(code))
    handbook = HandbookIndexPage(title="Handbook", slug="handbook")
    home_page.add_child(instance=handbook)
    handbook.save_revision().publish()
    chapter = HandbookChapterPage(
        title="Identification of victims",
        slug="identification",
        chapter_number=1,
        summary="Who may be a victim, and who identifies them.",
        body=[("paragraph", RichText("<p>Identification is the first stage of the referral.</p>"))],
    )
    handbook.add_child(instance=chapter)
    chapter.save_revision().publish()
    translate_page(handbook, "hu", PrefixCatalogue("hu"))
    translate_page(chapter, "hu", PrefixCatalogue("hu"))

    page = browser_page
    page.goto("/en/handbook/identification/")
    switcher = page.get_by_role("navigation", name="Choose a language")
    switcher.get_by_role("link", name="Magyar").click()

    page.wait_for_url("**/hu/handbook/identification/")
    assert page.locator("html").get_attribute("lang") == "hu"
    assert "HU: Identification of victims" in page.locator("h1").inner_text()
    assert (
        page.get_by_role("navigation", name="Choose a language")
        .locator('[aria-current="true"]')
        .get_attribute("hreflang")
        == "hu"
    )

    # No Dutch chapter yet: the Dutch home page, with a notice, never the English chapter under /nl/.
    page.get_by_role("link", name="Nederlands").click()
    page.wait_for_url("**/nl/?untranslated=nl")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator(".notice--untranslated").is_visible()

    # The explicit choice is remembered: the bare address now opens the Dutch site.
    page.goto("/")
    page.wait_for_url("**/nl/")
