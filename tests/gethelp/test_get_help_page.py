import json

import pytest

from gethelp.models import Country
from tests.gethelp.factories import GetHelpPageFactory, HelpLineFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def get_help_page(home_page):
    return GetHelpPageFactory(
        parent=home_page,
        intro="<p>You can get help in every EU country.</p>",
        help_lines_intro="<p>These organisations help victims.</p>",
        safety_advice=json.dumps(
            [{"type": "paragraph", "value": "<p>Keep a copy of your identity documents somewhere safe.</p>"}]
        ),
    )


def test_page_shows_the_emergency_number_first(client, get_help_page):
    html = client.get(get_help_page.url).content.decode()

    assert "If you are in immediate danger, call 112." in html
    assert 'href="tel:112"' in html
    assert html.index("call 112") < html.index("You can get help in every EU country.")


def test_page_shows_intro_safety_advice_and_an_honest_quick_exit_notice(client, get_help_page):
    html = client.get(get_help_page.url).content.decode()

    assert "You can get help in every EU country." in html
    assert "These organisations help victims." in html
    assert "Keep a copy of your identity documents somewhere safe." in html
    assert "About the quick exit button" in html
    assert "does not erase your browsing history" in html
    for trace in ("Bookmarks", "downloads", "router", "private window", "Ctrl+Shift+Delete"):
        assert trace in html, trace


def test_help_lines_are_grouped_by_country_with_tel_links(client, get_help_page):
    HelpLineFactory(country=Country.NL, organisation="Dutch line", phone="+31 20 000 0100")
    HelpLineFactory(country=Country.HU, organisation="Hungarian line", phone="+36 (1) 000-0100")
    HelpLineFactory(country=Country.EU, organisation="Emergency number", phone="112")
    HelpLineFactory(country=Country.BE, organisation="Unpublished Belgian line", live=False)

    html = client.get(get_help_page.url).content.decode()

    assert html.index("Anywhere in the European Union") < html.index("Emergency number")
    assert html.index("Emergency number") < html.index(">Hungary<") < html.index("Hungarian line")
    assert html.index("Hungarian line") < html.index(">Netherlands<") < html.index("Dutch line")
    assert ">Belgium<" not in html, "a country without published lines gets no heading"
    assert "Unpublished Belgian line" not in html
    assert '<a class="help-line__phone" href="tel:+31200000100">+31 20 000 0100</a>' in html
    assert 'href="tel:+3610000100"' in html


def test_sample_entries_are_labelled_and_missing_phones_point_to_112(client, get_help_page):
    HelpLineFactory(organisation="Sample help line (sample)", is_sample=True)
    HelpLineFactory(organisation="Real organisation", phone="")

    html = client.get(get_help_page.url).content.decode()

    assert html.count("Sample entry: for demonstration only, not a real service.") == 1
    assert "No phone number listed yet. In an emergency, call 112." in html


def test_page_without_help_lines_still_points_to_112(client, get_help_page):
    html = client.get(get_help_page.url).content.decode()
    assert "No help lines have been published yet. In an emergency, call 112." in html
