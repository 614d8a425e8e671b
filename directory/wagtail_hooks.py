"""The directory in the Wagtail admin: one "Directory" menu with organisations,
experts, the taxonomy and the pathway guidance.

Organisations have drafts, revisions, locking, preview and the approval
workflow (the models carry the mixins; the demo attaches the "Editorial
approval" workflow to them). Stages, services, organisations and guidance are
translatable: wagtail-localize adds its "Translate" actions to them. Experts'
details are personal data: their list and export are admin-only, like every
snippet view."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, LiveStatusTagColumn
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from home.spreadsheets import FormulaSafeSnippetIndexView, FormulaSafeSnippetViewSet

from .importer import EXPORT_COLUMNS
from .models import (
    Expert,
    Language,
    Organisation,
    PathwayGuidance,
    Service,
    Stage,
    TargetGroup,
)
from .permissions import can_see_experts


class OrganisationFilterSet(WagtailFilterSet):
    services = django_filters.ModelChoiceFilter(
        label=_("Service"), queryset=Service.objects.select_related("locale"), field_name="services"
    )
    languages = django_filters.ModelChoiceFilter(
        label=_("Language spoken"), queryset=Language.objects.all(), field_name="languages"
    )
    target_groups = django_filters.ModelChoiceFilter(
        label=_("Target group"), queryset=TargetGroup.objects.all(), field_name="target_groups"
    )

    class Meta:
        model = Organisation
        fields = ["country", "kind", "available_24_7", "accepts_referrals_from_abroad", "live", "is_sample", "locale"]


# What the spreadsheet export and the inspect view both show, in the order editors read it.
ORGANISATION_FACTS = [
    "name",
    "slug",
    "kind",
    "country",
    "city",
    "address",
    "description",
    "website",
    "phone",
    "email",
    "opening_hours",
    "available_24_7",
    "accepts_referrals_from_abroad",
]


# Columns whose export needs the importer's format (slugs and codes, yes/no) rather than the field's value.
EXPORTED_AS = {
    column: f"export_{column}"
    for column in (
        "services",
        "languages",
        "target_groups",
        "available_24_7",
        "accepts_referrals_from_abroad",
        "is_sample",
    )
}


class OrganisationIndexView(FormulaSafeSnippetIndexView):
    def get_queryset(self):
        queryset = super().get_queryset()
        if self.is_export:
            # The importer creates and updates the default-language rows; translations are made in the admin.
            queryset = queryset.filter(locale=Locale.get_default())
        return queryset


class OrganisationViewSet(FormulaSafeSnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_name = "organisations"
    list_display = [
        "name",
        "city",
        "country",
        "kind",
        BooleanColumn("available_24_7", label=_("24/7")),
        BooleanColumn("accepts_referrals_from_abroad", label=_("Referrals from abroad")),
        LiveStatusTagColumn(label=_("Status")),
    ]
    filterset_class = OrganisationFilterSet
    # Exactly the importer's columns and formats (directory.importer.EXPORT_COLUMNS), headed by the
    # importer's column names: a file exported, edited and imported changes only what was edited.
    list_export = [EXPORTED_AS.get(column, column) for column in EXPORT_COLUMNS]
    export_headings = {EXPORTED_AS.get(column, column): column for column in EXPORT_COLUMNS}
    index_view_class = OrganisationIndexView
    export_filename = "directory-organisations"
    search_fields = ["name", "city", "description"]
    # Searched directly in the database, so a new entry is found at once.
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_fields = [*ORGANISATION_FACTS, "services", "languages", "target_groups", "is_sample", "locale"]
    ordering = ["name"]


class ExpertPermissionPolicy(ModelPermissionPolicy):
    """Every action on experts (list, inspect, export, edit) also needs the permission to see
    their contact details: "change expert" given to a group must not show them by the back door."""

    def user_has_permission(self, user, action):
        return can_see_experts(user) and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        holders = self._get_users_with_any_permission_codenames(["view_expert_contact_details"])
        return super().users_with_any_permission(actions).filter(pk__in=holders.values("pk"))


class ExpertViewSet(FormulaSafeSnippetViewSet):
    model = Expert
    icon = "user"
    menu_label = _("Experts")
    menu_name = "experts"
    list_display = ["full_name", "role", "organisation", "email", "user"]
    list_filter = ["organisation__country", "languages", "is_sample"]
    list_export = ["full_name", "role", "organisation", "areas_of_expertise", "email", "phone", "user", "is_sample"]
    export_filename = "directory-experts"
    search_fields = ["full_name", "role", "areas_of_expertise", "email"]
    search_backend_name = None

    inspect_view_enabled = True
    inspect_view_fields = [
        "full_name",
        "role",
        "organisation",
        "areas_of_expertise",
        "languages",
        "email",
        "phone",
        "user",
        "is_sample",
    ]

    @property
    def permission_policy(self):
        return ExpertPermissionPolicy(self.model)


class StageViewSet(FormulaSafeSnippetViewSet):
    model = Stage
    icon = "list-ol"
    menu_label = _("Stages")
    menu_name = "stages"
    list_display = ["number", "name", "locale"]
    list_filter = ["locale"]
    list_export = ["number", "name", "summary", "locale"]
    export_filename = "directory-stages"
    search_fields = ["name", "summary"]
    search_backend_name = None
    inspect_view_enabled = True


class ServiceViewSet(FormulaSafeSnippetViewSet):
    model = Service
    icon = "tag"
    menu_label = _("Services")
    menu_name = "services"
    list_display = ["name", "slug", "stage", "sort_order", "locale"]
    list_filter = ["stage", "locale"]
    list_export = ["name", "slug", "stage", "sort_order", "locale"]
    export_filename = "directory-services"
    search_fields = ["name", "slug"]
    search_backend_name = None
    inspect_view_enabled = True


class TargetGroupViewSet(FormulaSafeSnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Target groups")
    menu_name = "target_groups"
    list_display = ["__str__", "code", "sort_order"]
    list_export = ["code", "sort_order"]
    export_filename = "directory-target-groups"
    search_fields = ["code"]
    search_backend_name = None
    inspect_view_enabled = True


class LanguageViewSet(FormulaSafeSnippetViewSet):
    model = Language
    icon = "globe"
    menu_label = _("Languages")
    menu_name = "languages"
    list_display = ["__str__", "code"]
    list_export = ["code"]
    export_filename = "directory-languages"
    search_fields = ["code"]
    search_backend_name = None
    inspect_view_enabled = True


class PathwayGuidanceViewSet(FormulaSafeSnippetViewSet):
    model = PathwayGuidance
    icon = "doc-full"
    menu_label = _("Pathway guidance")
    menu_name = "pathway_guidance"
    list_display = ["__str__", "country", "stage", "locale"]
    list_filter = ["country", "stage", "locale"]
    list_export = ["country", "stage", "guidance", "locale"]
    export_filename = "directory-pathway-guidance"
    search_fields = ["guidance"]
    search_backend_name = None
    inspect_view_enabled = True


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "site"
    menu_name = "directory"
    menu_order = 250
    items = (
        OrganisationViewSet,
        ExpertViewSet,
        PathwayGuidanceViewSet,
        StageViewSet,
        ServiceViewSet,
        TargetGroupViewSet,
        LanguageViewSet,
    )


register_snippet(DirectoryViewSetGroup)
