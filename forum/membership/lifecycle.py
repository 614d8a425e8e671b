"""The daily work on memberships: expiry at the end of the period, and
reminders before it. Run by `manage.py process_memberships` (cron); expiry
also happens on the member's next request (see middleware.py) and before the
forum e-mails a member (forum.community.notifications)."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from .audit import record
from .emails import absolute_url, language_of, send_templated_email
from .models import Application


def expire_due(now=None):
    now = now or timezone.now()
    expired = []
    for application in Application.objects.filter(
        state=Application.State.APPROVED, valid_until__lte=now
    ).select_related("user"):
        application.expire()
        expired.append(application)
    return expired


def expire_if_overdue(user):
    """Expire `user`'s membership now if its period has passed, so that the permission checks
    that follow treat them as the non-member they are, even before the daily job has run."""
    overdue = Application.objects.filter(
        user=user, state=Application.State.APPROVED, valid_until__lte=timezone.now()
    ).first()
    if overdue is None:
        return False
    overdue.expire()
    # Group membership may already be cached on the user object.
    user._groups_changed = True
    for attribute in ("_perm_cache", "_group_perm_cache"):
        if hasattr(user, attribute):
            delattr(user, attribute)
    return True


def send_due_reminders(now=None):
    """Send each reminder (30 and 7 days before the end, by default) once per
    membership period. A reminder whose day has passed unsent is skipped when a
    later one is due, so nobody gets two e-mails the same day."""
    now = now or timezone.now()
    reminder_days = sorted(settings.MEMBERSHIP_REMINDER_DAYS)
    sent = []
    horizon = now + timedelta(days=max(reminder_days))
    candidates = Application.objects.filter(
        state=Application.State.APPROVED,
        valid_until__gt=now,
        valid_until__lte=horizon,
        reconfirmation_requested_at__isnull=True,
    ).select_related("user")
    for application in candidates:
        days_left = (application.valid_until - now).total_seconds() / 86400
        due = [days for days in reminder_days if days_left <= days and days not in application.reminders_sent]
        if not due:
            continue
        days = min(due)
        with transaction.atomic():
            application.reminders_sent = sorted(set(application.reminders_sent) | set(due))
            application.save(update_fields=["reminders_sent", "updated_at"])
            record(
                actor=None,
                subject=application.user,
                action="reminder_sent",
                reason=f"{days} days before the end of the period",
                target=application,
            )
        with translation.override(language_of(application.user)):
            reconfirm_url = absolute_url(reverse("membership:reconfirm"))
        send_templated_email(
            application.user,
            "membership/email/reminder",
            {"application": application, "days": days, "reconfirm_url": reconfirm_url},
        )
        sent.append((application, days))
    return sent
