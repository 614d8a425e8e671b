"""The review queue in the admin: its address, one menu item with the number of waiting
items, and the moderator's e-mail preference on their account page."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from forum.membership.access import is_moderator

from . import registry
from .forms import ReviewPreferenceForm
from .models import ReviewPreference
from .views import ReviewQueueView


class ReviewQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return is_moderator(request.user)

    def render_component(self, request):
        total = registry.total_count(request.user)
        label = _("Review queue (%(count)s)") % {"count": total} if total else str(self.label)
        return LinkMenuItem(self.name, label, self.url, icon_name=self.icon_name, attrs=self.attrs)


@hooks.register("register_admin_urls")
def register_review_urls():
    urls = [path("", ReviewQueueView.as_view(), name="queue")]
    return [path("review/", include((urls, "review"), namespace="review"))]


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return ReviewQueueMenuItem(
        _("Review queue"), reverse("review:queue"), name="review-queue", icon_name="tasks", order=240
    )


class ReviewPreferencePanel(BaseSettingsPanel):
    name = "review_queue"
    title = _("Review queue e-mails")
    tab = notifications_tab
    order = 150
    form_class = ReviewPreferenceForm

    def is_active(self):
        return is_moderator(self.user)

    def get_form(self):
        instance = ReviewPreference.objects.filter(user=self.user).first() or ReviewPreference(user=self.user)
        if self.request.method == "POST":
            return self.form_class(self.request.POST, instance=instance, prefix=self.name)
        return self.form_class(instance=instance, prefix=self.name)


@hooks.register("register_account_settings_panel")
def register_review_preference_panel(request, user, profile):
    return ReviewPreferencePanel(request, user, profile)
