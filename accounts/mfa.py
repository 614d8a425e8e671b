"""Who must use two-factor authentication, and whether this session has.

Privilege is read from the user's rights, never from the address they ask for:
staff, superusers, editors and moderators, anyone holding a Django permission
beyond what a vetted member holds (vetting, moderation, the admin, …), anyone
holding one of machina's moderation permissions in any forum, and safe-contact helpers
(they read what people at risk write). Such a user counts
as signed in (`accounts.middleware.RequireMFAMiddleware`) only once they have an
authenticator app and have used it in this session.
"""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.db.models import Q

# Django permissions that ordinary vetted members hold (through their group): they
# confer no power over content or people, so they alone never require 2FA.
MEMBER_PERMISSIONS = frozenset({"directory.view_expert_contact_details"})

# Machina's own grouping of its permissions: the "moderation" scope (lock, move,
# edit and delete others' posts, approve posts, post in locked topics).
MACHINA_MODERATION_SCOPE = "moderation"


def machina_moderation_codenames():
    from machina.core.loading import get_class

    config = get_class("forum_permission.defaults", "PermissionConfig")
    return [p["codename"] for p in config.permissions if p["scope"] == MACHINA_MODERATION_SCOPE]


def holds_forum_moderation_permission(user):
    """True when machina grants `user` any moderation permission, in any forum or globally."""
    from machina.core.db.models import get_model

    UserForumPermission = get_model("forum_permission", "UserForumPermission")
    GroupForumPermission = get_model("forum_permission", "GroupForumPermission")
    codenames = machina_moderation_codenames()
    granted = {"has_perm": True, "permission__codename__in": codenames}
    return (
        UserForumPermission.objects.filter(Q(user=user) | Q(authenticated_user=True), **granted).exists()
        or GroupForumPermission.objects.filter(group__user=user, **granted).exists()
    )


def _is_privileged(user):
    if user.is_staff or user.is_superuser:
        return True
    if user.groups.filter(name__in=[settings.EDITORS_GROUP, settings.MODERATORS_GROUP]).exists():
        return True
    if set(user.get_all_permissions()) - MEMBER_PERMISSIONS:
        return True
    from safecontact.access import holds_helper_role

    if holds_helper_role(user):
        return True
    return holds_forum_moderation_permission(user)


def mfa_required_for(user):
    """People with power over content or members must use two-factor authentication."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    # Cached on the user object: several checks may ask within one request.
    cached = getattr(user, "_mfa_required", None)
    if cached is None:
        cached = user._mfa_required = _shared_privilege(user)
    return cached


def _shared_privilege(user):
    """_is_privileged(user) (five queries on every signed-in request), kept in the shared cache
    under this user's own key only. Any change of groups, permissions, forum permissions or
    helper roles renews the whole scope at once (forum.community.caching), and the key carries
    is_staff and is_superuser, so a new right asks for the second factor on the very next request."""
    from home.caching import FORUM, cached

    key = f"mfa-privileged:{user.pk}:{int(user.is_staff)}:{int(user.is_superuser)}"
    return cached(FORUM, key, lambda: _is_privileged(user))


def totp_authenticator(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()


def has_mfa(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def second_factor_records(request, user):
    """allauth's records of this session's authentications with a second factor."""
    return [record for record in get_authentication_records(request, user) if record.get("method") == "mfa"]


def session_state(request, user):
    """How this session stands with two-factor authentication:

    - "verified": the user has an authenticator app and used a second factor in this
      session after setting that app up;
    - "revoked": this session used a second factor once, but the app it was used
      with is gone (removed, or replaced by a new one): the session must end;
    - "missing": no authenticator app at all; "unused": an app, but not used in this session.
    """
    records = second_factor_records(request, user)
    authenticator = totp_authenticator(user)
    if authenticator is None:
        return "revoked" if records else "missing"
    set_up_at = authenticator.created_at.timestamp()
    if any(record.get("at", 0) >= set_up_at for record in records):
        return "verified"
    return "revoked" if records else "unused"


def record_new_authenticator(sender, request, user, authenticator, **kwargs):
    """allauth's `authenticator_added`: setting up an app means typing a code from it, so the
    new app counts as used in this session (no second code right after the first)."""
    from allauth.account.internal.flows.login import record_authentication

    if authenticator.type == Authenticator.Type.TOTP and request is not None and hasattr(request, "session"):
        record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)
