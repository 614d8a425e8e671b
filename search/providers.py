"""Site search over everything a person may see.

Wagtail pages are searched here; other apps add their own sources by registering a
provider in their AppConfig.ready():

    from search.providers import SearchResult, register

    @register
    def directory_results(request, query):
        return [SearchResult(title=..., url=..., summary=..., kind=_("Organisation"))]

A provider must itself leave out what the requesting user may not see.
"""

from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Locale, Page

MAX_PAGE_RESULTS = 200

_providers = []


@dataclass
class SearchResult:
    title: str
    url: str
    summary: str = ""
    kind: str = ""


def register(provider):
    """Add `provider(request, query) -> list[SearchResult]` to the site search. Usable as a decorator."""
    if provider not in _providers:
        _providers.append(provider)
    return provider


def registered_providers():
    return [page_results, *_providers]


def page_summary(page):
    text = page.search_description or getattr(page, "intro", "") or ""
    return Truncator(strip_tags(str(text))).words(40)


def searchable_pages(locale=None):
    """Live pages without a privacy restriction, in one language: the only pages search may show."""
    locale = locale or Locale.get_active()
    return Page.objects.live().public().filter(locale=locale).exclude(depth=1)


def page_results(request, query):
    found = list(searchable_pages().search(query)[:MAX_PAGE_RESULTS])
    # One query for all specific pages; then keep the search backend's relevance order.
    # Aliases are dropped here (search backends cannot filter on alias_of): an alias
    # under /nl/ of an untranslated English page shows English text under a Dutch address.
    specific = {
        page.pk: page
        for page in Page.objects.filter(pk__in=[page.pk for page in found], alias_of__isnull=True).specific()
    }
    results = []
    for hit in found:
        page = specific.get(hit.pk)
        if page is None:
            continue
        results.append(
            SearchResult(
                title=page.title,
                url=page.get_url(request),
                summary=page_summary(page),
                kind=str(page._meta.verbose_name).capitalize(),
            )
        )
    return results


def search_everything(request, query):
    query = (query or "").strip()
    if not query:
        return []
    results = []
    for provider in registered_providers():
        results.extend(provider(request, query))
    return results
