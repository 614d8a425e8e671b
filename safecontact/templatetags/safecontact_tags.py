from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.mfa import mfa_required_for
from forum.membership.access import is_moderator

from .. import access
from ..models import Conversation

register = template.Library()


@register.simple_tag(takes_context=True)
def helper_inbox_link(context):
    """The header's link to the helper inbox, with how many conversations wait: for helpers, the
    unclaimed ones of their countries and languages and their own ones in which the person wrote
    last; for moderators, also every escalated one. Empty for everyone else."""
    user = getattr(context.get("request"), "user", None)
    # Helpers and moderators hold privileged roles (accounts.mfa), a check already made and cached
    # for this request: for every other member the header costs no query here.
    if user is None or not user.is_authenticated or not mfa_required_for(user) or not access.may_use_inbox(user):
        return ""
    count = access.waiting_count(user)
    if is_moderator(user):
        count += Conversation.objects.filter(state=Conversation.State.OPEN, escalated_at__isnull=False).count()
    waiting = ngettext("%(count)s waiting", "%(count)s waiting", count) % {"count": count}
    return format_html(
        '<li><a href="{}" class="helper-inbox-link">{} <span class="helper-inbox-link__count">({})</span></a></li>',
        reverse("safecontact:inbox"),
        _("Helper inbox"),
        waiting,
    )
