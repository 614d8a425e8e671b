"""The "Translation status" admin report: for each page in the source language, per language,
whether its translation is missing, a draft, out of date or up to date.

wagtail-localize's own "Translations" report lists translations that exist; this one
also shows the pages nobody has started translating, which is what editors plan with.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, Site
from wagtail.permissions import page_permission_policy
from wagtail_localize.models import TranslationSource

MISSING = "missing"
DRAFT = "draft"
OUT_OF_DATE = "out_of_date"
UP_TO_DATE = "up_to_date"

STATUS_LABELS = {
    MISSING: _("Missing"),
    DRAFT: _("Draft"),
    OUT_OF_DATE: _("Out of date"),
    UP_TO_DATE: _("Up to date"),
}


def source_locale():
    site = Site.objects.filter(is_default_site=True).select_related("root_page__locale").first()
    if site is not None:
        return site.root_page.locale
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def target_locales(source):
    return list(Locale.objects.exclude(pk=source.pk).order_by("language_code"))


def source_pages(source):
    return Page.objects.filter(locale=source, alias_of__isnull=True, depth__gte=2).order_by("path")


def translation_statuses(pages, locales):
    """[(page, [(locale, status, translated page or None)])] in four queries, whatever the number of pages."""
    pages = list(pages)
    keys = [page.translation_key for page in pages]
    translations = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys, alias_of__isnull=True, locale__in=locales).only(
            "id", "translation_key", "locale_id", "live", "title", "has_unpublished_changes"
        )
    }
    synced_at = dict(TranslationSource.objects.filter(object_id__in=keys).values_list("object_id", "last_updated_at"))
    rows = []
    for page in pages:
        changed_at = page.latest_revision_created_at or page.last_published_at
        cells = []
        for locale in locales:
            translated = translations.get((page.translation_key, locale.pk))
            if translated is None:
                status = MISSING
            elif not translated.live:
                status = DRAFT
            elif changed_at and synced_at.get(page.translation_key) and changed_at > synced_at[page.translation_key]:
                status = OUT_OF_DATE
            else:
                status = UP_TO_DATE
            cells.append({"locale": locale, "status": status, "label": STATUS_LABELS[status], "page": translated})
        rows.append({"page": page, "cells": cells})
    return rows


class TranslationStatusView(ReportView):
    template_name = "home/admin/translation_status.html"
    results_template_name = "home/admin/translation_status_results.html"
    page_title = _("Translation status")
    header_icon = "site"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 50

    def get_queryset(self):
        self.source = source_locale()
        return source_pages(self.source)

    def decorate_paginated_queryset(self, object_list):
        return translation_statuses(object_list, self.locales)

    def get_context_data(self, **kwargs):
        self.locales = target_locales(self.source)
        context = super().get_context_data(**kwargs)
        context["locales"] = self.locales
        context["source_locale"] = self.source
        return context


def report_url():
    return reverse("translation_status")
