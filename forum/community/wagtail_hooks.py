"""What moderators keep about the forum in the Wagtail admin, next to the membership queue:
the forums' names and descriptions in the four languages, and which kinds of personal data
a forum refuses outright."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from .access import is_moderator
from .forum_texts import Forum, all_texts, localized
from .models import ForumText, PersonalDataRule
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


# Forum names and descriptions ---------------------------------------------------------------


class ModeratorsMayEditPolicy(ModeratorsPermissionPolicy):
    """Moderators may list and edit; forums are added and removed by setup_platform, with their access."""

    def user_has_permission(self, user, action):
        return action in ("change", "view") and is_moderator(user)


def _text_fields():
    fields = {}
    for code, language in settings.LANGUAGES:
        fields[f"name_{code}"] = forms.CharField(
            label=language, max_length=100, required=code == settings.LANGUAGE_CODE
        )
        fields[f"description_{code}"] = forms.CharField(
            label=language, max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 5})
        )
    return fields


class ForumTextsForm(WagtailAdminModelForm):
    """A forum's name and description in every language, side by side. A language left empty
    shows the English text (marked as English for screen readers)."""

    class Meta:
        model = Forum
        fields = []

    locals().update(_text_fields())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for text in self.instance.texts.all():
                self.initial.setdefault(f"name_{text.language}", text.name)
                self.initial.setdefault(f"description_{text.language}", text.description)
            self.initial.setdefault(f"name_{settings.LANGUAGE_CODE}", self.instance.name)

    def clean(self):
        cleaned = super().clean()
        for code in dict(settings.LANGUAGES):
            if cleaned.get(f"description_{code}", "").strip() and not cleaned.get(f"name_{code}", "").strip():
                self.add_error(
                    f"name_{code}", _("Give the forum a name in this language, or leave its description empty too.")
                )
        return cleaned

    def save(self, commit=True):
        # The forum itself is not saved: machina derives its address from its own name, which stays.
        for code, _language in settings.LANGUAGES:
            name = self.cleaned_data.get(f"name_{code}", "").strip()
            description = self.cleaned_data.get(f"description_{code}", "").strip()
            if name:
                ForumText.objects.update_or_create(
                    forum=self.instance, language=code, defaults={"name": name, "description": description}
                )
            else:
                ForumText.objects.filter(forum=self.instance, language=code).delete()
        return self.instance


def _language_column(code, language):
    def text(forum):
        name = all_texts().get(forum.pk, {}).get(code, (None,))[0]
        return name or _("— (shows the English name)")

    return Column(f"name_{code}", label=language, accessor=text)


class ForumTextsViewSet(ModelViewSet):
    model = Forum
    icon = "folder-open-inverse"
    menu_label = _("Forum names")
    menu_name = "forum_texts"
    name = "forum_texts"
    add_to_admin_menu = True
    menu_order = 255
    ordering = ["tree_id", "lft"]
    list_display = [
        Column(
            "forum",
            label=_("Forum"),
            accessor=lambda forum: " " * forum.level + localized(forum).name,
        ),
        *[_language_column(code, language) for code, language in settings.LANGUAGES],
    ]
    list_per_page = 100
    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel(f"name_{code}") for code, _language in settings.LANGUAGES], heading=_("Name")),
            FieldRowPanel(
                [FieldPanel(f"description_{code}") for code, _language in settings.LANGUAGES],
                heading=_("Description"),
                help_text=_("Shown under the name in the forum index. Markdown is allowed."),
            ),
        ],
        base_form_class=ForumTextsForm,
    )

    @property
    def permission_policy(self):
        return ModeratorsMayEditPolicy(Forum)


@hooks.register("register_admin_viewset")
def register_forum_texts():
    return ForumTextsViewSet()
