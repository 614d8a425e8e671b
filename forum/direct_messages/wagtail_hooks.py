"""Reported direct messages, for moderators, in the Wagtail admin next to the forum's rules.

The reported message itself is read on the forum side (direct_messages:report_detail), where
the moderator decides; the admin lists the reports and their state. Note for the unified review
queue (forum/membership): `MessageReport` with status "open" is what waits here."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from forum.community.wagtail_hooks import ModeratorsPermissionPolicy

from .models import MessageReport


class MessageLinkColumn(Column):
    def get_value(self, instance):
        return format_html(
            '<a href="{}">{}</a>', reverse("direct_messages:report_detail", args=[instance.pk]), _("Read and decide")
        )


class MessageReportViewSet(ModelViewSet):
    model = MessageReport
    icon = "warning"
    menu_label = _("Reported direct messages")
    menu_name = "reported_direct_messages"
    name = "reported_direct_messages"
    add_to_admin_menu = True
    menu_order = 261
    form_fields = ["status", "moderator_note"]
    list_display = ["created_at", "status", "handled_at", MessageLinkColumn("message", label=_("message"))]
    list_filter = ["status"]
    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None

    @property
    def permission_policy(self):
        return ModeratorsPermissionPolicy(MessageReport)


@hooks.register("register_admin_viewset")
def register_message_reports():
    return MessageReportViewSet()
