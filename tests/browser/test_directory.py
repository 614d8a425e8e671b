"""A professional uses the directory and the pathways in a browser without JavaScript, then prints."""

import pytest

from directory.models import DirectoryPage, PathwayPage
from directory.taxonomy_data import ensure_taxonomy
from tests.browser.test_public_walk import english_home
from tests.directory.conftest import make_guidance, make_organisation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(locales):
    home = english_home(locales)
    ensure_taxonomy()
    for model, title, slug in ((DirectoryPage, "Directory", "directory"), (PathwayPage, "Who do I contact?", "who")):
        page = model(title=title, slug=slug, show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()
    make_organisation("antwerp-shelter", name="Antwerp Shelter", country="BE", services=["shelter"],
                      accepts_referrals_from_abroad=True, phone="+32 2 000 01 00")  # fmt: skip
    make_organisation("ghent-lawyers", name="Ghent Lawyers", country="BE", services=["victim-lawyer"])
    make_organisation("budapest-return", name="Budapest Return Desk", country="HU", services=["reintegration-support"])
    make_guidance("BE", 2, "Call a specialised centre.")
    return home


@pytest.fixture
def no_js_page(chromium, live_server):
    context = chromium.new_context(base_url=live_server.url, locale="en-GB", java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


def test_filter_open_an_organisation_and_find_its_card_without_javascript(no_js_page, site):
    page = no_js_page
    page.goto("/en/directory/")
    page.get_by_label("Country").select_option("BE")
    page.get_by_label("Accepts referrals from abroad").check()
    page.get_by_role("button", name="Show organisations").click()

    assert "country=BE" in page.url and "abroad=on" in page.url
    assert page.get_by_text("1 organisation found").is_visible()
    assert page.get_by_role("link", name="Ghent Lawyers").count() == 0
    page.get_by_role("link", name="Antwerp Shelter").click()
    assert page.get_by_role("heading", name="Antwerp Shelter", level=1).is_visible()
    card = page.get_by_role("link", name="Download contact card (vCard)")
    assert card.get_attribute("href") == "/en/directory/org/antwerp-shelter/vcard/"


def test_pathway_for_a_country_pair_prints_without_the_form(no_js_page, site):
    page = no_js_page
    page.goto("/en/who/")
    page.get_by_label("Country where the victim was identified").select_option("BE")
    page.get_by_label("Country of origin or return").select_option("HU")
    page.get_by_role("button", name="Show the referral pathway").click()

    stage2 = page.locator("#stage-2")
    assert stage2.get_by_text("Call a specialised centre.").is_visible()
    assert stage2.get_by_role("link", name="Antwerp Shelter").is_visible()
    assert page.locator("#stage-4").get_by_role("link", name="Budapest Return Desk").is_visible()

    page.emulate_media(media="print")
    assert not page.locator("form.pathway-form").is_visible()
    assert not page.locator(".site-nav").is_visible()
    assert stage2.get_by_text("+32 2 000 01 00").is_visible()
    assert page.locator(".print-only").is_visible()
