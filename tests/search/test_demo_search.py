"""The demo site, searched as its readers would: the right page comes first in every language."""

import pytest
from django.core.management import call_command

from search.backends import get_backend
from search.query import SearchQuery

REFERRAL = {"en": "referral", "nl": "doorverwijzing", "hu": "továbbirányítás", "fr": "orientation"}


@pytest.fixture
def demo(search_engine, index_updated):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    index_updated()


def titles(language, text, **filters):
    from search.access import PUBLIC

    query = SearchQuery(text=text, language=language, readers=frozenset({PUBLIC}), filters=filters)
    return [hit.title for hit in get_backend().search(query).hits]


def test_the_demo_reads_like_a_real_site_in_every_language(demo, client):
    from directory.models import PathwayPage

    for language, word in REFERRAL.items():
        pathways = PathwayPage.objects.live().get(locale__language_code=language)
        found = titles(language, word)
        assert pathways.title in found[:3], f"{language}: {word!r} gave {found[:5]}"
        html = client.get(f"/{language}/search/", {"q": word}).content.decode()
        assert f'href="{pathways.url}"' in html

    # A Hungarian reader typing the dictionary form finds the inflected forms, with or without accents.
    assert any("Áldozatsegítő" in title or "segítség" in title.lower() for title in titles("hu", "áldozat")), titles(
        "hu", "áldozat"
    )
    assert titles("hu", "aldozat") == titles("hu", "áldozat")
    # Search results are only ever in the reader's language (forum posts aside).
    assert "Who do I contact?" not in titles("hu", "referral pathways")
