"""Everything that changes a safe-contact conversation, each step in the audit log.

Views call these functions and nothing else writes a conversation. Helpers are e-mailed
(without any content, tasks.py) after the transaction commits.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from forum.membership.access import is_moderator

from . import access, codes
from .audit import record
from .models import Conversation, Entry


class SafeContactError(ValidationError):
    """A step the conversation's state does not allow."""


def _notify(kind, conversation_id):
    from .tasks import notify

    transaction.on_commit(lambda: notify.enqueue(kind, conversation_id))


# The person ---------------------------------------------------------------------------


def start(*, country, language, body, contact_details=""):
    """A new conversation. Returns it and the receipt code, which exists nowhere else."""
    code = codes.new_code()
    now = timezone.now()
    with transaction.atomic():
        conversation = Conversation.objects.create(
            selector=codes.selector(code),
            code_hash=codes.hash_code(code),
            country=country,
            language=language,
            contact_details=contact_details.strip(),
            created_at=now,
            routed_at=now,
            last_activity_at=now,
        )
        Entry.objects.create(conversation=conversation, kind=Entry.Kind.PERSON, body=body, created_at=now)
        _notify("new", conversation.pk)
    return conversation, code


def find(typed_code):
    """The conversation this code opens, or None; as slow for a wrong code as for a right one."""
    code = codes.normalise(typed_code)
    if code is None:
        codes.waste_time(typed_code[:64] if typed_code else "")
        return None
    checked = False
    for conversation in Conversation.objects.filter(selector=codes.selector(code)):
        checked = True
        if codes.matches(code, conversation.code_hash):
            return conversation
    if not checked:
        codes.waste_time(code)
    return None


def person_writes(conversation, body):
    """The person writes again. A closed conversation opens again (not one closed as abuse)."""
    if conversation.outcome == Conversation.Outcome.ABUSE:
        return None
    now = timezone.now()
    with transaction.atomic():
        entry = Entry.objects.create(conversation=conversation, kind=Entry.Kind.PERSON, body=body, created_at=now)
        conversation.awaiting_helper = True
        conversation.last_activity_at = now
        if conversation.state == Conversation.State.CLOSED:
            conversation.state = Conversation.State.CLAIMED if conversation.claimed_by_id else Conversation.State.OPEN
            conversation.outcome = ""
            conversation.closed_at = conversation.closed_by = None
            conversation.referred_to = None
            conversation.routed_at = now
            conversation.escalated_at = None
        conversation.save()
        _notify("person_wrote" if conversation.claimed_by_id else "new", conversation.pk)
    return entry


# Helpers ------------------------------------------------------------------------------


def _require_helper(user, conversation):
    if not access.may_answer(user, conversation):
        raise PermissionDenied


def _require_open(conversation):
    if conversation.is_closed:
        raise SafeContactError(_("This conversation is closed."))


def record_read(conversation, user):
    record(actor=user, action="safe_contact_read", conversation=conversation)


def claim(conversation, helper):
    _require_helper(helper, conversation)
    _require_open(conversation)
    if conversation.state == Conversation.State.CLAIMED and conversation.claimed_by_id != helper.pk:
        raise SafeContactError(_("Another helper has already taken on this conversation."))
    from_state = conversation.state
    with transaction.atomic():
        conversation.state = Conversation.State.CLAIMED
        conversation.claimed_by = helper
        conversation.claimed_at = timezone.now()
        conversation.save()
        record(actor=helper, action="safe_contact_claimed", conversation=conversation, from_state=from_state,
               to_state=conversation.state)  # fmt: skip


def _require_claimed_by(conversation, helper):
    _require_helper(helper, conversation)
    _require_open(conversation)
    if conversation.claimed_by_id != helper.pk:
        raise SafeContactError(_("Take on the conversation before you answer it."))


def answer(conversation, helper, body):
    _require_claimed_by(conversation, helper)
    now = timezone.now()
    with transaction.atomic():
        Entry.objects.create(conversation=conversation, kind=Entry.Kind.ANSWER, author=helper, body=body,
                             created_at=now)  # fmt: skip
        conversation.awaiting_helper = False
        conversation.last_activity_at = now
        conversation.save()
        record(actor=helper, action="safe_contact_answered", conversation=conversation)


def add_note(conversation, helper, body):
    _require_helper(helper, conversation)
    with transaction.atomic():
        Entry.objects.create(conversation=conversation, kind=Entry.Kind.NOTE, author=helper, body=body)
        record(actor=helper, action="safe_contact_note", conversation=conversation)


def hand_over(conversation, helper, to_country, note=""):
    """The transnational referral: the conversation waits for a helper of `to_country` in the same
    language; the person keeps their code and reads every answer, old and new."""
    _require_helper(helper, conversation)
    _require_open(conversation)
    if to_country == conversation.country:
        raise SafeContactError(_("Choose a country other than the conversation's own."))
    from_country, from_state = conversation.country, conversation.state
    now = timezone.now()
    with transaction.atomic():
        Entry.objects.create(conversation=conversation, kind=Entry.Kind.HANDOVER, author=helper, body=note.strip(),
                             from_country=from_country, to_country=to_country, created_at=now)  # fmt: skip
        conversation.country = to_country
        conversation.state = Conversation.State.OPEN
        conversation.claimed_by = None
        conversation.claimed_at = None
        conversation.routed_at = now
        conversation.last_activity_at = now
        conversation.escalated_at = None
        conversation.save()
        record(actor=helper, action="safe_contact_handed_over", conversation=conversation, from_state=from_state,
               to_state=conversation.state, reason=f"{from_country} → {to_country}")  # fmt: skip
        _notify("new", conversation.pk)


def close(conversation, helper, outcome, referred_to=None):
    _require_helper(helper, conversation)
    _require_open(conversation)
    if outcome not in Conversation.Outcome.values or outcome == Conversation.Outcome.ABUSE:
        raise SafeContactError(_("Choose an outcome."))
    if outcome == Conversation.Outcome.REFERRED and referred_to is None:
        raise SafeContactError(_("Choose the organisation you referred the person to."))
    _close(conversation, helper, outcome, referred_to if outcome == Conversation.Outcome.REFERRED else None,
           "safe_contact_closed")  # fmt: skip


def _moderator_note(conversation, moderator, note):
    """A moderator's optional words on a decision: an internal note in the conversation (encrypted,
    read by its helpers, deleted with it), never in the audit log or an e-mail."""
    if note and note.strip():
        Entry.objects.create(conversation=conversation, kind=Entry.Kind.NOTE, author=moderator, body=note.strip())


def mark_abuse(conversation, moderator, note=""):
    if not is_moderator(moderator):
        raise PermissionDenied
    with transaction.atomic():
        _moderator_note(conversation, moderator, note)
        _close(conversation, moderator, Conversation.Outcome.ABUSE, None, "safe_contact_abuse")


def return_to_helpers(conversation, moderator, note=""):
    """An escalated conversation goes back to its country's helpers: it waits from now on (so it
    escalates again if nobody takes it on in time) and they are told again, as for a new one."""
    if not is_moderator(moderator):
        raise PermissionDenied
    if conversation.state != Conversation.State.OPEN or conversation.escalated_at is None:
        raise SafeContactError(_("This conversation is no longer waiting for the moderators."))
    now = timezone.now()
    with transaction.atomic():
        _moderator_note(conversation, moderator, note)
        conversation.routed_at = now
        conversation.escalated_at = None
        conversation.save(update_fields=["routed_at", "escalated_at"])
        record(actor=moderator, action="safe_contact_returned_to_helpers", conversation=conversation,
               from_state=conversation.state, to_state=conversation.state)  # fmt: skip
        _notify("new", conversation.pk)


def _close(conversation, user, outcome, referred_to, action):
    from_state = conversation.state
    now = timezone.now()
    with transaction.atomic():
        conversation.state = Conversation.State.CLOSED
        conversation.outcome = outcome
        conversation.referred_to = referred_to
        conversation.closed_at = now
        conversation.closed_by = user
        conversation.awaiting_helper = False
        conversation.last_activity_at = now
        conversation.save()
        record(actor=user, action=action, conversation=conversation, from_state=from_state,
               to_state=conversation.state, reason=outcome)  # fmt: skip


# The daily job -----------------------------------------------------------------------


def escalate_unclaimed(now=None):
    """Conversations nobody took on within SAFE_CONTACT_ESCALATE_AFTER_HOURS go to the country's moderators."""
    now = now or timezone.now()
    limit = now - timedelta(hours=settings.SAFE_CONTACT_ESCALATE_AFTER_HOURS)
    waiting = Conversation.objects.filter(
        state=Conversation.State.OPEN, routed_at__lte=limit, escalated_at__isnull=True
    )
    count = 0
    for conversation in waiting:
        with transaction.atomic():
            conversation.escalated_at = now
            conversation.save(update_fields=["escalated_at"])
            record(actor=None, action="safe_contact_escalated", conversation=conversation)
            _notify("escalated", conversation.pk)
        count += 1
    return count


def expired_conversations(now=None):
    """Closed conversations SAFE_CONTACT_RETENTION_DAYS after closing; unclaimed and abandoned ones
    as long after anyone last wrote in them."""
    now = now or timezone.now()
    limit = now - timedelta(days=settings.SAFE_CONTACT_RETENTION_DAYS)
    closed = Conversation.objects.filter(state=Conversation.State.CLOSED, closed_at__lte=limit)
    inactive = Conversation.objects.active().filter(last_activity_at__lte=limit)
    return closed | inactive


def apply_retention(now=None, dry_run=False):
    expired = list(expired_conversations(now))
    if dry_run:
        return len(expired)
    for conversation in expired:
        with transaction.atomic():
            # The log keeps that it happened, and the conversation's number: nothing of its content.
            record(actor=None, action="safe_contact_deleted", conversation=conversation,
                   from_state=conversation.state, reason=conversation.outcome)  # fmt: skip
            conversation.delete()
    return len(expired)


def rotate_keys():
    """Re-encrypt every stored text with the first key of SAFE_CONTACT_KEYS."""
    from django.db import connection

    from .crypto import rotate

    count = 0
    with transaction.atomic():
        for model, field in ((Conversation, "contact_details"), (Entry, "body")):
            table, column = model._meta.db_table, model._meta.get_field(field).column
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT id, {column} FROM {table} WHERE {column} <> ''")  # noqa: S608
                rows = cursor.fetchall()
                for pk, token in rows:
                    cursor.execute(f"UPDATE {table} SET {column} = %s WHERE id = %s", [rotate(token), pk])  # noqa: S608
                    count += 1
    return count
