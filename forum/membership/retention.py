"""The retention schedule (settings.RETENTION) applied: what is deleted, reduced or
pseudonymised once its period is over. `manage.py apply_retention` runs it nightly.

Every step is a pair: `due()` says what the period has caught (for --dry-run, and for
the run itself), `apply()` acts on exactly that."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .audit import pseudonymise, record
from .models import Application, AuditEntry

# What a membership keeps after it has ended and its period is over: who, which state,
# when (applied, decided, valid from and until), by whom, which terms they accepted,
# and the reason for a decision, which the audit log holds anyway.
REDUCED_APPLICATION = {
    "full_name": "",
    "organisation": None,
    "organisation_name": "",
    "organisation_website": "",
    "role": "",
    "sector": "",
    "country": "",
    "professional_email": "",
    "professional_email_verified_at": None,
    "referee_member_email": "",
    "referee_member": None,
    "referee_name": "",
    "referee_email": "",
    "motivation": "",
    "reminders_sent": [],
}

WITHDRAWN_STATES = (Application.State.DRAFT, Application.State.INFO_REQUESTED)
ENDED_STATES = (Application.State.EXPIRED, Application.State.REVOKED)


def cutoff(name, now):
    return now - settings.RETENTION[name]


def closed_applications(now):
    """Rejected applications decided, and withdrawn ones last changed, before the cutoff."""
    before = cutoff("closed_applications", now)
    return Application.objects.filter(
        Q(state=Application.State.REJECTED, decided_at__lt=before)
        | Q(state__in=WITHDRAWN_STATES, updated_at__lt=before)
    ).select_related("user")


def ended_memberships(now):
    """Expired and revoked memberships whose end is older than the cutoff and whose
    details are still there (a reduced one has no professional e-mail address)."""
    before = cutoff("ended_memberships", now)
    return (
        Application.objects.filter(
            Q(state=Application.State.EXPIRED, valid_until__lt=before)
            | Q(state=Application.State.REVOKED, decided_at__lt=before)
        )
        .exclude(professional_email="")
        .select_related("user")
    )


def audit_entries_to_pseudonymise(now):
    before = cutoff("audit_identities", now)
    return AuditEntry.objects.filter(created_at__lt=before).filter(Q(actor__isnull=False) | Q(subject__isnull=False))


def expired_sessions(now):
    return Session.objects.filter(expire_date__lt=now)


def expired_unsubscribe_links(now):
    from forum.community.models import UnsubscribeLink

    return UnsubscribeLink.objects.filter(expires_at__lt=now)


def stale_post_drafts(now):
    from forum.community.models import PostDraft

    return PostDraft.objects.filter(updated_at__lt=cutoff("post_drafts", now))


@dataclass
class Outcome:
    label: str
    count: int


def due(now=None):
    """What a run at `now` would do, step by step, without changing anything."""
    now = now or timezone.now()
    return [
        Outcome("rejected or withdrawn applications to delete", closed_applications(now).count()),
        Outcome("ended memberships to reduce", ended_memberships(now).count()),
        Outcome("audit log entries to pseudonymise", audit_entries_to_pseudonymise(now).count()),
        Outcome("expired sessions to delete", expired_sessions(now).count()),
        Outcome("expired unsubscribe links to delete", expired_unsubscribe_links(now).count()),
        Outcome("forum drafts left alone to delete", stale_post_drafts(now).count()),
    ]


def delete_closed_applications(now):
    deleted = 0
    for application in closed_applications(now):
        with transaction.atomic():
            state = application.state
            application.delete()
            record(actor=None, subject=application.user, action="retention_application_deleted", from_state=state)
        deleted += 1
    return deleted


def reduce_ended_memberships(now):
    reduced = 0
    for application in ended_memberships(now):
        with transaction.atomic():
            for name, value in REDUCED_APPLICATION.items():
                setattr(application, name, value)
            application.save()
            application.messages.all().delete()
            # No `target`: its text would copy the applicant's name into a new entry.
            record(actor=None, subject=application.user, action="retention_application_reduced")
        reduced += 1
    return reduced


def pseudonymise_old_audit_entries(now):
    entries = audit_entries_to_pseudonymise(now)
    count = entries.count()
    user_ids = set(entries.exclude(actor=None).values_list("actor_id", flat=True))
    user_ids |= set(entries.exclude(subject=None).values_list("subject_id", flat=True))
    before = cutoff("audit_identities", now)
    for user in get_user_model().objects.filter(pk__in=user_ids):
        pseudonymise(user, before=before)
    return count


def apply(now=None):
    """Apply the whole schedule at `now`; returns what was done, as `due()` does."""
    now = now or timezone.now()
    return [
        Outcome("rejected or withdrawn applications deleted", delete_closed_applications(now)),
        Outcome("ended memberships reduced", reduce_ended_memberships(now)),
        Outcome("audit log entries pseudonymised", pseudonymise_old_audit_entries(now)),
        Outcome("expired sessions deleted", expired_sessions(now).delete()[0]),
        Outcome("expired unsubscribe links deleted", expired_unsubscribe_links(now).delete()[0]),
        Outcome("forum drafts left alone deleted", stale_post_drafts(now).delete()[0]),
    ]


def notice_periods():
    """The periods as the privacy notice states them, from the same settings."""

    def months(period):
        return period.years * 12 + period.months

    return {
        "closed_applications_months": months(settings.RETENTION["closed_applications"]),
        "ended_memberships_months": months(settings.RETENTION["ended_memberships"]),
        "audit_identities_years": months(settings.RETENTION["audit_identities"]) // 12,
        "post_drafts_days": settings.RETENTION["post_drafts"].days,
    }
