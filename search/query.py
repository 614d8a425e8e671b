"""A search as the reader asked for it, and the answer, whichever engine gives it."""

from dataclasses import dataclass, field

from django.utils.safestring import SafeString

# The facets a reader can narrow by, in the order the page shows them.
FACETS = ("kind", "language", "country", "stage", "year")
SORTS = ("relevance", "newest")
MAX_QUERY_LENGTH = 200


@dataclass
class SearchQuery:
    text: str
    language: str  # the reader's site language
    readers: frozenset  # the reader's access tokens (search.access.reader_tokens)
    filters: dict = field(default_factory=dict)  # facet name -> list of chosen values
    sort: str = "relevance"
    page: int = 1
    per_page: int = 10

    @property
    def offset(self):
        return (self.page - 1) * self.per_page


@dataclass
class Hit:
    key: str
    kind: str
    title: str
    url: str
    snippet: SafeString  # HTML-escaped text with <mark> around the matched words
    language: str
    date: object = None
    context: str = ""


@dataclass
class SearchResults:
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    # facet name -> [(value, count)], counted over what this reader may see only
    facets: dict = field(default_factory=dict)
    suggestion: str = ""  # "did you mean", only ever a query that finds something for this reader
    # True when no document had every word and the list shows those with some of them.
    partial: bool = False
