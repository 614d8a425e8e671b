"""Forum rules moderators keep in the Wagtail admin, next to the membership queue:
which kinds of personal data a forum refuses outright."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from .access import is_moderator
from .models import PersonalDataRule
from .personal_data import KINDS


class ModeratorsPermissionPolicy(BasePermissionPolicy):
    """Moderators (and superusers) may do everything with the model; nobody else anything."""

    def user_has_permission(self, user, action):
        return is_moderator(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        from django.conf import settings

        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(groups__name=settings.MODERATORS_GROUP), is_active=True)
            .distinct()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model.objects.all()
        return self.model.objects.none()


class PersonalDataRuleViewSet(ModelViewSet):
    model = PersonalDataRule
    icon = "warning"
    menu_label = _("Personal-data rules")
    menu_name = "personal_data_rules"
    name = "personal_data_rules"
    add_to_admin_menu = True
    menu_order = 260
    form_fields = ["forum", "blocking_kinds"]
    list_display = [
        "forum",
        Column(
            "blocking_kinds",
            label=_("refused outright"),
            accessor=lambda rule: ", ".join(str(KINDS[kind]) for kind in rule.blocking_kinds if kind in KINDS),
        ),
    ]
    copy_view_enabled = False
    search_backend_name = None

    def formfield_for_dbfield(self, db_field, **kwargs):
        if db_field.name == "blocking_kinds":
            return forms.MultipleChoiceField(
                label=db_field.verbose_name,
                help_text=db_field.help_text,
                choices=list(KINDS.items()),
                widget=forms.CheckboxSelectMultiple,
                required=False,
            )
        return super().formfield_for_dbfield(db_field, **kwargs)

    @property
    def permission_policy(self):
        return ModeratorsPermissionPolicy(PersonalDataRule)


@hooks.register("register_admin_viewset")
def register_personal_data_rules():
    return PersonalDataRuleViewSet()
