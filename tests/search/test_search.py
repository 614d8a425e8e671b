"""Site search shows only what the visitor may see."""

import pytest

from search import providers
from search.providers import SearchResult, search_everything
from tests.home.conftest import make_standard_page


@pytest.fixture
def pages(home_page):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    public = make_standard_page(home_page, "labour-exploitation", title="Labour exploitation indicators")
    draft = make_standard_page(home_page, "labour-draft", title="Labour exploitation draft", live=False)
    private = make_standard_page(home_page, "labour-private", title="Labour exploitation casework")
    restriction = PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get_or_create(name="Vetted professionals")[0])
    return public, draft, private


def test_search_finds_public_pages_but_never_drafts_or_private_pages(client, pages):
    html = client.get("/en/search/", {"q": "labour exploitation"}).content.decode()
    assert "Labour exploitation indicators" in html
    assert "Labour exploitation draft" not in html
    assert "Labour exploitation casework" not in html
    assert "1 result for" in html
    assert '<meta name="robots" content="noindex">' in html


def test_empty_query_explains_what_to_do(client, home_page):
    html = client.get("/en/search/").content.decode()
    assert "Type one or more words" in html


def test_no_results_state(client, home_page):
    html = client.get("/en/search/", {"q": "zzzqqq"}).content.decode()
    assert "No results for" in html


def test_results_are_paginated(client, home_page):
    for number in range(12):
        make_standard_page(home_page, f"referral-{number}", title=f"Referral note {number}")
    first = client.get("/en/search/", {"q": "referral"}).content.decode()
    second = client.get("/en/search/", {"q": "referral", "page": 2}).content.decode()
    assert "12 results for" in first
    assert first.count('class="search-result"') == 10
    assert second.count('class="search-result"') == 2
    assert 'rel="next"' in first


def test_registered_providers_add_results(client, home_page, monkeypatch):
    def forum_provider(request, query):
        return [SearchResult(title=f"Thread about {query}", url="/en/forum/t/1/", summary="A thread", kind="Topic")]

    monkeypatch.setattr(providers, "_providers", [])
    providers.register(forum_provider)
    results = search_everything(None, "return")
    assert [result.title for result in results] == ["Thread about return"]
    html = client.get("/en/search/", {"q": "return"}).content.decode()
    assert "Thread about return" in html and "Topic" in html


def test_search_leaves_out_aliases_of_untranslated_pages(client, home_page, locales):
    """An alias shows English text under a Dutch address: search must not offer it as a Dutch result."""
    english = make_standard_page(home_page, "shelter-guide", title="Shelter guide for case workers")
    dutch_home = home_page.get_translations().get(locale=locales["nl"])
    english.copy_for_translation(locales["nl"], copy_parents=True, alias=True)
    assert dutch_home.get_descendants().filter(alias_of__isnull=False, slug="shelter-guide").exists()
    html = client.get("/nl/search/", {"q": "shelter guide"}).content.decode()
    assert "Shelter guide for case workers" not in html
