"""Moderation of the forum: approval of a new member's first posts, rejection with a
reason, reports and what moderators do about them. Every decision is written to
the audit log shared with vetting decisions (forum.membership.audit)."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from machina.core.db.models import get_model

from . import access, notifications
from .models import PostReport, RejectedPost

Post = get_model("forum_conversation", "Post")
Topic = get_model("forum_conversation", "Topic")


class ModerationError(Exception):
    pass


def needs_first_post_approval(user, forum):
    """A vetted member's first FORUM_FIRST_POSTS_NEED_APPROVAL posts wait for a moderator."""
    limit = getattr(settings, "FORUM_FIRST_POSTS_NEED_APPROVAL", 2)
    if not limit or not user or not user.is_authenticated or user.is_superuser or access.is_moderator(user):
        return False
    return Post.objects.filter(poster=user, approved=True).count() < limit


def _audit(actor, post_or_report_author, action, *, reason="", target=None, from_state="", to_state=""):
    return access.record(
        actor=actor,
        subject=post_or_report_author,
        action=action,
        from_state=from_state,
        to_state=to_state,
        reason=reason,
        target=target,
    )


@transaction.atomic
def approve_post(post, moderator):
    post.approved = True
    post.save()
    _audit(moderator, post.poster, "forum_post_approved", target=post, from_state="pending", to_state="approved")
    return post


@transaction.atomic
def reject_post(post, moderator, reason):
    """Remove a pending post, keep its text for the author with the reason, and tell them."""
    reason = (reason or "").strip()
    if not reason:
        raise ModerationError(_("Give the reason: the author is told."))
    rejected = None
    if post.poster_id:
        rejected = RejectedPost.objects.create(
            author=post.poster,
            forum=post.topic.forum,
            topic_subject=post.topic.subject,
            subject=post.subject,
            content=post.content.raw,
            reason=reason,
            rejected_by=moderator,
        )
    _audit(moderator, post.poster, "forum_post_rejected", reason=reason, target=post, from_state="pending",
           to_state="rejected")  # fmt: skip
    post.delete()
    if rejected:
        rejected_pk = rejected.pk
        transaction.on_commit(lambda: notifications.tell_author_rejected(rejected_pk))
    return rejected


@transaction.atomic
def report_post(post, reporter, reason):
    reason = (reason or "").strip()
    if not reason:
        raise ModerationError(_("Say what is wrong with this post."))
    report = PostReport.objects.create(
        post=post,
        forum=post.topic.forum,
        post_author=post.poster,
        post_subject=post.subject,
        reporter=reporter,
        reason=reason,
    )
    _audit(reporter, post.poster, "forum_post_reported", reason=reason, target=post, to_state="open")
    transaction.on_commit(lambda: notifications.tell_moderators_report(report.pk))
    return report


def report_history(report):
    """Earlier reports about the same post or author, newest first, for the moderator's judgement."""
    qs = PostReport.objects.exclude(pk=report.pk).select_related("reporter", "handled_by")
    if report.post_author_id:
        qs = qs.filter(post_author_id=report.post_author_id)
    elif report.post_id:
        qs = qs.filter(post_id=report.post_id)
    else:
        return PostReport.objects.none()
    return qs.order_by("-created_at", "-pk")[:20]


def author_trail(report, limit=20):
    """The audit log about the post's author (vetting decisions and moderation), newest first."""
    from forum.membership.models import AuditEntry

    if not report.post_author_id:
        return AuditEntry.objects.none()
    return AuditEntry.objects.about(report.post_author).select_related("actor").order_by("-created_at", "-pk")[:limit]


def _close(report, moderator, status, action, note):
    report.status = status
    report.action = action
    report.handled_by = moderator
    report.handled_at = timezone.now()
    report.moderator_note = note
    report.save()
    _audit(moderator, report.post_author, f"forum_report_{action}", reason=note, target=report.post or report,
           from_state="open", to_state=status)  # fmt: skip


@transaction.atomic
def handle_report(report, moderator, action, note="", target_forum=None):
    """Carry out a moderator's decision on an open report."""
    if not report.is_open:
        raise ModerationError(_("This report has already been handled."))
    Action = PostReport.Action
    post = report.post
    needs_post = {Action.EDIT, Action.HIDE, Action.DELETE, Action.LOCK, Action.MOVE}
    if action in needs_post and post is None:
        raise ModerationError(_("The post no longer exists."))
    if action in {Action.WARN, Action.SUSPEND, Action.HIDE, Action.DELETE} and not note.strip():
        raise ModerationError(_("Give the reason: the author is told."))

    if action == Action.DISMISS:
        _close(report, moderator, PostReport.Status.DISMISSED, action, note)
        return report
    if action == Action.HIDE:
        # An unapproved post is invisible to members and waits in machina's queue,
        # where a moderator can approve it again.
        post.approved = False
        post.save()
    elif action == Action.DELETE:
        RejectedPost.objects.create(
            author=post.poster, forum=post.topic.forum, topic_subject=post.topic.subject, subject=post.subject,
            content=post.content.raw, reason=note, rejected_by=moderator,
        ) if post.poster_id else None  # fmt: skip
        post.delete()
        report.post = None
    elif action == Action.LOCK:
        post.topic.status = Topic.TOPIC_LOCKED
        post.topic.save()
    elif action == Action.MOVE:
        if target_forum is None or not target_forum.is_forum:
            raise ModerationError(_("Choose the forum to move the topic to."))
        post.topic.forum = target_forum
        post.topic.save()
    elif action == Action.SUSPEND:
        suspend_member(report.post_author, moderator, note)
    _close(report, moderator, PostReport.Status.ACTIONED, action, note)
    # A suspension is told once, by the membership's suspension e-mail with the same reason.
    if action in {Action.WARN, Action.HIDE, Action.DELETE} and report.post_author_id:
        report_pk = report.pk
        transaction.on_commit(lambda: notifications.tell_author_decision(report_pk))
    return report


def suspend_member(user, moderator, reason):
    """Suspend through the membership application, so vetting and forum agree: the
    application's transition removes the vetted group, records and e-mails."""
    if user is None:
        raise ModerationError(_("The author's account no longer exists."))
    application = getattr(user, "membership_application", None) if hasattr(user, "membership_application") else None
    if application is None or application.state != application.State.APPROVED:
        raise ModerationError(_("Only a vetted member's membership can be suspended."))
    application.suspend(by=moderator, reason=reason)
    return application
