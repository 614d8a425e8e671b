"""Membership vetting in the Wagtail admin: a "Membership" menu for moderators
with the queue, the members, and the audit log (read-only, CSV export)."""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import InspectView
from wagtail.permission_policies.base import BasePermissionPolicy

from home.spreadsheets import FormulaSafeModelIndexView, FormulaSafeModelViewSet

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


def _action_choices():
    from .audit import ACTION_LABELS

    return sorted(((action, str(label)) for action, label in ACTION_LABELS.items()), key=lambda choice: choice[1])


class AuditEntryFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(label=_("When"), widget=DateRangePickerWidget)
    action = django_filters.ChoiceFilter(label=_("What"), choices=_action_choices, empty_label=_("Everything"))
    actor = django_filters.CharFilter(
        label=_("Who"), method="filter_person", help_text=_("Name, forum name or e-mail address")
    )
    subject = django_filters.CharFilter(
        label=_("About"), method="filter_person", help_text=_("Name, forum name or e-mail address")
    )

    class Meta:
        model = AuditEntry
        fields = ["created_at", "action", "actor", "subject"]

    def filter_person(self, queryset, name, value):
        """`name` is "actor" or "subject": the label recorded then (which keeps the
        names of deleted people's pseudonyms) or the person's account now."""
        value = value.strip().lstrip("@")
        if not value:
            return queryset
        words = Q()
        for field in ("username", "email", "first_name", "last_name"):
            words |= Q(**{f"{name}__{field}__icontains": value})
        return queryset.filter(words | Q(**{f"{name}_label__icontains": value}))


class AuditDateColumn(Column):
    """The moment in the reader's date format, on one line: the column used to break mid-word."""

    cell_template_name = "membership/admin/audit_date_cell.html"


class AuditIndexView(FormulaSafeModelIndexView):
    def get_base_queryset(self):
        # Each row names the people as they are now: one query for the page, not two per row.
        return super().get_base_queryset().select_related("actor", "subject")


class AuditInspectView(InspectView):
    RECORDED_LABELS = {
        "actor_label": _("Who, as recorded at the time"),
        "subject_label": _("About, as recorded at the time"),
    }

    def get_field_label(self, field_name, field):
        return self.RECORDED_LABELS.get(field_name) or super().get_field_label(field_name, field)


class AuditEntryViewSet(FormulaSafeModelViewSet):
    model = AuditEntry
    index_view_class = AuditIndexView
    inspect_view_class = AuditInspectView
    icon = "list-ul"
    menu_label = _("Audit log")
    name = "membership_audit"
    add_to_admin_menu = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "created_at",
        "actor",
        "action",
        "subject",
        "from_state",
        "to_state",
        "reason",
        "target_repr",
        "actor_label",
        "subject_label",
    ]
    copy_view_enabled = False
    form_fields = ["reason"]  # required by ModelViewSet; the policy forbids every edit
    list_display = [
        AuditDateColumn("created_at", label=_("When"), sort_key="created_at"),
        Column("get_actor_display", label=_("Who")),
        Column("get_action_display", label=_("What")),
        Column("get_subject_display", label=_("About")),
        Column("change_display", label=_("Change")),
        Column("get_reason_display", label=_("Reason")),
    ]
    list_export = [
        "created_at",
        "get_actor_display",
        "get_action_display",
        "get_subject_display",
        "get_from_state_display",
        "get_to_state_display",
        "get_reason_display",
        "target_repr",
        "action",
        "actor_label",
        "subject_label",
    ]
    export_headings = {
        "created_at": _("When"),
        "get_actor_display": _("Who"),
        "get_action_display": _("What"),
        "get_subject_display": _("About"),
        "get_from_state_display": _("From state"),
        "get_to_state_display": _("To state"),
        "get_reason_display": _("Reason"),
        "target_repr": _("Object"),
        # The stable code beside the words, for whoever filters the spreadsheet.
        "action": _("Action code"),
        "actor_label": _("Who, as recorded at the time"),
        "subject_label": _("About, as recorded at the time"),
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
