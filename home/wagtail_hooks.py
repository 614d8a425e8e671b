"""Admin additions of the home app."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home import translation_workflow
from home.translation_status import TranslationStatusView

# Translation status report (home.translation_status) ---------------------------------


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path("reports/translation-status/", TranslationStatusView.as_view(), name="translation_status"),
        path(
            "reports/translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return MenuItem(_("Translation status"), reverse("translation_status"), icon_name="site", order=9001)


# Translations through the approval workflow (home.translation_workflow) ---------------


@hooks.register("register_admin_urls")
def translation_workflow_urls():
    return [
        path(
            "translations/<int:page_id>/submit-for-moderation/",
            translation_workflow.submit_view,
            name="submit_translation_for_moderation",
        )
    ]


hooks.register("register_page_header_buttons", translation_workflow.page_buttons)
hooks.register("register_page_listing_more_buttons", translation_workflow.page_buttons)


# Autosave that loses no words (home/static/home/autosave_guard.js) -------------------


@hooks.register("insert_editor_js")
def autosave_guard_js():
    return format_html('<script src="{}" defer></script>', static("home/autosave_guard.js"))
