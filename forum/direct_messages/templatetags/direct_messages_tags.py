from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .. import access

register = template.Library()


@register.simple_tag(takes_context=True)
def direct_messages_link(context):
    """The header's link to the member's messages, with how many conversations are unread.
    Empty for anyone who may not use direct messages."""
    user = getattr(context.get("request"), "user", None)
    allowed, count = access.header_state(user)
    if not allowed:
        return ""
    unread = ngettext("%(count)s unread", "%(count)s unread", count) % {"count": count}
    return format_html(
        '<li><a href="{}" class="messages-link">{} <span class="messages-link__count">({})</span></a></li>',
        reverse("direct_messages:inbox"),
        _("Messages"),
        unread,
    )


@register.simple_tag(takes_context=True)
def may_send_messages(context):
    """Whether the reader may write direct messages (for links from posts and profiles)."""
    user = getattr(context.get("request"), "user", None)
    return user is not None and access.may_use(user)


@register.filter
def message_language(message):
    """The language a message is written in, for its `lang` attribute."""
    from forum.community.written_language import writer_language

    return message.language or writer_language(message.sender)
