"""The search-engine backend against a real OpenSearch 2.19 node (tests/search/opensearch_node.py).

SearchDocument objects are built directly here; the behavioural suite over real
pages and forum posts (tests/search/) runs on both engines.
"""

import threading
import time
import uuid
from datetime import date

import pytest
from django.test import override_settings
from django.utils.safestring import SafeString
from elasticsearch_dsl import Search

from search.backends.base import SearchUnavailable
from search.backends.connection import (
    SEARCH_TIMEOUT,
    OpenSearchAdapter,
    elasticsearch_engine,
    engine_from_settings,
    opensearch_engine,
    wagtail_search_backends,
)
from search.backends.engine import EngineBackend
from search.documents import ALL_LANGUAGES, SearchDocument
from search.query import SearchQuery
from tests.search.opensearch_node import opensearch_url  # noqa: F401  (the session's node)

PUBLIC = frozenset({"public"})


def doc(key, language="en", title="", text="", readers=("public",), scope=None, **extra):
    return SearchDocument(
        key=key,
        kind=extra.pop("kind", "page"),
        language=language,
        scope_language=scope or language,
        title=title,
        text=text,
        url=f"/{language}/{key}/",
        readers=list(readers),
        **extra,
    )


def ask(backend, text, language="en", readers=PUBLIC, **extra):
    return backend.search(SearchQuery(text=text, language=language, readers=frozenset(readers), **extra))


@pytest.fixture
def backend(opensearch_url):  # noqa: F811
    engine = EngineBackend(engine=opensearch_engine(opensearch_url), prefix=f"test_{uuid.uuid4().hex[:10]}")
    yield engine
    engine.engine.writer.indices.delete(index=f"{engine.alias}_*", allow_no_indices=True)


def load(backend, *documents):
    backend.index_documents(documents)
    backend.refresh()


# Analysis --------------------------------------------------------------------------------------------------
def analysed(backend, language, text, field="text"):
    backend.ensure_index()
    name = f"{field}_{language}"
    answer = backend.engine.client.indices.analyze(index=backend.alias, body={"field": name, "text": text})
    return [token["token"] for token in answer.body["tokens"]]


ANALYSIS = {
    # Dictionary form and inflected forms give one term; typing without accents gives the same term.
    "hu": [
        ("áldozat", "áldozatok", "áldozatoknak", "aldozatoknak"),
        ("segítség", "segítséget", "segitseget"),
        ("kizsákmányolás", "kizsakmanyolas"),
        ("Magyarország", "Magyarországon", "magyarorszagon"),
    ],
    "nl": [("slachtoffer", "slachtoffers"), ("uitbuiting", "uitbuitingen"), ("opvang", "Opvang")],
    "fr": [
        ("victime", "victimes"),
        ("aide", "l'aide", "L’aide"),
        ("hébergement", "hebergement", "hébergements"),
        ("orientation", "orientations"),
    ],
    "en": [("referral", "referrals"), ("exploitation", "exploited", "exploit"), ("return", "returned", "returns")],
}


@pytest.mark.parametrize("language", sorted(ANALYSIS))
def test_each_language_analyzer_gives_inflected_and_unaccented_forms_one_term(backend, language):
    for forms in ANALYSIS[language]:
        terms = {tuple(analysed(backend, language, form)) for form in forms}
        assert len(terms) == 1, (language, forms, terms)
        (only,) = terms
        assert len(only) == 1 and only[0].isascii(), (forms, only)


def test_analyzers_drop_stop_words_and_do_not_overstem(backend):
    assert analysed(backend, "en", "the referral of victims") == ["referr", "victim"]
    assert analysed(backend, "fr", "l'aide aux victimes") == ["aid", "victim"]
    # Stemmed once ("munka" and "munkát" are one word), never again once four letters or fewer: not "mu".
    assert analysed(backend, "hu", "a munka") == analysed(backend, "hu", "munkát") == ["mun"]
    assert analysed(backend, "nl", "de opvang van slachtoffers") == ["opvang", "slachtoffer"]


def test_a_hungarian_compound_is_one_term_that_starts_with_its_first_part(backend):
    (compound,) = analysed(backend, "hu", "Áldozatsegítő")
    assert compound == "aldozatsegito"
    assert compound.startswith(analysed(backend, "hu", "áldozat")[0])
    assert compound.startswith(analysed(backend, "hu", "áldozatok")[0])


# Searching -------------------------------------------------------------------------------------------------
def test_index_search_delete(backend):
    load(backend, doc("a", title="Referral pathways", text="How a referral works."), doc("b", title="Other"))
    assert [hit.key for hit in ask(backend, "referrals").hits] == ["a"]
    backend.delete_documents(["a", "unknown"])
    backend.refresh()
    assert ask(backend, "referral").total == 0
    assert backend.fingerprints().keys() == {"b"}


def test_inflected_and_unaccented_queries_find_hungarian_and_french_pages(backend):
    load(
        backend,
        doc("hu", "hu", title="Áldozatsegítő Szolgálat", text="Segítséget nyújtunk az áldozatoknak Magyarországon."),
        doc("fr", "fr", title="Hébergement", text="L'aide aux victimes et l'orientation."),
    )
    for text in ("áldozat", "aldozatok", "segitseg", "magyarorszag"):
        assert [hit.key for hit in ask(backend, text, "hu").hits] == ["hu"], text
    for text in ("hebergement", "aide", "victime", "orientations"):
        assert [hit.key for hit in ask(backend, text, "fr").hits] == ["fr"], text


def test_a_compound_is_found_by_its_first_part(backend):
    load(
        backend,
        doc("org", "hu", title="Áldozatsegítő Szolgálat", text="Budapest"),
        doc("routes", "nl", title="Doorverwijzingsroutes", text="Wie doet wat"),
        doc("other", "nl", title="Opvang", text="Doorverwijzing naar de opvang."),
    )
    assert [hit.key for hit in ask(backend, "áldozat", "hu").hits] == ["org"]
    assert [hit.key for hit in ask(backend, "aldozatok szolgalat", "hu").hits] == ["org"]
    # The stemmer rewrites its end ("doorverwijz"), the compound starts with its plain form.
    assert {hit.key for hit in ask(backend, "doorverwijzing", "nl").hits} == {"other", "routes"}
    assert {hit.key for hit in ask(backend, "doorverwijzingen", "nl").hits} == {"other", "routes"}


def test_every_word_must_match_else_any_word_and_partial(backend):
    load(
        backend,
        doc("both", title="Labour exploitation", text="Return to Hungary."),
        doc("one", title="Labour law", text="Contracts."),
    )
    every = ask(backend, "labour exploitation")
    assert ([hit.key for hit in every.hits], every.total, every.partial) == (["both"], 1, False)
    some = ask(backend, "labour unicorns")
    assert some.partial and some.total == 2
    nothing = ask(backend, "unicorns")
    assert (nothing.total, nothing.partial, nothing.hits) == (0, False, [])


def test_title_beats_body(backend):
    load(
        backend,
        doc("body", title="Partners", text="Our partners help with referral, referral and referral of victims."),
        doc("title", title="Referral pathways", text="How professionals work together."),
    )
    assert [hit.key for hit in ask(backend, "referral").hits] == ["title", "body"]


def test_newest_sort_and_pagination(backend):
    load(backend, *(doc(f"d{n}", title=f"Shelter {n}", text="shelter", date=date(2020 + n, 1, 1)) for n in range(5)))
    newest = ask(backend, "shelter", sort="newest", per_page=2, page=2)
    assert newest.total == 5
    assert [hit.key for hit in newest.hits] == ["d2", "d1"]
    assert newest.hits[0].date == date(2022, 1, 1)


def test_scope_language(backend):
    load(
        backend,
        doc("en", title="Shelter"),
        doc("nl", "nl", title="Shelter"),
        doc("forum", title="Shelter", scope=ALL_LANGUAGES),
    )
    assert {hit.key for hit in ask(backend, "shelter", "en").hits} == {"en", "forum"}


def test_facets_count_what_matches_and_filters_narrow(backend):
    load(
        backend,
        doc("p1", title="Shelter", countries=["HU", "NL"], stages=["2"], date=date(2024, 5, 1)),
        doc("p2", title="Shelter", countries=["HU"], stages=["3"], date=date(2023, 5, 1), kind="post"),
        doc("p3", title="Shelter", countries=["FR"], date=date(2024, 1, 1), kind="post"),
        doc("x", title="Other", countries=["BE"]),
    )
    results = ask(backend, "shelter")
    assert results.facets == {
        "kind": [("post", 2), ("page", 1)],
        "language": [("en", 3)],
        "country": [("HU", 2), ("FR", 1), ("NL", 1)],
        "stage": [("2", 1), ("3", 1)],
        "year": [("2024", 2), ("2023", 1)],
    }
    narrowed = ask(backend, "shelter", filters={"country": ["HU", "FR"], "year": ["2024"]})
    assert {hit.key for hit in narrowed.hits} == {"p1", "p3"}
    assert narrowed.facets["country"] == [("FR", 1), ("HU", 1), ("NL", 1)]
    assert {hit.key for hit in ask(backend, "shelter", filters={"kind": ["post"], "stage": ["3"]}).hits} == {"p2"}


def test_reader_filter_hides_a_private_document_everywhere(backend):
    load(
        backend,
        doc("public", title="Shelter", text="Public shelter list.", countries=["HU"]),
        doc(
            "private",
            title="Shelter zebracorn",
            text="Shelter zebracorn secret.",
            readers=["forum:7"],
            countries=["NL"],
        ),
    )
    public = ask(backend, "shelter")
    assert [hit.key for hit in public.hits] == ["public"] and public.total == 1
    assert public.facets["country"] == [("HU", 1)]
    assert "zebracorn" not in " ".join(hit.snippet for hit in public.hits)
    assert ask(backend, "zebracorn").total == 0
    for typo in ("zebracorm", "shelter zebracorm"):
        assert "zebracorn" not in ask(backend, typo).suggestion
    member = ask(backend, "zebracorm", readers={"forum:7"})
    assert member.suggestion == "zebracorn"
    assert [hit.key for hit in ask(backend, "zebracorn", readers={"forum:7", "public"}).hits] == ["private"]


def test_suggestion_only_when_it_finds_something(backend):
    load(backend, doc("a", title="Exploitation", text="Labour exploitation in agriculture."))
    assert ask(backend, "exploitaton").suggestion == "exploitation"
    assert ask(backend, "exploitation").suggestion == ""


def test_highlight_escapes_html_and_marks_the_word(backend):
    load(backend, doc("a", title="Safety", text="Never run <script>alert(1)</script> in a shelter page."))
    (hit,) = ask(backend, "shelter").hits
    assert isinstance(hit.snippet, SafeString)
    assert "&lt;script&gt;" in hit.snippet and "<script>" not in hit.snippet
    assert "<mark>shelter</mark>" in hit.snippet
    (title_only,) = ask(backend, "safety").hits
    assert title_only.snippet.startswith("Never run &lt;script&gt;") and "<mark>" not in title_only.snippet


def test_snippet_is_about_200_characters(backend):
    load(backend, doc("a", title="Long", text="word " * 300 + "shelter " + "word " * 300))
    (hit,) = ask(backend, "shelter").hits
    assert "<mark>shelter</mark>" in hit.snippet and len(hit.snippet) < 300
    (start,) = ask(backend, "long").hits
    assert len(start.snippet) == 200


# The alias and rebuilds ------------------------------------------------------------------------------------
def test_rebuild_swaps_the_alias_while_searches_keep_answering(backend):
    load(backend, doc("old", title="Shelter old"))
    (first,) = backend.concrete_indices()
    backend.chunk_size = 50
    answers, errors, stop = [], [], threading.Event()

    def searching():
        while not stop.is_set():
            try:
                answers.append(ask(backend, "shelter").total)
            except Exception as error:  # noqa: BLE001 (any failure fails the test below)
                errors.append(error)

    thread = threading.Thread(target=searching)
    thread.start()
    progress = []
    try:
        count = backend.rebuild(
            (doc(f"new{n}", title=f"Shelter {n}") for n in range(400)), progress=lambda n: progress.append(n)
        )
    finally:
        stop.set()
        thread.join()
    assert count == 400 and progress == [50] * 8
    assert not errors and answers and all(total >= 1 for total in answers)
    (second,) = backend.concrete_indices()
    assert second != first
    aliases = backend.engine.client.indices.get_alias(name=backend.alias).body
    assert list(aliases) == [second]
    assert ask(backend, "shelter").total == 400
    assert "old" not in backend.fingerprints()


def test_writes_during_a_rebuild_reach_the_new_index(backend):
    backend.ensure_index()
    written = []

    def documents():
        for n in range(3):
            yield doc(f"r{n}", title="Shelter")
        if not written:
            backend.index_documents([doc("during", title="Shelter during")])
            backend.delete_documents(["r0"])
            written.append(True)
        yield doc("r3", title="Shelter")

    backend.chunk_size = 3
    backend.rebuild(documents())
    backend.refresh()
    assert set(backend.fingerprints()) == {"r1", "r2", "r3", "during"}


def test_a_failed_rebuild_keeps_the_old_index(backend):
    load(backend, doc("old", title="Shelter"))
    before = backend.concrete_indices()

    def failing():
        yield doc("new", title="Shelter")
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        backend.rebuild(failing())
    assert backend.concrete_indices() == before
    assert [hit.key for hit in ask(backend, "shelter").hits] == ["old"]


def test_fingerprints_and_clear(backend):
    documents = [doc(f"k{n}", title="x") for n in range(1200)]
    load(backend, *documents)
    assert backend.fingerprints() == {d.key: d.fingerprint() for d in documents}
    backend.clear()
    assert backend.fingerprints() == {}


# The connection --------------------------------------------------------------------------------------------
def test_engine_down_raises_search_unavailable_fast():
    engine = EngineBackend(engine=opensearch_engine("http://127.0.0.1:9"), prefix="down")
    started = time.monotonic()
    with pytest.raises(SearchUnavailable):
        ask(engine, "shelter")
    with pytest.raises(SearchUnavailable):
        engine.index_documents([doc("a", title="x")])
    assert time.monotonic() - started < 2


def test_opensearch_adapter_serves_elasticsearch_dsl(opensearch_url):  # noqa: F811
    engine = opensearch_engine(opensearch_url)
    assert isinstance(engine.client, OpenSearchAdapter)
    index = f"adapter_{uuid.uuid4().hex[:8]}"
    engine.writer.indices.create(index=index)
    try:
        engine.writer.index(index=index, id="1", document={"word": "shelter"}, refresh=True)
        search = Search(using=engine.client, index=index).query("match", word="shelter")
        assert search.count() == 1
        response = search.execute()
        assert [hit.word for hit in response] == ["shelter"]
        assert search.params(size=0).execute().hits.total.value == 1
    finally:
        engine.writer.indices.delete(index=index)


def test_elasticsearch_client_wiring():
    """No Elasticsearch server can run here (only OpenSearch can): this checks the wiring only, without a
    server. ELASTICSEARCH_URL gives the official client (which elasticsearch-dsl uses unchanged), searches with
    the short timeout and writes with the long one."""
    import elasticsearch

    with override_settings(OPENSEARCH_URL="", ELASTICSEARCH_URL="http://127.0.0.1:9200"):
        engine = engine_from_settings()
    assert engine.product == "elasticsearch"
    assert type(engine.client) is elasticsearch.Elasticsearch
    assert engine.client.transport.node_pool.get().base_url == "http://127.0.0.1:9200"
    assert engine.client._request_timeout == SEARCH_TIMEOUT
    assert engine.writer._request_timeout > SEARCH_TIMEOUT
    assert engine.client._max_retries == 0
    assert elasticsearch_engine("http://127.0.0.1:9200").helpers is elasticsearch.helpers
    with override_settings(OPENSEARCH_URL="http://127.0.0.1:9201", ELASTICSEARCH_URL=""):
        assert engine_from_settings().product == "opensearch"
    with override_settings(OPENSEARCH_URL="", ELASTICSEARCH_URL=""), pytest.raises(SearchUnavailable):
        engine_from_settings()


def test_wagtail_search_backends_choice():
    assert (
        wagtail_search_backends("http://os:9200", "", "p")["default"]["BACKEND"] == "modelsearch.backends.opensearch3"
    )
    assert wagtail_search_backends("", "http://es:9200", "p")["default"]["BACKEND"] == (
        "modelsearch.backends.elasticsearch8"
    )
    assert wagtail_search_backends("", "", "p") == {"default": {"BACKEND": "wagtail.search.backends.database"}}


# The Wagtail admin's own search on the same engine ---------------------------------------------------------
@pytest.mark.django_db
def test_wagtail_admin_search_runs_on_opensearch(opensearch_url, client, django_user_model, home_page):  # noqa: F811
    from django.core.management import call_command

    prefix = f"test_{uuid.uuid4().hex[:8]}"
    backends = wagtail_search_backends(opensearch_url, "", prefix)
    engine = opensearch_engine(opensearch_url)
    try:
        with override_settings(WAGTAILSEARCH_BACKENDS=backends):
            call_command("update_index", verbosity=0)
            assert engine.writer.indices.get(index=f"{prefix}_wagtail_*").body  # the pages' index exists
            engine.writer.indices.refresh(index=f"{prefix}_wagtail_*")
            from tests.accounts.mfa import force_login_with_2fa

            admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "a-long-password")
            force_login_with_2fa(client, admin)
            word = home_page.title.split()[0]
            found = client.get("/admin/pages/search/", {"q": word})
            assert found.status_code == 200
            assert home_page.title in found.content.decode()
            missing = client.get("/admin/pages/search/", {"q": "zebracornunknown"})
            assert missing.status_code == 200 and home_page.title not in missing.content.decode()
    finally:
        engine.writer.indices.delete(index=f"{prefix}_wagtail_*", allow_no_indices=True)
