"""CSP nonces for the inline scripts of Wagtail's and wagtail-localize's admin templates
(home/csp.py explains why the admin needs them and the public site does not)."""

from django import template

from home.csp import current_nonce, with_nonce

register = template.Library()


@register.simple_tag
def csp_nonce():
    """The nonce, also where no request is in the context (form widgets render without one)."""
    return current_nonce()


@register.filter
def nonce_inline_scripts(html):
    """For blocks that a template writes itself: text from users must never pass through it."""
    return with_nonce(html)
