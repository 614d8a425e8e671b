"""The three sources the platform has today: membership applications, forum posts awaiting
approval, and reported posts. Each decision calls the same function the older screens call
(the application's transitions, forum.community.moderation), so audit entries and e-mails
are the same whichever screen a moderator uses."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from machina.core.db.models import get_model
from machina.core.loading import get_class

from forum.community.forum_texts import localized
from forum.community.models import PostReport
from forum.community.moderation import ModerationError, approve_post, handle_report, reject_post
from forum.membership.models import Application, TransitionError

from .registry import Decision, ReviewError, ReviewItem, ReviewSource

Post = get_model("forum_conversation", "Post")
PermissionHandler = get_class("forum_permission.handler", "PermissionHandler")

GONE = _("This item is no longer waiting: another moderator may have decided on it.")


def _cutoff(filters):
    if filters.older_than_days:
        return timezone.now() - timedelta(days=filters.older_than_days)
    return None


def _error(error):
    if isinstance(error, TransitionError):
        return ReviewError(error.messages[0])
    return ReviewError(str(error))


# Applications ------------------------------------------------------------------------------

# The answers a moderator compares between two submissions, in the order of the form.
SNAPSHOT_FIELDS = [
    ("full_name", _("full name")),
    ("organisation", _("organisation")),
    ("organisation_website", _("organisation website")),
    ("role", _("role or job title")),
    ("sector", _("sector")),
    ("country", _("country")),
    ("professional_email", _("professional e-mail address")),
    ("referee", _("referee")),
    ("motivation", _("motivation")),
    ("create_directory_entry", _("list me in the expert directory")),
]


def snapshot_of(application):
    """The answers as plain text, in the words a moderator reads (not codes)."""
    if application.referee_kind == Application.RefereeKind.MEMBER:
        referee = application.referee_member_email
    else:
        referee = " ".join(part for part in (application.referee_name, application.referee_email) if part)
    return {
        "full_name": application.full_name,
        "organisation": application.organisation_display,
        "organisation_website": application.organisation_website,
        "role": application.role,
        "sector": application.sector,
        "country": application.country,
        "professional_email": application.professional_email,
        "referee": referee,
        "motivation": application.motivation,
        "create_directory_entry": bool(application.create_directory_entry),
    }


def _readable(name, value):
    from forum.membership.choices import COUNTRIES, SECTORS

    if name == "sector":
        return str(dict(SECTORS).get(value, value))
    if name == "country":
        return str(dict(COUNTRIES).get(value, value))
    if name == "create_directory_entry":
        return str(_("yes") if value else _("no"))
    return value or ""


def changes_between(before, after):
    return [
        (label, _readable(name, before.get(name)), _readable(name, after.get(name)))
        for name, label in SNAPSHOT_FIELDS
        if before.get(name) != after.get(name)
    ]


class ApplicationSource(ReviewSource):
    kind = "application"
    label = _("Membership applications")
    order = 10
    filters_by_forum = False

    def queryset(self):
        return Application.objects.awaiting_decision()

    def count(self, user):
        return self.queryset().count()

    def created_since(self, since):
        return list(self.queryset().filter(submitted_at__gte=since).values_list("pk", flat=True))

    def items(self, user, filters, limit):
        qs = self.queryset().select_related("user", "organisation").prefetch_related("review_snapshots")
        if filters.country:
            qs = qs.filter(country=filters.country)
        if cutoff := _cutoff(filters):
            qs = qs.filter(submitted_at__lte=cutoff)
        applications = list(qs.order_by("submitted_at", "pk")[:limit])
        from allauth.account.models import EmailAddress

        # Application.professional_email_is_verified, for every application in one query.
        verified_logins = {
            (user_id, email.lower())
            for user_id, email in EmailAddress.objects.filter(
                user_id__in=[application.user_id for application in applications], verified=True
            ).values_list("user_id", "email")
        }
        return [
            self.item(
                application,
                bool(application.professional_email_verified_at)
                or (application.user_id, application.professional_email.lower()) in verified_logins,
            )
            for application in applications
        ]

    def item(self, application, email_verified):
        is_new = False
        if application.reconfirmation_requested_at or application.valid_from:
            kind_label = _("Reconfirmation")
        elif application.decided_at:
            kind_label = _("Resubmitted application")
        else:
            kind_label, is_new = _("New application"), True
        changes = None
        snapshots = list(application.review_snapshots.all())
        if not is_new:
            if len(snapshots) >= 2:
                changes = changes_between(snapshots[-2].data, snapshots[-1].data)
            else:
                changes = False  # resubmitted, but the earlier answers were not kept
        return ReviewItem(
            source=self,
            pk=application.pk,
            title=application.full_name,
            created_at=application.submitted_at or application.created_at,
            kind_label=kind_label,
            person=application.user,
            country=application.country,
            body=application.motivation,
            details=[
                (_("role or job title"), application.role),
                (_("professional e-mail address"), application.professional_email),
                (
                    _("professional e-mail verified"),
                    _("yes") if email_verified else _("not yet: it must be verified before approval"),
                ),
            ],
            changes=changes,
            detail_url=reverse("membership_admin:detail", args=[application.pk]),
            decisions=[
                Decision("approve", _("Approve")),
                Decision("reject", _("Reject"), reason_required=True),
                Decision("request_info", _("Ask for more information"), reason_required=True),
            ],
        )

    def decide(self, request, pk, decision, reason):
        application = self.queryset().filter(pk=pk).select_related("user").first()
        if application is None:
            raise ReviewError(GONE)
        try:
            if decision == "approve":
                application.approve(by=request.user)
                return _("The application of %(name)s is approved.") % {"name": application.full_name}
            if decision == "reject":
                application.reject(by=request.user, reason=reason)
                return _("The application of %(name)s is rejected.") % {"name": application.full_name}
            if decision == "request_info":
                application.request_information(by=request.user, message=reason)
                return _("%(name)s has been asked for more information.") % {"name": application.full_name}
        except (TransitionError, PermissionDenied) as error:
            raise _error(error) from error
        raise ReviewError(_("Choose a decision."))


# Posts awaiting approval -------------------------------------------------------------------


class PendingPostSource(ReviewSource):
    kind = "post"
    label = _("Posts awaiting approval")
    order = 20

    def forum_ids(self, user):
        return [forum.pk for forum in PermissionHandler().get_moderation_queue_forums(user)]

    def queryset(self, user):
        return Post.objects.filter(approved=False, topic__forum__in=self.forum_ids(user))

    def is_available(self, user):
        return bool(self.forum_ids(user))

    def count(self, user):
        return self.queryset(user).count()

    def created_since(self, since):
        return list(Post.objects.filter(approved=False, created__gte=since).values_list("pk", flat=True))

    def items(self, user, filters, limit):
        qs = self.queryset(user).select_related("topic__forum", "poster")
        if filters.forum:
            qs = qs.filter(topic__forum_id=filters.forum)
        if filters.country:
            qs = qs.filter(poster__membership_application__country=filters.country)
        if cutoff := _cutoff(filters):
            qs = qs.filter(created__lte=cutoff)
        items = []
        for post in qs.order_by("created", "pk")[:limit]:
            topic = post.topic
            first = topic.first_post_id in (None, post.pk)
            items.append(
                ReviewItem(
                    source=self,
                    pk=post.pk,
                    title=post.subject,
                    created_at=post.created,
                    kind_label=_("New topic awaiting approval") if first else _("Reply awaiting approval"),
                    person=post.poster,
                    forum_name=localized(topic.forum).name,
                    body=post.content.raw,
                    details=[(_("topic"), topic.subject), (_("forum"), localized(topic.forum).name)],
                    detail_url=reverse("forum_moderation:queued_post", args=[post.pk]),
                    decisions=[
                        Decision("approve", _("Approve")),
                        Decision("reject", _("Reject"), reason_required=True),
                    ],
                )
            )
        return items

    def decide(self, request, pk, decision, reason):
        post = self.queryset(request.user).select_related("topic__forum", "poster").filter(pk=pk).first()
        if post is None:
            raise ReviewError(GONE)
        if decision == "approve":
            approve_post(post, request.user)
            return _("The post “%(subject)s” is approved and visible.") % {"subject": post.subject}
        if decision == "reject":
            try:
                reject_post(post, request.user, reason)
            except ModerationError as error:
                raise _error(error) from error
            return _("The post “%(subject)s” is rejected; its author is told why.") % {"subject": post.subject}
        raise ReviewError(_("Choose a decision."))


# Reported posts ----------------------------------------------------------------------------

# The decisions the queue offers inline; editing a post and moving a topic need the report's
# own page (a form of their own).
INLINE_REPORT_ACTIONS = ["dismiss", "hide", "delete", "lock", "warn", "suspend"]
REPORT_ACTIONS_NEEDING_REASON = {"hide", "delete", "warn", "suspend"}


class ReportSource(ReviewSource):
    kind = "report"
    label = _("Reported posts")
    order = 30

    def queryset(self):
        return PostReport.objects.filter(status=PostReport.Status.OPEN)

    def count(self, user):
        return self.queryset().count()

    def created_since(self, since):
        return list(self.queryset().filter(created_at__gte=since).values_list("pk", flat=True))

    def items(self, user, filters, limit):
        qs = self.queryset().select_related("post__topic", "reporter", "post_author", "forum")
        if filters.forum:
            qs = qs.filter(forum_id=filters.forum)
        if filters.country:
            qs = qs.filter(post_author__membership_application__country=filters.country)
        if cutoff := _cutoff(filters):
            qs = qs.filter(created_at__lte=cutoff)
        labels = dict(PostReport.Action.choices)
        decisions = [
            Decision(action, labels[action], reason_required=action in REPORT_ACTIONS_NEEDING_REASON)
            for action in INLINE_REPORT_ACTIONS
        ]
        items = []
        for report in qs.order_by("created_at", "pk")[:limit]:
            post = report.post
            reporter = report.reporter
            items.append(
                ReviewItem(
                    source=self,
                    pk=report.pk,
                    title=report.post_subject or (post.subject if post else ""),
                    created_at=report.created_at,
                    kind_label=_("Reported post"),
                    person=report.post_author,
                    forum_name=localized(report.forum).name if report.forum else "",
                    body=post.content.raw if post else "",
                    details=[
                        (_("reason given"), report.reason),
                        (_("reported by"), (reporter.get_full_name() or reporter.email) if reporter else "—"),
                        (_("forum"), localized(report.forum).name if report.forum else "—"),
                        (_("post"), _("still visible") if post and post.approved else _("hidden or deleted")),
                    ],
                    detail_url=reverse("community:report_detail", args=[report.pk]),
                    decisions=decisions,
                )
            )
        return items

    def decide(self, request, pk, decision, reason):
        report = (
            self.queryset().select_related("post__topic__forum", "post__poster", "post_author").filter(pk=pk).first()
        )
        if report is None:
            raise ReviewError(GONE)
        if decision not in INLINE_REPORT_ACTIONS:
            raise ReviewError(_("Choose a decision."))
        try:
            handle_report(report, request.user, decision, note=reason or "")
        except ModerationError as error:
            raise _error(error) from error
        return _("The report about “%(subject)s” is decided: %(decision)s.") % {
            "subject": report.post_subject,
            "decision": dict(PostReport.Action.choices)[decision],
        }


# Reported direct messages (forum.direct_messages) -------------------------------------------


class MessageReportSource(ReviewSource):
    """Reported direct messages. As forum/direct_messages/REVIEW_QUEUE.md asks, the queue shows
    neither the message nor the conversation's subject: the moderator reads the one reported
    message and decides on that app's own report page, linked from the item."""

    kind = "message"
    label = _("Reported direct messages")
    order = 40
    filters_by_forum = False

    def model(self):
        from forum.direct_messages.models import MessageReport

        return MessageReport

    def queryset(self):
        MessageReport = self.model()
        return MessageReport.objects.filter(status=MessageReport.Status.OPEN)

    def count(self, user):
        return self.queryset().count()

    def created_since(self, since):
        return list(self.queryset().filter(created_at__gte=since).values_list("pk", flat=True))

    def items(self, user, filters, limit):
        qs = self.queryset().select_related("message__sender", "reporter")
        if filters.country:
            qs = qs.filter(message__sender__membership_application__country=filters.country)
        if cutoff := _cutoff(filters):
            qs = qs.filter(created_at__lte=cutoff)
        items = []
        for report in qs.order_by("created_at", "pk")[:limit]:
            reporter = report.reporter
            items.append(
                ReviewItem(
                    source=self,
                    pk=report.pk,
                    title=_("Message no. %(number)s") % {"number": report.message_id},
                    created_at=report.created_at,
                    kind_label=_("Reported direct message"),
                    person=report.message.sender,
                    details=[
                        (_("reason given"), report.reason),
                        (_("reported by"), (reporter.get_full_name() or reporter.email) if reporter else "—"),
                    ],
                    detail_url=reverse("direct_messages:report_detail", args=[report.pk]),
                    decisions=[],  # decided on the report page, where the message can be read
                )
            )
        return items

    def decide(self, request, pk, decision, reason):
        raise ReviewError(_("Open the report to read the message and decide there."))


def register_default_sources(registry):
    from django.apps import apps

    registry.register(ApplicationSource())
    registry.register(PendingPostSource())
    registry.register(ReportSource())
    if apps.is_installed("forum.direct_messages"):
        registry.register(MessageReportSource())
