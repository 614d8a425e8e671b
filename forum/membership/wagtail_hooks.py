"""Membership vetting in the Wagtail admin: a "Membership" menu for moderators
with the queue, the members, and the audit log (read-only, CSV export)."""

import django_filters
from django.contrib.auth import get_user_model
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.permission_policies.base import BasePermissionPolicy

from home.spreadsheets import FormulaSafeModelViewSet

from . import admin_views
from .access import is_moderator
from .models import AuditEntry


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_moderator(request.user)


class AuditLogPermissionPolicy(BasePermissionPolicy):
    """Moderators may read and export the log. Nobody, superusers included,
    may add, change or delete entries through the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and is_moderator(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        from django.conf import settings
        from django.db.models import Q

        User = get_user_model()
        if "view" not in actions:
            return User.objects.none()
        return User.objects.filter(
            Q(is_superuser=True) | Q(groups__name=settings.MODERATORS_GROUP), is_active=True
        ).distinct()

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return AuditEntry.objects.all()
        return AuditEntry.objects.none()


class AuditEntryFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(label=_("When"), widget=DateRangePickerWidget)
    action = django_filters.CharFilter(label=_("What"), lookup_expr="iexact")
    subject_label = django_filters.CharFilter(label=_("About"), lookup_expr="icontains")
    actor_label = django_filters.CharFilter(label=_("Who"), lookup_expr="icontains")

    class Meta:
        model = AuditEntry
        fields = ["created_at", "action", "subject_label", "actor_label"]


class AuditEntryViewSet(FormulaSafeModelViewSet):
    model = AuditEntry
    icon = "list-ul"
    menu_label = _("Audit log")
    name = "membership_audit"
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["reason"]  # required by ModelViewSet; the policy forbids every edit
    list_display = ["created_at", "actor_label", "action_display", "subject_label", "from_state", "to_state", "reason"]
    list_export = [
        "created_at",
        "actor_label",
        "action",
        "subject_label",
        "from_state",
        "to_state",
        "reason",
        "target_repr",
    ]
    export_headings = {
        "created_at": _("When"),
        "actor_label": _("Who"),
        "action": _("What"),
        "subject_label": _("About"),
        "from_state": _("From state"),
        "to_state": _("To state"),
        "reason": _("Reason"),
        "target_repr": _("Object"),
    }
    export_filename = "ravot-eur-audit-log"
    filterset_class = AuditEntryFilterSet
    ordering = ["-created_at", "-pk"]
    list_per_page = 50
    search_fields = ["actor_label", "subject_label", "action", "reason"]
    search_backend_name = None

    @property
    def permission_policy(self):
        return AuditLogPermissionPolicy(AuditEntry)


audit_viewset = AuditEntryViewSet()


@hooks.register("register_admin_viewset")
def register_audit_viewset():
    return audit_viewset


@hooks.register("register_admin_urls")
def register_membership_admin_urls():
    urls = [
        path("", admin_views.QueueView.as_view(), name="queue"),
        path("members/", admin_views.MembersView.as_view(), name="members"),
        path("<int:pk>/", admin_views.ApplicationDetailView.as_view(), name="detail"),
    ]
    return [path("membership/", include((urls, "membership_admin"), namespace="membership_admin"))]


@hooks.register("register_admin_menu_item")
def register_membership_menu():
    menu = Menu(
        items=[
            # Applications are decided in the one review queue (forum.review), with posts and reports.
            ModeratorMenuItem(
                _("Applications queue"), reverse("review:queue") + "?kind=application", icon_name="tasks", order=100
            ),
            ModeratorMenuItem(_("Members"), reverse("membership_admin:members"), icon_name="group", order=200),
            ModeratorMenuItem(
                _("Audit log"), reverse(audit_viewset.get_url_name("index")), icon_name="list-ul", order=300
            ),
        ]
    )
    return SubmenuMenuItem(_("Membership"), menu, icon_name="group", name="membership", order=250)
