"""Two-factor authentication is a property of the role, not of an address.

For a user whose rights require it (`accounts.mfa.mfa_required_for`), a session
counts as signed in only once they have an authenticator app and have used it in
this session. Until then every request is served as if they were not signed in,
except the few pages that lead to a second factor (setting up the app, entering
a code) and signing out: public pages work as for any visitor, and a page that
would ask a visitor to sign in (or refuse them) sends them to the set-up page, or
to enter a code, instead. A new view is covered without being listed anywhere.

A session that used a second factor whose app has since been removed (or
replaced) is ended, so taking 2FA away from an account signs its privileged
sessions out.
"""

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.mfa import mfa_required_for, session_state

# The pages a privileged user may use before their session has a second factor.
SECOND_FACTOR_URL_NAMES = frozenset(
    {
        "account_logout",
        "account_reauthenticate",
        "mfa_activate_totp",
        "mfa_authenticate",
        "mfa_reauthenticate",
    }
)


def _url_name(request):
    try:
        return resolve(request.path_info).url_name
    except Resolver404:
        return None


def _login_paths():
    paths = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.add(reverse("account_login"))
    return paths


def _asks_to_sign_in(response):
    if response.status_code == 403:
        return True
    if response.status_code in (301, 302, 303, 307, 308):
        return urlsplit(response.get("Location", "")).path in _login_paths()
    return False


def _serve_as_visitor(request):
    anonymous = AnonymousUser()
    request.user = anonymous

    async def auser():
        return anonymous

    request.auser = auser


class RequireMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not mfa_required_for(user):
            return self.get_response(request)
        state = session_state(request, user)
        if state == "verified":
            return self.get_response(request)
        if state == "revoked":
            logout(request)
            messages.warning(
                request,
                _("Two-factor authentication was removed from your account, so you were signed out. Sign in again."),
            )
            return self.get_response(request)
        if _url_name(request) in SECOND_FACTOR_URL_NAMES:
            return self.get_response(request)
        _serve_as_visitor(request)
        response = self.get_response(request)
        if not _asks_to_sign_in(response):
            return response
        if state == "missing":
            messages.warning(
                request,
                _(
                    "Your role requires two-factor authentication. Set up an authenticator app "
                    "to use your account beyond the public pages."
                ),
            )
            return HttpResponseRedirect(reverse("mfa_activate_totp"))
        messages.warning(
            request,
            _("Your role requires two-factor authentication. Enter a code from your authenticator app to go on."),
        )
        return HttpResponseRedirect(f"{reverse('mfa_reauthenticate')}?{urlencode({'next': request.get_full_path()})}")
