"""Multi-factor authentication is required for the people who run the platform.

Staff, superusers, editors and moderators who have not set up an authenticator
app are sent to the set-up page whenever they ask for a protected path (the
Wagtail admin, moderation tools). The check is made on every request, so a
direct URL is no way round it, and because Wagtail's own login page redirects
to allauth's, a password alone never opens the admin.
"""

import re

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from accounts.mfa import has_mfa, mfa_required_for


class RequireMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.protected = [re.compile(pattern) for pattern in getattr(settings, "MFA_REQUIRED_PATHS", [])]

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and any(pattern.match(request.path_info) for pattern in self.protected)
            and mfa_required_for(user)
            and not has_mfa(user)
        ):
            messages.warning(
                request,
                _(
                    "Your role requires two-factor authentication. Set up an authenticator app "
                    "before you open the administration or moderation tools."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
