from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language

from .access import EXPERTS, reader_tokens
from .backends import get_backend
from .backends.base import SearchUnavailable
from .documents import Kind
from .forms import SearchForm
from .labels import facet_titles, kind_labels, value_labels
from .query import FACETS, SearchQuery, SearchResults
from .sources import all_sources

RESULTS_PER_PAGE = 10
# Forum documents are listed under every language; their links are stored under the default one.
MULTILINGUAL_KINDS = {Kind.TOPIC, Kind.POST}


class ResultPages(list):
    """One page of hits standing in for the whole list, so that Django's Paginator can count pages."""

    def __init__(self, hits, total, offset):
        super().__init__(hits)
        self.total, self.offset = total, offset

    def count(self):
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(self)[slice(index.start - self.offset, index.stop - self.offset)]
        return super().__getitem__(index)


def in_language(url, language):
    prefix = f"/{settings.LANGUAGE_CODE}/"
    return f"/{language}/{url[len(prefix) :]}" if url.startswith(prefix) else url


def facet_groups(results, chosen, labels):
    titles = facet_titles()
    groups = []
    for facet in FACETS:
        values = results.facets.get(facet, [])
        selected = set(chosen.get(facet, []))
        if not values and not selected:
            continue
        options = [
            {
                "value": value,
                "label": labels.get(facet, {}).get(value, value),
                "count": count,
                "checked": value in selected,
            }
            for value, count in values
        ]
        if facet == "year":
            options.sort(key=lambda option: option["value"], reverse=True)
        groups.append({"name": facet, "title": titles[facet], "options": options})
    return groups


def search(request):
    form = SearchForm(request.GET)
    language = get_language()
    context = {"form": form, "search_query": "", "result_count": 0, "facet_groups": []}
    if not form.is_valid():
        context["errors"] = [error for errors in form.errors.values() for error in errors]
        return render(request, "search/search.html", context, status=400)
    text, filters, sort = form.cleaned_data["q"], form.filters(), form.cleaned_data["sort"] or "relevance"
    context.update(search_query=text, filters=filters, sort=sort)
    readers = reader_tokens(request.user)
    if not text and not filters:
        context["can_list_experts"] = EXPERTS in readers
        return render(request, "search/search.html", context)
    query = SearchQuery(
        text=text,
        language=language,
        readers=readers,
        filters=filters,
        sort=sort,
        page=form.cleaned_data["page"],
        per_page=RESULTS_PER_PAGE,
    )
    try:
        results = get_backend().search(query)
    except SearchUnavailable:
        context["unavailable"] = True
        return render(request, "search/search.html", context, status=503)
    if query.page > 1 and not results.hits and results.total:
        # Past the last page (an old link): show the last page instead.
        query.page = (results.total - 1) // RESULTS_PER_PAGE + 1
        results = get_backend().search(query)
    for source in all_sources():
        source.localize_hits(results.hits)
    labels = kind_labels()
    for hit in results.hits:
        hit.kind_label = labels.get(hit.kind, "")
        if hit.kind in MULTILINGUAL_KINDS:
            hit.url = in_language(hit.url, language)
    context.update(results_page=page_of(results, query), result_count=results.total, results=results)
    context["facet_groups"] = facet_groups(results, filters, value_labels())
    context["base_query"] = urlencode(
        [("q", text), *[(f, v) for f, vs in filters.items() for v in vs], ("sort", sort)]
    )
    context["clear_query"] = urlencode([("q", text)])
    context["other_sort"] = "newest" if sort == "relevance" else "relevance"
    context["sort_query"] = urlencode(
        [("q", text), *[(f, v) for f, vs in filters.items() for v in vs], ("sort", context["other_sort"])]
    )
    return render(request, "search/search.html", context)


def page_of(results: SearchResults, query: SearchQuery):
    paginator = Paginator(ResultPages(results.hits, results.total, query.offset), RESULTS_PER_PAGE)
    return paginator.get_page(query.page)
