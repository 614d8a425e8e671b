"""Who is a vetted member and who is a moderator.

Membership of the "Vetted professionals" group is what the forum grants its
permissions to, so the group must always follow the application's state:
`sync_vetted_group` is called by every transition.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.utils import timezone


def vetted_group():
    return Group.objects.get_or_create(name=settings.VETTED_GROUP)[0]


def is_vetted(user):
    """An active account in the vetted group with a current membership that is
    approved, not expired and not suspended."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    from .models import Application

    return Application.objects.filter(
        user=user,
        state=Application.State.APPROVED,
        valid_until__gt=timezone.now(),
        user__groups__name=settings.VETTED_GROUP,
    ).exists()


def is_moderator(user):
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    from forum.community.caching import group_id_named, user_group_ids

    group_id = group_id_named(settings.MODERATORS_GROUP)
    return group_id is not None and group_id in user_group_ids(user)


def sync_vetted_group(user, application=None):
    """Put `user` in the vetted group if and only if their membership grants access."""
    if application is None:
        application = getattr(user, "membership_application", None)
    group = vetted_group()
    if application is not None and application.grants_access:
        user.groups.add(group)
    else:
        user.groups.remove(group)
