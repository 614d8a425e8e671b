"""Test helpers for two-factor authentication: an authenticator app, and a session that used it.

Staff, editors and moderators count as signed in only when their session used a second
factor (accounts/middleware.py); `client.force_login` alone makes a password-only session.
"""

from types import SimpleNamespace

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator

SECRET = "JBSWY3DPEHPK3PXP"


def give_mfa(user):
    """An authenticator app for `user` (the known test secret)."""
    return Authenticator.objects.get_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": SECRET}}
    )[0]


def force_login_with_2fa(client, user):
    """Sign `user` in as if they had typed their password and a code from their app."""
    authenticator = give_mfa(user)
    client.force_login(user)
    session = client.session
    request = SimpleNamespace(session=session, user=user)
    record_authentication(request, user, "password", email=user.email)
    record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)
    session.save()
    return client
