"""What safe contact writes to the platform's append-only audit log (forum.membership.audit).

Entries name who did what to which conversation (by number, country and language), never
anything that was written in it."""

from django.utils.translation import gettext_lazy as _

from forum.membership.audit import record as _record

ACTION_LABELS = {
    "safe_contact_helper_granted": _("Safe-contact helper role given"),
    "safe_contact_helper_revoked": _("Safe-contact helper role taken away"),
    "safe_contact_read": _("Safe-contact conversation read"),
    "safe_contact_claimed": _("Safe-contact conversation taken on"),
    "safe_contact_answered": _("Safe-contact answer sent"),
    "safe_contact_note": _("Safe-contact internal note added"),
    "safe_contact_handed_over": _("Safe-contact conversation handed over to another country"),
    "safe_contact_closed": _("Safe-contact conversation closed"),
    "safe_contact_abuse": _("Safe-contact conversation marked as abuse"),
    "safe_contact_escalated": _("Unclaimed safe-contact conversation escalated to moderators"),
    "safe_contact_returned_to_helpers": _("Escalated safe-contact conversation returned to the country's helpers"),
    "safe_contact_deleted": _("Safe-contact conversation deleted under the retention schedule"),
}


def record(*, actor, action, conversation=None, from_state="", to_state="", reason="", subject=None):
    return _record(
        actor=actor,
        subject=subject,
        action=action,
        from_state=from_state,
        to_state=to_state,
        reason=reason,
        target=conversation,
    )
