"""The review queue's sources: each kind of thing moderators decide on is one source.

A source gives the queue its items (filtered), its count (for the admin menu), the decisions
a moderator can make on an item, and carries one out. The queue, the menu badge and the
e-mails know sources only through this interface, so a new kind (direct messages,
safe-contact escalations) plugs in with `register(MySource())` in its app's `ready()`:

    from forum.review import registry

    class EscalationSource(registry.ReviewSource):
        kind = "escalation"
        label = _("Safe-contact escalations")
        ...

    registry.register(EscalationSource())
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.core.exceptions import ValidationError


class ReviewError(ValidationError):
    """A decision that could not be carried out; its message is shown next to the item."""


@dataclass(frozen=True)
class Filters:
    kind: str = ""
    country: str = ""
    forum: int | None = None
    older_than_days: int | None = None


@dataclass(frozen=True)
class Decision:
    value: str
    label: str
    reason_required: bool = False


@dataclass
class ReviewItem:
    """One thing waiting for a moderator. `person` is the user the item is about (applicant or
    author); the queue adds their context (`context`) for all items at once."""

    source: "ReviewSource"
    pk: int
    title: str
    created_at: datetime
    kind_label: str
    person: object = None
    country: str = ""
    forum_name: str = ""
    body: str = ""
    details: list = field(default_factory=list)  # (label, value) pairs shown with the item
    changes: list | None = None  # (label, before, after) for a resubmission; None: not a resubmission
    detail_url: str = ""
    decisions: list = field(default_factory=list)
    context: dict = field(default_factory=dict)
    error: str = ""  # set by the queue when a decision on this item was refused
    reason: str = ""  # the text the moderator typed, kept after a refusal

    @property
    def key(self):
        return f"{self.source.kind}-{self.pk}"

    @property
    def kind(self):
        return self.source.kind


class ReviewSource:
    kind = ""
    label = ""
    order = 100
    # Which filters make sense for this kind: an application has no forum.
    filters_by_country = True
    filters_by_forum = True

    def is_available(self, user):
        """Whether `user` (a moderator) sees this source at all."""
        return True

    def count(self, user):
        raise NotImplementedError

    def items(self, user, filters, limit):
        """The waiting items matching `filters`, oldest first, at most `limit`, built with a
        number of queries that does not depend on how many there are."""
        raise NotImplementedError

    def decide(self, request, pk, decision, reason):
        """Carry out `decision` on item `pk`; return the success message or raise ReviewError."""
        raise NotImplementedError

    def created_since(self, since):
        """Primary keys of items that arrived since `since` and still wait (for the digest)."""
        return []

    def matches(self, filters):
        if filters.kind and filters.kind != self.kind:
            return False
        if filters.country and not self.filters_by_country:
            return False
        if filters.forum and not self.filters_by_forum:
            return False
        return True


_sources = {}


def register(source):
    _sources[source.kind] = source
    return source


def unregister(kind):
    _sources.pop(kind, None)


def sources(user=None):
    found = sorted(_sources.values(), key=lambda source: (source.order, source.kind))
    if user is not None:
        found = [source for source in found if source.is_available(user)]
    return found


def get(kind):
    return _sources.get(kind)


def total_count(user):
    return sum(source.count(user) for source in sources(user))
