"""The search-engine backend: OpenSearch or Elasticsearch through elasticsearch-dsl.

Same semantics as the database engine (search.backends.database): every word must
match, else (more than one word) any word, marked partial; the title weighs much
more than the text; the reader's rights, the site language and the chosen facets
are a bool.filter inside the query, so hits, totals, facet counts, highlights and
the suggestion only ever count documents this reader may read.

The index is `<prefix>_documents`, an alias over one concrete
`<prefix>_documents_<timestamp>` index. rebuild() loads a new concrete index
and swaps the alias atomically, so search keeps answering from the old one;
writes during a rebuild go to every concrete index of the prefix.
"""

import contextlib
import itertools
from datetime import date, datetime

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from elasticsearch_dsl import A, Index, Q, Search

from search.analysis import STOP_WORDS, fold, query_terms, words
from search.documents import ALL_LANGUAGES
from search.query import FACETS, Hit, SearchResults

from . import connection
from .base import SearchBackend, SearchUnavailable
from .mapping import LANGUAGES, IndexedDocument, as_source

TITLE_WEIGHT = 10
# A word that only starts a longer one (a compound, or an ending the stemmer did not take off) counts less,
# the less the shorter it is: "ver" starts a thousand words, "doorverwijzing" starting
# "doorverwijzingsroutes" is that compound's first part, nearly as telling as the word itself.
PREFIX_WEIGHT = 0.3
PREFIX_WEIGHT_PER_LETTER = 0.05
LONG_PREFIX_WEIGHT = 0.8
# Shorter words only match whole terms: as prefixes they would match nearly everything.
MIN_PREFIX_LENGTH = 3
SNIPPET_LENGTH = 200
FACET_FIELDS = {"kind": "kind", "language": "language", "country": "countries", "stage": "stages", "year": "year"}
SOURCE_FIELDS = ["key", "kind", "title", "url", "language", "date", "context", "lead"]
HIGHLIGHTED = [f"text_{language}" for language in LANGUAGES]


def _timestamp():
    return datetime.now().strftime("%Y%m%d%H%M%S%f")


def _parse_date(value):
    if not value:
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
    except ValueError:
        return None


class EngineBackend(SearchBackend):
    def __init__(self, engine=None, prefix=None):
        self.engine = engine or connection.engine_from_settings()
        self.prefix = prefix or getattr(settings, "SEARCH_INDEX_PREFIX", "ravot_eur")
        self.alias = f"{self.prefix}_documents"
        self._ready = False

    # The index --------------------------------------------------------------------
    def _unavailable(self):
        return connection.unavailable_on_error(self.engine)

    def new_index(self):
        """Creates an empty concrete index with the mapping; returns its name."""
        index = Index(f"{self.alias}_{_timestamp()}")
        index.settings(number_of_shards=1, auto_expand_replicas="0-1", refresh_interval="1s")
        index.document(IndexedDocument)
        index.create(using=self.engine.writer)
        return index._name

    def concrete_indices(self):
        with self._unavailable():
            answer = self.engine.writer.indices.get(index=f"{self.alias}_*", allow_no_indices=True)
        return sorted(answer.body)

    def ensure_index(self):
        """Creates the index and its alias on first use."""
        if self._ready:
            return
        with self._unavailable():
            if not self.engine.writer.indices.exists_alias(name=self.alias):
                name = self.new_index()
                self.engine.writer.indices.update_aliases(
                    body={"actions": [{"add": {"index": name, "alias": self.alias}}]}
                )
        self._ready = True

    def refresh(self):
        with self._unavailable():
            self.engine.writer.indices.refresh(index=f"{self.alias}_*")

    # Reading ----------------------------------------------------------------------
    def _filters(self, query):
        filters = [
            Q("terms", readers=sorted(query.readers)),
            Q("terms", scope_language=[query.language, ALL_LANGUAGES]),
        ]
        for facet, values in query.filters.items():
            if facet not in FACET_FIELDS or not values:
                continue
            if facet == "year":
                values = [int(value) for value in values if str(value).isdigit()]
            filters.append(Q("terms", **{FACET_FIELDS[facet]: list(values)}))
        return filters

    @staticmethod
    def _words(text, language):
        """The words of the query as the database engine takes them (search.analysis.query_terms): without the
        language's stop words, unless there is nothing else."""
        stop = STOP_WORDS.get(language, set())
        found = [word for _start, _end, word in words(text)]
        kept = [word for word in found if word.lower() not in stop] or found
        return list(dict.fromkeys(word.lower() for word in kept))[:12]

    @staticmethod
    def _prefix_weight(plain):
        longer = max(0, len(plain) - MIN_PREFIX_LENGTH)
        return min(LONG_PREFIX_WEIGHT, PREFIX_WEIGHT + PREFIX_WEIGHT_PER_LETTER * longer)

    @classmethod
    def _match(cls, text, operator):
        """In each language, each word as the language's analyzer takes it, either as a whole term (scored) or
        as the start of one, or its plain folded form as the start of one: the stemmer may rewrite a word's
        end (Dutch "doorverwijzing"), and the first part of a compound finds it ("áldozat" finds
        "Áldozatsegítő", "doorverwijzing" finds "doorverwijzingsroutes"). Every word (operator "and") or any."""
        alternatives = []
        for language in LANGUAGES:
            clauses = []
            for word in cls._words(text, language):
                options = []
                plain = fold(word)
                for field, weight in ((f"title_{language}", TITLE_WEIGHT), (f"text_{language}", 1)):
                    options.append(Q("match", **{field: {"query": word, "boost": weight}}))
                    if len(plain) >= MIN_PREFIX_LENGTH:
                        prefix_weight = weight * cls._prefix_weight(plain)
                        options.append(Q("match_bool_prefix", **{field: {"query": word, "boost": prefix_weight}}))
                        options.append(Q("prefix", **{field: {"value": plain, "boost": prefix_weight}}))
                clauses.append(Q("bool", should=options, minimum_should_match=1))
            if not clauses:
                continue
            if operator == "and":
                alternatives.append(Q("bool", must=clauses))
            else:
                alternatives.append(Q("bool", should=clauses, minimum_should_match=1))
        return Q("bool", should=alternatives, minimum_should_match=1)

    def _query(self, query, text, operator):
        scored = Q(
            "function_score",
            query=self._match(text, operator) if text is not None else Q("match_all"),
            functions=[{"field_value_factor": {"field": "boost", "missing": 1}}],
            boost_mode="multiply",
        )
        return Q("bool", must=[scored], filter=self._filters(query))

    def _search(self):
        return Search(using=self.engine.client, index=self.alias)

    def _count(self, query, text):
        search = self._search().query(self._query(query, text, "and")).extra(size=0, track_total_hits=True)
        return search.execute().hits.total.value

    def search(self, query):
        terms = query_terms(query.text, query.language)
        if not terms and not query.filters:
            return SearchResults()
        # No words but chosen filters: everything the reader may see that the filters keep (e.g. all experts).
        text = query.text if terms else None
        self.ensure_index()
        with self._unavailable():
            response = self._execute(query, text, "and")
            partial = False
            if not response.hits.total.value and len(terms) > 1:
                response = self._execute(query, text, "or")
                partial = True
            total = response.hits.total.value
            suggestion = self._suggestion(query) if text is not None and (partial or not total) else ""
        if not total:
            return SearchResults(suggestion=suggestion)
        return SearchResults(
            hits=[self._hit(hit) for hit in response.hits],
            total=total,
            facets=self._facets(response),
            suggestion=suggestion,
            partial=partial,
        )

    def _execute(self, query, text, operator):
        search = self._search().query(self._query(query, text, operator))
        if query.sort == "newest":
            order = [{"date": {"order": "desc", "missing": "_last"}}, "_score", {"key": "asc"}]
        else:
            order = ["_score", {"date": {"order": "desc", "missing": "_last"}}, {"key": "asc"}]
        search = search.sort(*order).source(SOURCE_FIELDS).extra(track_total_hits=True)
        search = search[query.offset : query.offset + query.per_page]
        for facet, field in FACET_FIELDS.items():
            search.aggs.bucket(facet, A("terms", field=field, size=200))
        search = search.highlight_options(
            encoder="html",
            pre_tags=["<mark>"],
            post_tags=["</mark>"],
            fragment_size=SNIPPET_LENGTH,
            number_of_fragments=1,
        ).highlight(*HIGHLIGHTED)
        return search.execute()

    @staticmethod
    def _hit(hit):
        highlight = getattr(hit.meta, "highlight", None)
        fragments = []
        if highlight is not None:
            own = f"text_{hit.language}"
            for field in [own, *HIGHLIGHTED]:
                if field in highlight:
                    fragments = list(highlight[field])
                    break
        snippet = mark_safe(fragments[0]) if fragments else SafeString(escape((hit.lead or "")[:SNIPPET_LENGTH]))  # noqa: S308 (the engine escaped it: encoder="html")
        return Hit(
            key=hit.key,
            kind=hit.kind,
            title=hit.title,
            url=hit.url,
            snippet=snippet,
            language=hit.language,
            date=_parse_date(hit.date) if isinstance(hit.date, str) else hit.date,
            context=hit.context or "",
        )

    @staticmethod
    def _facets(response):
        facets = {}
        for facet in FACETS:
            buckets = getattr(response.aggregations, facet).buckets
            counts = [(str(bucket.key), bucket.doc_count) for bucket in buckets]
            if counts:
                facets[facet] = sorted(counts, key=lambda item: (-item[1], item[0]))
        return facets

    def _suggestion(self, query):
        """A corrected query, only if it finds something with this reader's filters (never a private word)."""
        search = self._search().extra(size=0)
        search = search.suggest(
            "did_you_mean",
            query.text[:200],
            phrase={
                "field": "spelling",
                "size": 5,
                "gram_size": 1,
                "max_errors": 2,
                "direct_generator": [{"field": "spelling", "suggest_mode": "always", "min_word_length": 3}],
            },
        )
        options = search.execute().suggest.did_you_mean[0].options if query.text.strip() else []
        typed = query.text.strip().lower()
        for option in options:
            if option.text.lower() != typed and self._count(query, option.text):
                return option.text
        return ""

    # Writing ----------------------------------------------------------------------
    def _write(self, actions, indices):
        """Bulk-writes actions (without _index) to each index; a missing document on delete is fine."""
        all_actions = ({**action, "_index": index} for index in indices for action in actions)
        for ok, item in self.engine.streaming_bulk(all_actions, chunk_size=self.chunk_size, raise_on_error=False):
            if not ok:
                (operation, detail) = next(iter(item.items()))
                if operation == "delete" and detail.get("status") == 404:
                    continue
                if operation == "create" and detail.get("status") == 409:
                    continue  # rebuild: a newer version was written meanwhile
                raise SearchUnavailable(f"The engine refused {operation} {detail.get('_id')}: {detail.get('error')}")

    def index_documents(self, documents):
        actions = [
            {"_op_type": "index", "_id": document.key, "_source": as_source(document)} for document in documents
        ]
        if not actions:
            return
        self.ensure_index()
        with self._unavailable():
            self._write(actions, self.concrete_indices())

    def delete_documents(self, keys):
        actions = [{"_op_type": "delete", "_id": key} for key in keys]
        if not actions:
            return
        self.ensure_index()
        with self._unavailable():
            self._write(actions, self.concrete_indices())

    def rebuild(self, documents, progress=None):
        """Loads a new concrete index in chunks, then points the alias at it and deletes the old ones."""
        self.ensure_index()
        count = 0
        with self._unavailable():
            old = self.concrete_indices()
            name = self.new_index()
            try:
                self.engine.writer.indices.put_settings(index=name, body={"index": {"refresh_interval": "-1"}})
                iterator = iter(documents)
                while chunk := list(itertools.islice(iterator, self.chunk_size)):
                    # "create": a document that index_documents() wrote meanwhile is newer than this one.
                    actions = [{"_op_type": "create", "_id": doc.key, "_source": as_source(doc)} for doc in chunk]
                    self._write(actions, [name])
                    count += len(chunk)
                    if progress:
                        progress(len(chunk))
                self.engine.writer.indices.put_settings(index=name, body={"index": {"refresh_interval": "1s"}})
                self.engine.writer.indices.refresh(index=name)
            except BaseException:
                # A failed rebuild leaves the old index as it was, and no half-filled one behind.
                with contextlib.suppress(*self.engine.errors):
                    self.engine.writer.indices.delete(index=name)
                raise
            actions = [{"add": {"index": name, "alias": self.alias}}]
            actions += [{"remove": {"index": index, "alias": self.alias}} for index in old]
            self.engine.writer.indices.update_aliases(body={"actions": actions})
            for index in old:
                self.engine.writer.indices.delete(index=index)
        return count

    def fingerprints(self):
        self.ensure_index()
        with self._unavailable():
            hits = self.engine.scan(self.alias, {"query": {"match_all": {}}, "_source": ["key", "fingerprint"]})
            return {hit["_source"]["key"]: hit["_source"]["fingerprint"] for hit in hits}

    def clear(self):
        self.ensure_index()
        with self._unavailable():
            self.engine.writer.delete_by_query(
                index=f"{self.alias}_*", body={"query": {"match_all": {}}}, refresh=True, conflicts="proceed"
            )
