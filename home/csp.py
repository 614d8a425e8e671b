"""The Content Security Policy: one policy for the site, a slightly wider one for the Wagtail admin.

The public site runs no inline script at all, so its script-src is 'self' alone. Wagtail's admin
still writes a few inline scripts (date pickers, inline panels, wagtail-localize's editor); the
project's copies of those templates carry a per-request nonce, and the admin policy adds it. Some
of those scripts are rendered by form widgets, which never see the request: the middleware makes
the nonce reachable through a context variable for the `{% csp_nonce %}` tag.
"""

import re
from contextvars import ContextVar
from functools import cache, wraps

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.urls import reverse
from django.utils.safestring import mark_safe

DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "media-src": [SELF],
    "frame-src": [SELF],
    "frame-ancestors": [NONE],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
}

# The admin needs its nonce for inline scripts, style attributes (Wagtail sets them on many
# widgets), blob: images for upload previews, and to frame its own pages for the live preview.
ADMIN_UPDATE = {"script-src": [NONCE], "style-src": [UNSAFE_INLINE], "img-src": ["blob:"]}
ADMIN_REPLACE = {"frame-ancestors": [SELF]}

_current_request = ContextVar("csp_request", default=None)


def current_nonce():
    """This request's nonce, generating it (and so adding it to the policy) on first use."""
    request = _current_request.get()
    nonce = getattr(request, "csp_nonce", None)
    return str(nonce) if nonce is not None else ""


def with_nonce(html):
    """Give this request's nonce to every inline <script> of a piece of HTML that Wagtail's own
    code or templates wrote. Never for text from users: it would let their scripts run."""
    return mark_safe(INLINE_SCRIPT.sub(f'<script nonce="{current_nonce()}"', str(html)))


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\b(?:src|nonce)=)", re.IGNORECASE)


def add_nonce_to_wagtail_choosers():
    """Wagtail's choosers (page, image, document, snippet) write their set-up script inline in
    Python (BaseChooser.render), with no template to override: give their output the nonce."""
    from wagtail.admin.widgets.chooser import BaseChooser

    render = BaseChooser.render

    @wraps(render)
    def render_with_nonce(self, *args, **kwargs):
        return with_nonce(render(self, *args, **kwargs))

    BaseChooser.render = render_with_nonce


@cache
def admin_prefix():
    return reverse("wagtailadmin_home")


def is_admin_path(path):
    return path.startswith(admin_prefix())


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_request(self, request):
        super().process_request(request)
        request._csp_context_token = _current_request.set(request)

    def process_response(self, request, response):
        response = super().process_response(request, response)
        token = getattr(request, "_csp_context_token", None)
        if token is not None:
            _current_request.reset(token)
            del request._csp_context_token
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if is_admin_path(request.path_info):
            parts.update = {**ADMIN_UPDATE, **(parts.update or {})}
            parts.replace = {**ADMIN_REPLACE, **(parts.replace or {})}
        elif getattr(request, "is_dummy", False):
            # Wagtail's preview renders the public page through the middleware with a made-up
            # request for the page's own address; the admin shows the result in a frame.
            parts.replace = {**ADMIN_REPLACE, **(parts.replace or {})}
        return parts
