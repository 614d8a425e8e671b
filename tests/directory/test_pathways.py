"""“Who do I contact?”: the five stages for a pair of countries."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from directory.pathways import build_pathway
from tests.directory.conftest import make_guidance, make_organisation

pytestmark = pytest.mark.django_db

URL = "/en/who-do-i-contact/"
STAGE_TITLES = [
    "Stage 1: Identification",
    "Stage 2: First assistance and protection",
    "Stage 3: Long-term assistance and social inclusion",
    "Stage 4: Return and social inclusion",
    "Stage 5: Criminal and civil proceedings",
]


@pytest.fixture
def network(pathway_page):
    make_organisation("hu-police", name="HU Police", country="HU", services=["police", "identification"])
    make_organisation("hu-reintegration", name="HU Reintegration", country="HU", services=["reintegration-support"])
    make_organisation("be-shelter", name="BE Shelter", country="BE", services=["shelter"], phone="+32 2 000 01 00")
    make_organisation("be-prosecutor", name="BE Prosecutor", country="BE", services=["prosecution"])
    make_organisation("nl-return", name="NL Return", country="NL", services=["safe-return"])
    make_organisation("nl-draft", name="NL Draft", country="NL", services=["safe-return"], live=False)
    make_guidance("HU", 4, "Prepare the arrival in Hungary.")
    make_guidance("BE", 2, "Call a specialised centre in Belgium.")
    make_guidance("NL", 4, "Plan the return from the Netherlands.")


def stage_section(html, number):
    start = html.index(f'id="stage-{number}"')
    end = html.index(f'id="stage-{number + 1}"') if number < 5 else len(html)
    return html[start:end]


def test_form_without_choice_explains_what_to_do(client, network):
    html = client.get(URL).content.decode()
    assert 'method="get"' in html
    assert "Choose the country where the victim was identified" in html
    assert "Stage 1:" not in html


@pytest.mark.parametrize(("identified", "origin"), list(itertools.product(["HU", "BE", "NL"], repeat=2)))
def test_every_pair_shows_five_stages_in_order(client, network, identified, origin):
    response = client.get(URL, {"identified": identified, "origin": origin})
    html = response.content.decode()
    assert response.status_code == 200
    positions = [html.index(title) for title in STAGE_TITLES]
    assert positions == sorted(positions)
    names = {"HU": "Hungary", "BE": "Belgium", "NL": "Netherlands"}
    section = stage_section(html, 1)
    if identified == origin:
        assert f"{names[identified]} <span" in section
        assert "Country of identification and of origin" in section
        assert section.count('class="pathway-country"') == 1
    else:
        assert section.count('class="pathway-country"') == 2
        assert section.index(f"{names[identified]} <span") < section.index(f"{names[origin]} <span")


def test_hungarian_victim_identified_in_belgium(client, network):
    html = client.get(URL, {"identified": "BE", "origin": "HU"}).content.decode()
    assert "Identified in Belgium, from or returning to Hungary" in html
    stage1, stage2, stage4, stage5 = (stage_section(html, n) for n in (1, 2, 4, 5))
    assert "HU Police" in stage1 and "HU Police" in stage5
    assert "BE Shelter" in stage2 and "+32 2 000 01 00" in stage2
    assert "BE Prosecutor" in stage5 and "BE Prosecutor" not in stage2
    assert "HU Reintegration" in stage4
    assert "NL Return" not in html and "NL Draft" not in html
    assert "Call a specialised centre in Belgium." in stage2
    assert "Prepare the arrival in Hungary." in stage4
    assert "Plan the return from the Netherlands." not in html
    assert "No guidance has been written for this country and stage yet." in stage1
    assert 'href="/en/directory/org/be-shelter/"' in stage2


def test_same_country_case(client, network):
    html = client.get(URL, {"identified": "NL", "origin": "NL"}).content.decode()
    assert "Victim identified in their own country: Netherlands" in html
    assert "NL Return" in stage_section(html, 4)
    assert "Plan the return from the Netherlands." in stage_section(html, 4)
    assert "BE Shelter" not in html and "HU Police" not in html


@pytest.mark.parametrize(
    "params",
    [
        {"identified": "XX", "origin": "HU"},
        {"identified": "HU"},
        {"identified": "AT", "origin": "BE"},
        {"origin": "<b>"},
    ],
)
def test_bad_values_give_a_message(client, network, params):
    response = client.get(URL, params)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Please choose both countries from the lists." in html
    assert "Stage 1:" not in html
    if params.get("origin") == "<b>":
        assert "could not use the value “&lt;b&gt;”" in html


def test_printable(client, network):
    html = client.get(URL, {"identified": "HU", "origin": "BE"}).content.decode()
    assert 'href="/static/css/print.css" media="print"' in html
    assert 'class="print-only"' in html
    assert "Printed from http://testserver/en/who-do-i-contact/?identified=HU&amp;origin=BE" in html


def test_query_count_does_not_grow(client, pathway_page, settings):
    settings.ANONYMOUS_PAGE_CACHE = False  # the rendering is measured, not a whole page from the cache
    params = {"identified": "BE", "origin": "HU"}
    client.get(URL, params)
    make_organisation("be-one", country="BE", services=["shelter", "police"])
    client.get(URL, params)  # fills the shared cache (home.caching) that a new organisation renews
    with CaptureQueriesContext(connection) as small:
        client.get(URL, params)
    for number in range(30):
        make_organisation(
            f"many-{number}", country="BE" if number % 2 else "HU", services=["shelter", "police", "safe-return"]
        )
    client.get(URL, params)
    with CaptureQueriesContext(connection) as large:
        html = client.get(URL, params).content.decode()
    assert "Many 29" in html
    assert len(large) == len(small)


def test_build_pathway_without_http(network):
    pathway = build_pathway("HU", "NL")
    assert [item.stage.number for item in pathway.stages] == [1, 2, 3, 4, 5]
    stage4 = pathway.stages[3]
    assert [column.code for column in stage4.countries] == ["HU", "NL"]
    assert [entry.organisation.name for entry in stage4.countries[1].organisations] == ["NL Return"]
    assert [service.display_name for service in stage4.countries[1].organisations[0].services] == ["Safe return"]


def test_untranslated_guidance_is_marked_as_english_under_another_language(client, network, pathway_page, locales):
    from directory.models import PathwayGuidance

    dutch_page = pathway_page.copy_for_translation(locales["nl"], copy_parents=True)
    dutch_page.save_revision().publish()
    belgian = PathwayGuidance.objects.get(country="BE", stage__number=2)
    dutch_guidance = belgian.copy_for_translation(locales["nl"])
    dutch_guidance.guidance = "<p>Bel een gespecialiseerd centrum in België.</p>"
    dutch_guidance.save()

    html = client.get(dutch_page.url, {"identified": "BE", "origin": "HU"}).content.decode()
    translated, untranslated = stage_section(html, 2), stage_section(html, 4)
    assert "Bel een gespecialiseerd centrum in België." in translated
    assert "Call a specialised centre in Belgium." not in translated
    assert 'class="untranslated-note"' not in translated
    # Hungarian guidance for stage 4 has no Dutch version: shown in English, and said so.
    assert "Prepare the arrival in Hungary." in untranslated
    assert 'class="untranslated-note"' in untranslated
    assert '<div class="prose pathway-guidance" lang="en">' in untranslated
    with translation.override("nl"):
        note = gettext("This text is not translated yet; it is shown in English.")
    assert note != "This text is not translated yet; it is shown in English." and note in untranslated


def test_english_guidance_on_the_english_page_carries_no_note(client, network):
    html = client.get(URL, {"identified": "BE", "origin": "HU"}).content.decode()
    assert 'class="untranslated-note"' not in html
