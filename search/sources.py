"""Where search documents come from.

A source turns one kind of object into SearchDocuments. Apps register theirs in
their AppConfig.ready() (the directory and the forum do); Wagtail pages are the
source defined here. Every source answers three questions:

- `documents(object_key)`: the documents of one object now ([] when it must not be found);
- `keys(object_key)`: every key that object may have had, so stale ones are removed;
- `object_keys()`: every object to index, for a rebuild.
"""

from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from .access import page_readers
from .documents import Kind, SearchDocument

_sources = {}


def register(source):
    _sources[source.name] = source
    return source


def get_source(name):
    return _sources[name]


def all_sources():
    return list(_sources.values())


def all_documents():
    for source in all_sources():
        yield from source.all_documents()


class Source:
    name = ""

    def documents(self, object_key):
        raise NotImplementedError

    def keys(self, object_key):
        raise NotImplementedError

    def object_keys(self):
        raise NotImplementedError

    def all_documents(self):
        for object_key in self.object_keys():
            yield from self.documents(object_key)

    def localize_hits(self, hits):
        """Turn what this source stored in the hits' `context` into words in the reader's language."""


def searchable_text(obj, exclude=("title",)):
    """The text of an object's Wagtail search fields (rich text and StreamField blocks included)."""
    parts = []
    for field in obj.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name in exclude:
            continue
        value = field.get_value(obj)
        for item in value if isinstance(value, list | tuple) else [value]:
            if item:
                parts.append(strip_tags(str(item)))
    return "\n".join(part for part in parts if part.strip())


class PageSource(Source):
    """Every live page, each translation as its own document in its language.

    Page models may say more about themselves: `search_kind` (a search.documents.Kind),
    `search_boost`, and the methods `search_countries()` and `search_date()`."""

    name = "page"

    def keys(self, object_key):
        return [f"page:{object_key}"]

    def object_keys(self):
        return Page.objects.filter(depth__gt=1).order_by("path").values_list("pk", flat=True).iterator()

    def documents(self, object_key):
        page = Page.objects.filter(pk=object_key).select_related("locale").first()
        if page is None or not page.live or page.depth <= 1 or page.alias_of_id:
            # An alias shows another language's text under this language's address.
            return []
        readers = page_readers(page)
        if readers is None:
            return []
        page = page.specific
        language = page.locale.language_code
        text = "\n".join(part for part in (page.search_description, searchable_text(page)) if part)
        date = page.search_date() if hasattr(page, "search_date") else page.last_published_at
        return [
            SearchDocument(
                key=f"page:{page.pk}",
                kind=getattr(page, "search_kind", Kind.PAGE),
                language=language,
                scope_language=language,
                title=page.title,
                text=text,
                url=page.get_url() or "",
                readers=readers,
                countries=page.search_countries() if hasattr(page, "search_countries") else [],
                date=date,
                boost=getattr(page, "search_boost", 1.0),
            )
        ]


register(PageSource())
