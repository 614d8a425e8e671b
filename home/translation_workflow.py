"""Translations go through the same approval workflow as the pages they translate.

wagtail-localize's translation editor only offers "Publish", and only to people who
may publish; editors who may not would be stuck. They get "Submit translation for
moderation" instead: it saves the translated strings as a new draft revision and
starts the page's workflow, so a moderator approves it like any other change.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page
from wagtail_localize.models import Translation


def translation_of(page):
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


def can_submit_translation(page, user):
    """True when `user` may edit this translated page but not publish it, and it is not already in moderation."""
    if page.alias_of_id is not None or translation_of(page) is None:
        return False
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit() or permissions.can_publish():
        return False
    return page.get_workflow() is not None and not page.workflow_in_progress


def submit_translation_for_moderation(page, user):
    """Save the current translation as a draft revision and start the page's approval workflow."""
    translation = translation_of(page)
    translation.source.create_or_update_translation(page.locale, user=user, publish=False, fallback=True)
    page = Page.objects.get(pk=page.pk).specific
    return page.get_workflow().start(page, user)


def submit_view(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not can_submit_translation(page, request.user):
        raise PermissionDenied
    if request.method == "POST":
        submit_translation_for_moderation(page, request.user)
        messages.success(
            request,
            _("The translation '%(title)s' was submitted for moderation.") % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(request, "home/admin/submit_translation.html", {"page": page})


def page_buttons(page, user, view_name=None, next_url=None):
    if can_submit_translation(page, user):
        yield ListingButton(
            gettext_lazy("Submit translation for moderation"),
            reverse("submit_translation_for_moderation", args=[page.pk]),
            priority=61,
            icon_name="resubmit",
        )
