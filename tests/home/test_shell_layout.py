"""The shell's small things a visitor notices: a favicon where browsers look for it, titles
that do not stutter, and the EU funding disclaimer once per page."""

from django.contrib.staticfiles import finders
from django.test import Client

from home.demo_home import FUNDING

DISCLAIMER = "The European Commission is not responsible for any use that may be made of the information"


def test_favicon_ico_leads_to_the_site_icon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("img/favicon.svg")
    assert finders.find("img/favicon.svg")


def test_home_page_title_names_the_site_once_and_says_what_it_is(client, home_page):
    html = client.get("/en/").content.decode()
    title = html.split("<title>")[1].split("</title>")[0]
    assert title.count("RAVOT-EUR") == 1
    assert "victims of human trafficking" in title


def test_an_editors_seo_title_wins_on_the_home_page(client, home_page):
    home_page.seo_title = "RAVOT-EUR project"
    home_page.save_revision().publish()
    assert "<title>RAVOT-EUR project</title>" in client.get("/en/").content.decode()


def test_other_pages_keep_page_title_and_site_name(client, standard_page):
    assert "<title>About RAVOT-EUR · RAVOT-EUR</title>" in client.get("/en/about/").content.decode()


def test_funding_disclaimer_once_on_the_home_page_and_in_the_footer_elsewhere(client, home_page, standard_page):
    home_page.funding_acknowledgement = FUNDING
    home_page.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert html.replace("&#x27;", "'").count(DISCLAIMER) == 1
    assert html.count("eu-flag.svg") == 1
    other = Client().get("/en/about/").content.decode()
    assert other.replace("&#x27;", "'").count(DISCLAIMER) == 1
