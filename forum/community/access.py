"""Who may do what in the forum, in one place.

Vetted status and moderator status come from forum.membership (group membership is
the source of truth there); forum-level rights come from machina's permission
handler, so that every listing and check agrees with machina's own views.
"""

from django.conf import settings
from machina.core.db.models import get_model
from machina.core.loading import get_class

from forum.membership import access as membership_access
from forum.membership import audit

Forum = get_model("forum", "Forum")
PermissionHandler = get_class("forum_permission.handler", "PermissionHandler")


def is_vetted(user):
    return membership_access.is_vetted(user)


def is_moderator(user):
    return membership_access.is_moderator(user)


def can_see_member_profiles(user):
    return is_vetted(user) or is_moderator(user) or bool(user and user.is_authenticated and user.is_superuser)


def readable_forums(user, handler=None):
    handler = handler or PermissionHandler()
    return handler.get_readable_forums(Forum.objects.all(), user)


def is_public_forum(forum):
    """True when anonymous visitors may read `forum`: only then may its text leave the site."""
    from django.contrib.auth.models import AnonymousUser

    return PermissionHandler().can_read_forum(forum, AnonymousUser())


def moderators():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(is_active=True, groups__name=settings.MODERATORS_GROUP).distinct()


def record(**kwargs):
    """Write to the audit log shared with vetting decisions."""
    return audit.record(**kwargs)
