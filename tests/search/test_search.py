"""Site search shows only what the visitor may see, ranked in one list, on every engine."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests.home.conftest import make_standard_page

HOSTILE_QUERIES = [
    '"',
    'a"',
    "l'aide \"x",
    "\x00",
    "a\x00b",
    "(",
    "((a",
    "a AND OR NOT",
    "*",
    "title:x",
    "'",
    "-",
    "^",
]


@pytest.fixture
def pages(home_page, search_engine):
    public = make_standard_page(home_page, "labour-exploitation", title="Labour exploitation indicators")
    draft = make_standard_page(home_page, "labour-draft", title="Labour exploitation draft", live=False)
    private = make_standard_page(home_page, "labour-private", title="Labour exploitation casework")
    restriction = PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get_or_create(name="Vetted professionals")[0])
    return public, draft, private


def test_search_finds_public_pages_but_never_drafts_or_private_pages(client, pages, index_updated):
    index_updated()
    html = client.get("/en/search/", {"q": "labour exploitation"}).content.decode()
    assert "Labour exploitation indicators" in html
    assert "Labour exploitation draft" not in html
    assert "Labour exploitation casework" not in html
    assert "1 result for" in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_quotes_operators_and_nul_bytes_are_plain_text(client, pages, index_updated, query):
    index_updated()
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert "Search" in response.content.decode()


def test_a_quoted_word_is_still_found(client, pages, index_updated):
    index_updated()
    html = client.get("/en/search/", {"q": '"indicators'}).content.decode()
    assert "Labour exploitation indicators" in html


def test_empty_query_explains_what_to_do(client, home_page, search_engine):
    html = client.get("/en/search/").content.decode()
    assert "Type one or more words" in html


def test_no_results_state(client, home_page, search_engine):
    html = client.get("/en/search/", {"q": "zzzqqq"}).content.decode()
    assert "No results for" in html


def test_results_are_paginated(client, home_page, index_updated):
    for number in range(12):
        make_standard_page(home_page, f"referral-{number}", title=f"Referral note {number}")
    index_updated()
    first = client.get("/en/search/", {"q": "referral"}).content.decode()
    second = client.get("/en/search/", {"q": "referral", "page": 2}).content.decode()
    assert "12 results for" in first
    assert first.count('class="search-result ') == 10
    assert second.count('class="search-result ') == 2
    assert 'rel="next"' in first


def test_a_page_number_past_the_end_shows_the_last_page(client, home_page, index_updated):
    for number in range(12):
        make_standard_page(home_page, f"referral-{number}", title=f"Referral note {number}")
    index_updated()
    html = client.get("/en/search/", {"q": "referral", "page": 99}).content.decode()
    assert html.count('class="search-result ') == 2


def test_search_leaves_out_aliases_of_untranslated_pages(client, home_page, locales, index_updated):
    """An alias shows English text under a Dutch address: search must not offer it as a Dutch result."""
    english = make_standard_page(home_page, "shelter-guide", title="Shelter guide for case workers")
    dutch_home = home_page.get_translations().get(locale=locales["nl"])
    english.copy_for_translation(locales["nl"], copy_parents=True, alias=True)
    assert dutch_home.get_descendants().filter(alias_of__isnull=False, slug="shelter-guide").exists()
    index_updated()
    assert "Shelter guide for case workers" in client.get("/en/search/", {"q": "shelter guide"}).content.decode()
    assert "Shelter guide for case workers" not in client.get("/nl/search/", {"q": "shelter guide"}).content.decode()


def test_title_beats_body(client, home_page, index_updated):
    make_standard_page(home_page, "body-mention", title="Working with shelters", intro="About reintegration support.")
    make_standard_page(home_page, "title-mention", title="Reintegration", intro="Coming home after exploitation.")
    index_updated()
    html = client.get("/en/search/", {"q": "reintegration"}).content.decode()
    assert html.index("Reintegration</a>") < html.index("Working with shelters")


def test_unknown_facet_values_and_sorts_are_a_400_with_a_message(client, home_page, search_engine):
    response = client.get("/en/search/", {"q": "x", "kind": "secret"})
    assert response.status_code == 400
    assert "is not a filter this search knows" in response.content.decode()
    response = client.get("/hu/search/", {"q": "x", "sort": "price"})
    assert response.status_code == 400
    assert "price" in response.content.decode()


def test_snippets_mark_the_words_found_and_escape_everything_else(client, home_page, index_updated):
    make_standard_page(home_page, "rules", title="House rules", intro="Shelter rooms for 3 < 5 people & <families>.")
    index_updated()
    html = client.get("/en/search/", {"q": "shelter"}).content.decode()
    snippet = html.split('search-result__snippet"', 1)[1].split("</p>", 1)[0]
    assert "<mark>Shelter</mark>" in snippet
    assert "3 &lt; 5 people &amp;" in snippet
    assert "<families>" not in snippet


def test_facets_narrow_the_results_and_count_what_is_left(client, home_page, index_updated):
    make_standard_page(home_page, "shelter-a", title="Shelter in Antwerp")
    make_standard_page(home_page, "shelter-b", title="Shelter in Budapest")
    index_updated()
    html = client.get("/en/search/", {"q": "shelter", "kind": "page"}).content.decode()
    assert "2 results for" in html and 'value="page" id="facet-kind-page" checked' in html
    assert "1 result for" in client.get("/en/search/", {"q": "shelter budapest"}).content.decode()
    empty = client.get("/en/search/", {"q": "shelter", "kind": "report"}).content.decode()
    assert "No results for" in empty and "removing them may find more" in empty
