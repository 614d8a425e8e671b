"""The person beside each item: organisation, country, sector, membership history and earlier
decisions, loaded for every item of the page at once (a fixed number of queries)."""

from collections import defaultdict

from django.db.models import Count, Q
from machina.core.db.models import get_model

from forum.community.models import PostReport
from forum.membership.models import Application, AuditEntry

Post = get_model("forum_conversation", "Post")

# Audit actions that are decisions about a person (not, say, a downloaded data export).
DECISION_ACTIONS = {
    "approved",
    "rejected",
    "information_requested",
    "reconfirmed",
    "suspended",
    "reinstated",
    "revoked",
    "expired",
    "forum_post_approved",
    "forum_post_rejected",
}
PREVIOUS_DECISIONS = 5


def attach_context(items):
    people = {item.person.pk: item.person for item in items if item.person is not None}
    if not people:
        return items
    ids = list(people)
    applications = {
        application.user_id: application
        for application in Application.objects.filter(user_id__in=ids).select_related("organisation")
    }
    decisions = defaultdict(list)
    entries = (
        AuditEntry.objects.filter(subject_id__in=ids)
        .filter(Q(action__in=DECISION_ACTIONS) | Q(action__startswith="forum_report_"))
        .order_by("-created_at", "-pk")
        .only("subject_id", "created_at", "action", "reason", "actor_label", "to_state")
    )
    for entry in entries:
        if len(decisions[entry.subject_id]) < PREVIOUS_DECISIONS:
            decisions[entry.subject_id].append(entry)
    posts = dict(
        Post.objects.filter(poster_id__in=ids, approved=True)
        .values("poster_id")
        .annotate(n=Count("pk"))
        .values_list("poster_id", "n")
    )
    reports = dict(
        PostReport.objects.filter(post_author_id__in=ids)
        .values("post_author_id")
        .annotate(n=Count("pk"))
        .values_list("post_author_id", "n")
    )
    for item in items:
        person = item.person
        if person is None:
            continue
        application = applications.get(person.pk)
        item.context = {
            "name": (application.full_name if application else "") or person.get_full_name() or person.email,
            "email": person.email,
            "application": application,
            "organisation": application.organisation_display if application else "",
            "country": application.get_country_display() if application else "",
            "sector": application.get_sector_display() if application else "",
            "state": application.get_state_display() if application else "",
            "member_since": application.valid_from if application else None,
            "valid_until": application.valid_until if application else None,
            "approved_posts": posts.get(person.pk, 0),
            "reports_against": reports.get(person.pk, 0),
            "decisions": decisions.get(person.pk, []),
        }
        if not item.country and application:
            item.country = application.country
    return items
