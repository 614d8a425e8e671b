"""Who must use multi-factor authentication, and who has set it up."""

from allauth.mfa.models import Authenticator
from django.conf import settings


def mfa_required_for(user):
    """People with power over content or members: staff, superusers, editors, moderators."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    return user.groups.filter(name__in=[settings.EDITORS_GROUP, settings.MODERATORS_GROUP]).exists()


def has_mfa(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
