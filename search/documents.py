"""What the search index holds: one shape for everything searchable.

Every source (pages, organisations, experts, forum topics and posts) turns its
objects into `SearchDocument`s; both engines (search.backends) store and query
exactly these fields, so a result list never depends on which engine answers.
"""

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime

# Shown under every site language: forum text is written in the writer's language
# and read across borders; experts are people, not translated content.
ALL_LANGUAGES = "*"


class Kind:
    PAGE = "page"
    HANDBOOK = "handbook"
    REPORT = "report"
    NEWS = "news"
    ORGANISATION = "organisation"
    EXPERT = "expert"
    TOPIC = "topic"
    POST = "post"

    ALL = (HANDBOOK, REPORT, NEWS, PAGE, ORGANISATION, EXPERT, TOPIC, POST)


@dataclass
class SearchDocument:
    key: str  # unique and stable: "page:12", "organisation:<translation key>:hu", "post:99"
    kind: str  # one of Kind.ALL
    language: str  # the language the text is written in (decides its analysis)
    scope_language: str  # the site language it is listed under, or ALL_LANGUAGES
    title: str
    text: str
    url: str
    # Who may read it: access tokens (search.access). A reader sees a document when
    # the two sets meet; the engines filter on this inside the query itself.
    readers: list[str]
    countries: list[str] = field(default_factory=list)  # ISO 3166 alpha-2, upper case
    stages: list[str] = field(default_factory=list)  # TRM stage numbers as strings, "1" to "5"
    date: datetime | date | None = None
    boost: float = 1.0
    # Shown with the result, never searched: e.g. the forum's name.
    context: str = ""

    @property
    def year(self):
        return self.date.year if self.date else None

    def fingerprint(self):
        """Changes whenever anything stored for the document changes: `search_index --check` compares it."""
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        data["readers"] = sorted(self.readers)
        encoded = json.dumps(data, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha1(encoded, usedforsecurity=False).hexdigest()
