"""A reader switches language on a handbook chapter with the header's language switcher."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from handbook.models import HandbookChapterPage, HandbookIndexPage
from home.demo_translations import translate_page
from home.models import HomePage
from tests.i18n.conftest import PrefixCatalogue


@pytest.mark.browser
def english_home(locales):
    """The site's English home page; rebuilt if an earlier transactional test flushed what the migrations made."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        return site.root_page.specific
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locales["en"]))
    home = root.add_child(instance=HomePage(title="RAVOT-EUR", slug="home", locale=locales["en"]))
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="RAVOT-EUR")
    return home


@pytest.mark.django_db(transaction=True)
def test_switching_language_on_a_handbook_chapter(browser_page, locales):
    home_page = english_home(locales)
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
    # The switcher's own label is now Hungarian too.
    with translation.override("hu"):
        switcher_label = gettext("Choose a language")
    assert switcher_label != "Choose a language"
    assert (
        page.get_by_role("navigation", name=switcher_label).locator('[aria-current="true"]').get_attribute("hreflang")
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
