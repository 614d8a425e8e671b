"""A member's own data: what they can download, and how an account is deleted."""

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from .audit import pseudonym_for, pseudonymise, record
from .models import Application, AuditEntry

APPLICATION_FIELDS = [
    "state",
    "full_name",
    "organisation_name",
    "organisation_website",
    "role",
    "sector",
    "country",
    "professional_email",
    "professional_email_verified_at",
    "referee_kind",
    "referee_member_email",
    "referee_name",
    "referee_email",
    "motivation",
    "create_directory_entry",
    "code_of_conduct_version",
    "privacy_notice_version",
    "terms_accepted_at",
    "moderator_message",
    "submitted_at",
    "decided_at",
    "valid_from",
    "valid_until",
    "reconfirmation_requested_at",
    "created_at",
    "updated_at",
]


def _value(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def export_user_data(user):
    """Everything stored about `user` by accounts and vetting, as JSON-ready data.

    Audit entries about the member are included; who made a decision is given
    as a role, not a name, because the moderator's identity is someone else's
    personal data."""
    data = {
        "generated_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "preferred_language": user.preferred_language,
            "date_joined": _value(user.date_joined),
            "last_login": _value(user.last_login),
            "groups": sorted(user.groups.values_list("name", flat=True)),
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in EmailAddress.objects.filter(user=user).order_by("email")
            ],
        },
        "application": None,
        "audit_entries": [],
    }
    application = Application.objects.filter(user=user).first()
    if application is not None:
        data["application"] = {name: _value(getattr(application, name)) for name in APPLICATION_FIELDS}
        organisation = getattr(application, "organisation", None)
        data["application"]["organisation"] = str(organisation) if organisation else None
    for entry in AuditEntry.objects.filter(subject=user).order_by("created_at", "pk"):
        data["audit_entries"].append(
            {
                "when": entry.created_at.isoformat(),
                "action": entry.action,
                "description": entry.action_display,
                "by": "you" if entry.actor_id == user.pk else ("system" if entry.actor_id is None else "moderator"),
                "from_state": entry.from_state,
                "to_state": entry.to_state,
                "reason": entry.reason,
            }
        )
    return data


@transaction.atomic
def delete_account(user):
    """Delete `user` for good. The audit trail stays, with the identity replaced
    by a pseudonym; the deletion itself is the last entry about them."""
    pseudonym = pseudonymise(user)
    application = Application.objects.filter(user=user).first()
    entry = record(actor=None, subject=None, action="account_deleted", target=application)
    AuditEntry.objects.filter(pk=entry.pk).update(
        subject_label=pseudonym, actor_label=pseudonym, target_repr=pseudonym
    )
    if application is not None:
        application.delete()
    user.delete()
    return pseudonym


__all__ = ["delete_account", "export_user_data", "pseudonym_for"]
