"""Rendering of text that members write: forum posts, profiles, application messages.

Markdown is turned into HTML and the result is cleaned with nh3 against an
allow-list. markdown2's own `safe_mode` is not relied on: it has a long record
of bypasses. Whatever the Markdown library emits, only the tags, attributes and
URL schemes below survive.
"""

import markdown2
import nh3
from django.utils.safestring import mark_safe

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h3", "h4", "h5", "h6",
    "hr", "i", "li", "ol", "p", "pre", "strong", "sub", "sup", "table", "tbody", "td",
    "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "td": {"align"},
    "th": {"align"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def sanitize_html(html):
    """Return `html` reduced to the allow-list, with links made safe to follow."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    )


def render_user_text(text):
    """Markdown written by a member, as HTML safe to put in a page."""
    html = markdown2.markdown(text or "", extras=["fenced-code-blocks", "tables", "strike", "break-on-newline"])
    return mark_safe(sanitize_html(html))


def render_forum_markup(text, **kwargs):
    """The renderer behind MACHINA_MARKUP_LANGUAGE: machina stores what this returns
    next to the raw Markdown of every post and signature."""
    return str(render_user_text(text))
