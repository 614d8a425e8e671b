"""The append-only audit trail of vetting and moderation.

Anyone recording something a moderator or member did calls `record()`; the
forum's moderation records its actions here too, so one log tells the whole
story of a member.
"""

import hashlib
import hmac

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import Application, AuditEntry

# Labels for the actions recorded by this app. Other apps may record their own
# action names; those are shown as they are, with underscores as spaces.
ACTION_LABELS = {
    "submitted": _("Application submitted"),
    "resubmitted": _("Application resubmitted with more information"),
    "information_requested": _("More information requested"),
    "approved": _("Application approved"),
    "reconfirmation_requested": _("Reconfirmation requested by the member"),
    "reconfirmed": _("Membership reconfirmed"),
    "rejected": _("Application rejected"),
    "expired": _("Membership expired"),
    "returned_to_queue": _("Reconfirmation returned to the queue"),
    "suspended": _("Membership suspended"),
    "reinstated": _("Membership reinstated"),
    "revoked": _("Membership revoked"),
    "professional_email_verified": _("Professional e-mail address verified"),
    "reminder_sent": _("Expiry reminder sent"),
    "data_exported": _("Personal data downloaded"),
    "account_deleted": _("Account deleted"),
    "retention_application_deleted": _("Application deleted under the retention schedule"),
    "retention_application_reduced": _("Application details deleted under the retention schedule"),
}

# The states an entry moves between, in words, per family of actions: the same word means
# different things ("open" is a report waiting for a moderator, or a safe-contact
# conversation waiting for a helper). The longest matching prefix of the action wins;
# "" is the membership's own states. Apps that record other actions add theirs with
# `register_labels()` when they are ready.
STATE_LABELS = {"": dict(Application.State.choices)}
# Codes some families record as the reason (a safe-contact conversation's outcome); any
# other reason is a person's own words and is shown as written.
REASON_LABELS = {}


def register_labels(actions, *, prefix=None, states=None, reasons=None):
    ACTION_LABELS.update(actions)
    if prefix is not None:
        STATE_LABELS.setdefault(prefix, {}).update(states or {})
        REASON_LABELS.setdefault(prefix, {}).update(reasons or {})


def action_label(action):
    return str(ACTION_LABELS.get(action, action.replace("_", " ")))


def state_label(action, value):
    """A recorded state in words. A value that no family knows (the name of the forum a
    topic moved from, say) is shown as it was recorded."""
    return _label_in_family(STATE_LABELS, action, value)


def reason_label(action, value):
    return _label_in_family(REASON_LABELS, action, value)


def _label_in_family(families, action, value):
    if not value:
        return ""
    for prefix in sorted(families, key=len, reverse=True):
        if action.startswith(prefix) and value in families[prefix]:
            return str(families[prefix][value])
    return value


def person_label(user):
    """How the log names a person to moderators: their name and their forum name, the way
    the forum knows them ("Anna Kovács (@anna-k)"); the address is on the entry's page."""
    name = user.get_full_name().strip()
    return f"{name} (@{user.username})" if name else f"@{user.username}"


def describe_user(user):
    if user is None:
        return ""
    name = user.get_full_name()
    return f"{name} <{user.email}>" if name else user.email


def record(*, actor, subject, action, from_state="", to_state="", reason="", target=None):
    """Add an entry to the audit log and return it.

    `actor` is who did it and `subject` whom it concerns (users, or None for the
    system); `target` is the object acted on, kept as content type, primary key
    and a text copy so the entry still reads well after the object is gone.
    """
    entry = AuditEntry(
        actor=actor,
        actor_label=describe_user(actor) if actor else str(_("System")),
        subject=subject,
        subject_label=describe_user(subject),
        action=action,
        from_state=from_state or "",
        to_state=to_state or "",
        reason=str(reason or ""),
    )
    if target is not None:
        entry.target_content_type = ContentType.objects.get_for_model(target)
        entry.target_object_id = str(target.pk)
        entry.target_repr = str(target)[:255]
    entry.save()
    return entry


def pseudonym_for(user):
    """A stable pseudonym: entries about the same deleted person still belong
    together, but nothing in them says who it was."""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"user:{user.pk}".encode(), hashlib.sha256).hexdigest()
    return f"deleted-member-{digest[:10]}"


def pseudonymise(user, *, before=None):
    """Replace `user`'s identity in every entry (or, with `before`, in the entries made
    before that moment) by their pseudonym. This is the only change the log allows,
    made in bulk because `save()` refuses edits."""
    pseudonym = pseudonym_for(user)
    entries = AuditEntry.objects.all() if before is None else AuditEntry.objects.filter(created_at__lt=before)
    user_content_type = ContentType.objects.get_for_model(user)
    entries.filter(target_content_type=user_content_type, target_object_id=str(user.pk)).update(target_repr=pseudonym)
    # An application's text names the applicant, also after it was deleted: the
    # entries about them that point at one are the ones to cover.
    application_type = ContentType.objects.get_for_model(Application)
    application_ids = [str(pk) for pk in Application.objects.filter(user=user).values_list("pk", flat=True)]
    entries.filter(target_content_type=application_type).filter(
        models.Q(subject=user) | models.Q(target_object_id__in=application_ids)
    ).update(target_repr=pseudonym)
    entries.filter(actor=user).update(actor=None, actor_label=pseudonym)
    entries.filter(subject=user).update(subject=None, subject_label=pseudonym)
    return pseudonym
