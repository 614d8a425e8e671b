"""The database engine: SQLite FTS5 or PostgreSQL full-text search over search.models.IndexEntry.

Documents and queries go through the same analysis (search.analysis), so that
SQLite and PostgreSQL find and rank the same things. Every condition, the
reader's rights included, is part of the SQL query: counts and facet counts
never see a row the reader may not read.
"""

from collections import Counter
from datetime import UTC, datetime, time

from django.db import connection, transaction
from django.db.models import Count, Exists, F, OuterRef, Q

from search.analysis import analyse, query_terms
from search.documents import ALL_LANGUAGES
from search.highlight import snippet
from search.models import IndexEntry, IndexEntryReader
from search.query import FACETS, Hit, SearchResults

from .base import SearchBackend

TITLE_WEIGHT = 10.0
# The columns that facets are counted on (see summary()).
FACET_COLUMNS = ("kind", "language", "year", "countries", "stages")
MAX_STORED_TEXT = 60_000


def _as_datetime(value):
    """Dates (a report's first day, a news item's date) are stored as noon UTC of that day."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.combine(value, time(12), tzinfo=UTC)


def _facet_column(values):
    return f" {' '.join(values)} " if values else ""


class FullText:
    """How one database matches and ranks analysed terms (groups of alternatives, see search.analysis)."""

    ROW_FIELDS = ("key", "kind", "title", "url", "text", "language", "date", "context")

    def __init__(self, vendor):
        self.vendor = vendor

    def query(self, groups, every):
        if self.vendor == "postgresql":
            return (" & " if every else " | ").join(
                "(" + " | ".join(f"{term}:*" for term in group) + ")" for group in groups
            )
        return (" AND " if every else " OR ").join(
            "(" + " OR ".join(f'"{term}"*' for term in group) + ")" for group in groups
        )

    def filter(self, queryset, groups, *, every):
        """The entries of `queryset` that match every group (or any, when `every` is false)."""
        if self.vendor == "postgresql":
            condition = "search_indexentry.search_vector @@ to_tsquery('simple', %s)"
        else:
            # A subquery SQLite runs once: joined row by row, FTS5 would run the MATCH for every entry.
            condition = (
                "search_indexentry.id IN "
                "(SELECT rowid FROM search_indexentry_fts WHERE search_indexentry_fts MATCH %s)"
            )
        return queryset.extra(where=[condition], params=[self.query(groups, every)])

    # Weights D, C, B, A: the title (A) counts ten times the text (D).
    PG_SCORE = (
        "ts_rank('{0.1, 0.2, 0.4, 1.0}', search_indexentry.search_vector, to_tsquery('simple', %s), 1)"
        " * search_indexentry.boost"
    )

    def summary_and_page(self, matched, groups, *, every, offset, limit):
        """PostgreSQL: the facet rows of `matched` and one page of it, best first, from one pass over
        the matches. Counting and ranking each visit every matching row (a common word matches a
        fifth of a large forum): reading them once halves the time."""
        scored = matched.extra(select={"score": self.PG_SCORE}, select_params=[self.query(groups, every)])
        sql, params = scored.order_by().values("id", "date", "score", *FACET_COLUMNS).query.sql_with_params()
        columns = ", ".join(FACET_COLUMNS)
        statement = (
            f"WITH matched AS MATERIALIZED ({sql}) "
            f"SELECT NULL, NULL, {columns}, COUNT(*) FROM matched GROUP BY {columns} "
            "UNION ALL "
            f"(SELECT id, score, {', '.join('NULL' for _ in FACET_COLUMNS)}, NULL FROM matched "
            "ORDER BY score DESC, date DESC NULLS LAST, id LIMIT %s OFFSET %s)"
        )
        facet_rows, page = [], []
        with connection.cursor() as cursor:
            cursor.execute(statement, [*params, limit, offset])
            for pk, _score, *values, count in cursor.fetchall():
                if pk is None:
                    facet_rows.append({**dict(zip(FACET_COLUMNS, values, strict=True)), "n": count})
                else:
                    page.append(pk)
        rows = IndexEntry.objects.only(*self.ROW_FIELDS).in_bulk(page)
        return facet_rows, [rows[pk] for pk in page if pk in rows]

    def ranked(self, matched, groups, *, every, offset, limit):
        """One page of `matched` (what filter() returned), best first; the title counts ten times the text."""
        fts_query = self.query(groups, every)
        if self.vendor == "postgresql":
            matched = matched.extra(select={"score": self.PG_SCORE}, select_params=[fts_query])
            ordered = matched.order_by("-score", F("date").desc(nulls_last=True), "pk")
            return list(ordered.only(*self.ROW_FIELDS)[offset : offset + limit])
        # The matched ids are few next to the whole index: visibility is checked for them only.
        matched_sql, matched_params = matched.values("pk").query.sql_with_params()
        # FTS5 first (CROSS JOIN keeps that order): it finds the matches and scores them once.
        sql = (
            "SELECT search_indexentry_fts.rowid FROM search_indexentry_fts "
            "CROSS JOIN search_indexentry ON search_indexentry.id = search_indexentry_fts.rowid "
            f"WHERE search_indexentry_fts MATCH %s AND search_indexentry.id IN ({matched_sql}) "
            f"ORDER BY bm25(search_indexentry_fts, {TITLE_WEIGHT}, 1.0) * search_indexentry.boost, "
            "search_indexentry.date DESC, search_indexentry.id LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [fts_query, *matched_params, limit, offset])
            ids = [row[0] for row in cursor.fetchall()]
        rows = IndexEntry.objects.only(*self.ROW_FIELDS).in_bulk(ids)
        return [rows[pk] for pk in ids if pk in rows]


class DatabaseBackend(SearchBackend):
    def __init__(self):
        self.full_text = FullText(connection.vendor)

    # Reading ---------------------------------------------------------------------
    def visible(self, query):
        """The entries this reader may see in this language, narrowed by the chosen facets."""
        readable = IndexEntryReader.objects.filter(entry=OuterRef("pk"), token__in=sorted(query.readers))
        entries = IndexEntry.objects.filter(Exists(readable), scope_language__in=[query.language, ALL_LANGUAGES])
        filters = query.filters
        if filters.get("kind"):
            entries = entries.filter(kind__in=filters["kind"])
        if filters.get("language"):
            entries = entries.filter(language__in=filters["language"])
        if filters.get("year"):
            entries = entries.filter(year__in=[int(year) for year in filters["year"]])
        for facet, column in (("country", "countries"), ("stage", "stages")):
            if filters.get(facet):
                any_value = Q()
                for value in filters[facet]:
                    any_value |= Q(**{f"{column}__contains": f" {value} "})
                entries = entries.filter(any_value)
        return entries

    def search(self, query):
        groups = query_terms(query.text, query.language)
        if not groups and not query.filters:
            return SearchResults()
        visible = self.visible(query)
        if not groups:
            # No words but chosen filters: everything the reader may see that the filters keep (e.g. all experts).
            total, facets = self.summary(visible)
            rows = visible.order_by("title", "pk")[query.offset : query.offset + query.per_page]
            return SearchResults(hits=[self.hit(row, groups) for row in rows], total=total, facets=facets)
        if self.full_text.vendor == "postgresql" and query.sort != "newest":
            return self.search_postgresql(query, visible, groups)
        every = True
        matched = self.full_text.filter(visible, groups, every=True)
        total, facets = self.summary(matched)
        partial = False
        if not total and len(groups) > 1:
            every = False
            matched = self.full_text.filter(visible, groups, every=False)
            total, facets = self.summary(matched)
            partial = True
        if not total:
            return SearchResults(partial=False)
        if query.sort == "newest":
            ordered = matched.order_by(F("date").desc(nulls_last=True), "pk").only(*FullText.ROW_FIELDS)
            rows = list(ordered[query.offset : query.offset + query.per_page])
        else:
            rows = self.full_text.ranked(matched, groups, every=every, offset=query.offset, limit=query.per_page)
        hits = [self.hit(row, groups) for row in rows]
        return SearchResults(hits=hits, total=total, facets=facets, partial=partial)

    def search_postgresql(self, query, visible, groups):
        """search() by relevance on PostgreSQL: counts, facets and the page in one statement; every
        word first, then any word when no entry has them all."""
        for every in (True, False) if len(groups) > 1 else (True,):
            matched = self.full_text.filter(visible, groups, every=every)
            facet_rows, rows = self.full_text.summary_and_page(
                matched, groups, every=every, offset=query.offset, limit=query.per_page
            )
            total, facets = self.count_facets(facet_rows)
            if total:
                hits = [self.hit(row, groups) for row in rows]
                return SearchResults(hits=hits, total=total, facets=facets, partial=not every)
        return SearchResults(partial=False)

    @staticmethod
    def hit(row, groups):
        return Hit(
            key=row.key,
            kind=row.kind,
            title=row.title,
            url=row.url,
            snippet=snippet(row.text, groups, row.language),
            language=row.language,
            date=row.date,
            context=row.context,
        )

    @classmethod
    def summary(cls, matched):
        """(total, facets) of the matched entries in one query: one row per combination of facet values."""
        return cls.count_facets(matched.order_by().values(*FACET_COLUMNS).annotate(n=Count("pk")))

    @staticmethod
    def count_facets(facet_rows):
        """(total, facets) from rows of facet values, each with the number `n` of entries that have them."""
        counts = {facet: Counter() for facet in FACETS}
        total = 0
        for row in facet_rows:
            total += row["n"]
            counts["kind"][row["kind"]] += row["n"]
            counts["language"][row["language"]] += row["n"]
            if row["year"]:
                counts["year"][str(row["year"])] += row["n"]
            for facet, column in (("country", "countries"), ("stage", "stages")):
                for value in row[column].split():
                    counts[facet][value] += row["n"]
        facets = {
            facet: sorted(counts[facet].items(), key=lambda item: (-item[1], item[0]))
            for facet in FACETS
            if counts[facet]
        }
        return total, facets

    def fingerprints(self):
        return dict(IndexEntry.objects.values_list("key", "fingerprint"))

    # Writing ---------------------------------------------------------------------
    @staticmethod
    def entry_for(document):
        return IndexEntry(
            key=document.key,
            kind=document.kind,
            language=document.language,
            scope_language=document.scope_language,
            countries=_facet_column(document.countries),
            stages=_facet_column(document.stages),
            year=document.year,
            date=_as_datetime(document.date),
            url=document.url[:500],
            title=document.title,
            text=document.text[:MAX_STORED_TEXT],
            context=document.context[:200],
            title_terms=" ".join(analyse(document.title, document.language)),
            text_terms=" ".join(analyse(document.text[:MAX_STORED_TEXT], document.language)),
            boost=document.boost,
            fingerprint=document.fingerprint(),
        )

    def index_documents(self, documents):
        documents = list(documents)
        if not documents:
            return
        with transaction.atomic():
            IndexEntry.objects.filter(key__in=[document.key for document in documents]).delete()
            entries = IndexEntry.objects.bulk_create([self.entry_for(document) for document in documents])
            IndexEntryReader.objects.bulk_create(
                IndexEntryReader(entry=entry, token=token)
                for entry, document in zip(entries, documents, strict=True)
                for token in sorted(set(document.readers))
            )

    def delete_documents(self, keys):
        keys = list(keys)
        # In slices: SQLite refuses statements with more than 32,766 parameters.
        for start in range(0, len(keys), self.chunk_size):
            IndexEntry.objects.filter(key__in=keys[start : start + self.chunk_size]).delete()

    def rebuild(self, documents, progress=None):
        """Brings the index in line with `documents` chunk by chunk, writing only what changed, so search keeps
        answering from the same table throughout; entries no document produced any more go at the end."""
        stored = self.fingerprints()
        seen, chunk, count = set(), [], 0

        def flush():
            changed = [document for document in chunk if stored.get(document.key) != document.fingerprint()]
            self.index_documents(changed)
            if progress:
                progress(len(chunk))
            chunk.clear()

        for document in documents:
            seen.add(document.key)
            chunk.append(document)
            count += 1
            if len(chunk) >= self.chunk_size:
                flush()
        flush()
        self.delete_documents(key for key in stored if key not in seen)
        return count

    def clear(self):
        IndexEntry.objects.all().delete()
