"""The public list of organisations: filters, counts, pagination, bad input, queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.directory.conftest import make_organisation

pytestmark = pytest.mark.django_db

URL = "/en/directory/"


@pytest.fixture
def organisations(directory_page):
    return [
        make_organisation(
            "antwerp-shelter",
            name="Antwerp Shelter",
            country="BE",
            city="Antwerp",
            services=["shelter", "medical-care"],
            languages=["nl", "hu"],
            target_groups=["women"],
            available_24_7=True,
            accepts_referrals_from_abroad=True,
        ),
        make_organisation(
            "brussels-lawyers",
            name="Brussels Lawyers",
            country="BE",
            city="Brussels",
            services=["victim-lawyer"],
            languages=["fr"],
            target_groups=["men"],
        ),
        make_organisation(
            "budapest-police",
            name="Budapest Police Unit",
            country="HU",
            city="Budapest",
            services=["police", "identification"],
            languages=["hu", "en"],
            target_groups=["women", "men"],
            available_24_7=True,
            description="Investigates labour exploitation.",
        ),
        make_organisation(
            "utrecht-return",
            name="Utrecht Return Office",
            country="NL",
            city="Utrecht",
            services=["safe-return"],
            languages=["nl"],
            target_groups=["families"],
            accepts_referrals_from_abroad=True,
        ),
        make_organisation("draft-org", name="Unpublished Draft Org", country="BE", live=False),
    ]


def names_in(client, **params):
    html = client.get(URL, params).content.decode()
    return {
        name
        for name in ("Antwerp Shelter", "Brussels Lawyers", "Budapest Police Unit", "Utrecht Return Office")
        if name in html
    }, html


def test_lists_published_organisations_with_a_count(client, organisations):
    names, html = names_in(client)
    assert names == {"Antwerp Shelter", "Brussels Lawyers", "Budapest Police Unit", "Utrecht Return Office"}
    assert "Unpublished Draft Org" not in html
    assert "4 organisations found" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "BE"}, {"Antwerp Shelter", "Brussels Lawyers"}),
        ({"stage": "2"}, {"Antwerp Shelter"}),
        ({"stage": "5"}, {"Brussels Lawyers", "Budapest Police Unit"}),
        ({"service": "safe-return"}, {"Utrecht Return Office"}),
        ({"language": "hu"}, {"Antwerp Shelter", "Budapest Police Unit"}),
        ({"target": "men"}, {"Brussels Lawyers", "Budapest Police Unit"}),
        ({"available_24_7": "on"}, {"Antwerp Shelter", "Budapest Police Unit"}),
        ({"abroad": "on"}, {"Antwerp Shelter", "Utrecht Return Office"}),
        ({"q": "labour exploitation"}, {"Budapest Police Unit"}),
        ({"q": "utrecht"}, {"Utrecht Return Office"}),
    ],
)
def test_each_filter_alone(client, organisations, params, expected):
    names, html = names_in(client, **params)
    assert names == expected
    assert f"{len(expected)} organisation" in html


def test_filters_combined(client, organisations):
    names, html = names_in(client, country="BE", language="hu", available_24_7="on")
    assert names == {"Antwerp Shelter"}
    assert "1 organisation found" in html

    names, _html = names_in(client, country="HU", stage="2")
    assert names == set()
    assert "No organisation matches these filters." in _html


def test_organisation_with_several_matching_services_is_listed_once(client, organisations):
    html = client.get(URL, {"stage": "1"}).content.decode()
    assert html.count("Budapest Police Unit</a>") == 1
    assert "1 organisation found" in html


def test_country_choices_show_counts_with_the_other_filters_kept(client, organisations):
    html = client.get(URL, {"abroad": "on"}).content.decode()
    assert "Belgium (1)" in html
    assert "Netherlands (1)" in html
    assert "Hungary (0)" in html


def test_form_is_a_plain_get_form_that_keeps_the_choices(client, organisations):
    html = client.get(URL, {"country": "NL", "abroad": "on"}).content.decode()
    assert 'method="get"' in html
    assert '<option value="NL" selected>' in html
    assert 'name="abroad" id="id_abroad" value="on" checked' in html


def test_pagination_keeps_the_filters_in_shareable_links(client, directory_page):
    for number in range(12):
        make_organisation(
            f"ghent-org-{number:02d}", name=f"Ghent Org {number:02d}", country="BE", services=["shelter"]
        )
    make_organisation("other-country", name="Somewhere Else", country="NL")

    first = client.get(URL, {"country": "BE"}).content.decode()
    third = client.get(URL, {"country": "BE", "page": "3"}).content.decode()

    assert "12 organisations found" in first
    assert "page 1 of 3" in first
    assert first.count('class="directory-card"') == 5
    assert third.count('class="directory-card"') == 2
    assert "Ghent Org 11" in third and "Ghent Org 00" not in third
    assert 'href="?country=BE&amp;page=2"' in first
    assert "Somewhere Else" not in first + third


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"country": "XX"}, "could not use the value “XX”"),
        ({"stage": "abc"}, "could not use the value “abc”"),
        ({"stage": "99"}, "could not use the value “99”"),
        ({"service": "<script>alert(1)</script>"}, "could not use the value “&lt;script&gt;"),
        ({"language": "klingon"}, "could not use the value “klingon”"),
        ({"page": "zz"}, "is not a page number"),
        ({"page": "999"}, "There is no page 999"),
    ],
)
def test_bad_values_give_a_message_not_an_error(client, organisations, params, message):
    response = client.get(URL, params)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "<script>alert(1)</script>" not in html


def test_a_bad_filter_does_not_throw_away_the_good_ones(client, organisations):
    names, html = names_in(client, country="HU", stage="nonsense")
    assert names == {"Budapest Police Unit"}
    assert "could not use the value “nonsense”" in html


def test_query_count_does_not_grow_with_the_number_of_organisations(client, directory_page, settings):
    settings.ANONYMOUS_PAGE_CACHE = False  # the rendering is measured, not a whole page from the cache

    def count_queries(params):
        client.get(URL, params)  # fills the shared cache (home.caching) that a new organisation renews
        with CaptureQueriesContext(connection) as queries:
            response = client.get(URL, params)
        assert response.status_code == 200
        return len(queries)

    client.get(URL)  # caches filled once per process (site, locales) are not what is measured
    for number in range(2):
        make_organisation(
            f"small-{number}",
            country="BE",
            services=["shelter", "police"],
            languages=["nl", "fr"],
            target_groups=["women"],
        )
    small = {
        key: count_queries(params)
        for key, params in {"all": {}, "filtered": {"country": "BE", "stage": "2", "language": "nl"}}.items()
    }

    for number in range(40):
        make_organisation(
            f"large-{number}",
            country="BE",
            services=["shelter", "police", "legal-aid"],
            languages=["nl", "fr", "en"],
            target_groups=["women", "men"],
        )
    large = {
        key: count_queries(params)
        for key, params in {"all": {}, "filtered": {"country": "BE", "stage": "2", "language": "nl"}}.items()
    }

    assert large == small


def test_pager_links_keep_only_the_valid_filters(client, directory_page):
    for number in range(6):
        make_organisation(f"org-{number}", country="BE", services=["shelter"])
    html = client.get(
        URL, {"country": "BE", "stage": "nonsense", "abroad": "", "available_24_7": "on"}
    ).content.decode()
    assert 'href="?country=BE&amp;available_24_7=on&amp;page=2"' not in html  # nothing is 24/7 here
    html = client.get(URL, {"country": "BE", "stage": "nonsense", "service": "shelter"}).content.decode()
    assert 'href="?country=BE&amp;service=shelter&amp;page=2"' in html
    assert "nonsense&amp;" not in html
