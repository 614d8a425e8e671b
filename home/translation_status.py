"""The state of each page's translations, per language: not started, in progress (a draft),
awaiting approval (in the workflow), live, or out of date (the source changed since).

Shown in the "Translation status" admin report, in the page listing's status column and in
the page editor's status panel (home/templates/wagtailadmin/...).

wagtail-localize's own "Translations" report lists translations that exist; this one
also shows the pages nobody has started translating, which is what editors plan with.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, Site, WorkflowState
from wagtail.permissions import page_permission_policy
from wagtail_localize.models import TranslationSource

MISSING = "missing"
DRAFT = "draft"
AWAITING_APPROVAL = "awaiting_approval"
OUT_OF_DATE = "out_of_date"
UP_TO_DATE = "up_to_date"

STATUS_LABELS = {
    MISSING: _("Not started"),
    DRAFT: _("In progress"),
    AWAITING_APPROVAL: _("Awaiting approval"),
    OUT_OF_DATE: _("Out of date"),
    UP_TO_DATE: _("Live"),
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
    """[(page, [(locale, status, translated page or None)])] in five queries, whatever the number of pages."""
    pages = list(pages)
    keys = [page.translation_key for page in pages]
    translations = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys, alias_of__isnull=True, locale__in=locales).only(
            "id", "translation_key", "locale_id", "live", "title", "has_unpublished_changes"
        )
    }
    synced_at = dict(TranslationSource.objects.filter(object_id__in=keys).values_list("object_id", "last_updated_at"))
    in_workflow = {
        int(object_id)
        for object_id in WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(page.pk) for page in translations.values()],
        ).values_list("object_id", flat=True)
    }
    rows = []
    for page in pages:
        changed_at = page.latest_revision_created_at or page.last_published_at
        cells = []
        for locale in locales:
            translated = translations.get((page.translation_key, locale.pk))
            if translated is None:
                status = MISSING
            elif translated.pk in in_workflow:
                status = AWAITING_APPROVAL
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


def statuses_by_page(pages):
    """{page pk: [cell, ...]} for the pages of a listing, in a fixed number of queries: a page in
    the source language gets a cell per other language, a translation the cell of its own language."""
    pages = [page for page in pages if isinstance(page, Page) and page.depth >= 2 and page.alias_of_id is None]
    if not pages:
        return {}
    source = source_locale()
    locales = target_locales(source)
    sources = {
        page.translation_key: page
        for page in Page.objects.filter(
            translation_key__in={page.translation_key for page in pages}, locale=source, alias_of__isnull=True
        ).only("id", "translation_key", "locale_id", "latest_revision_created_at", "last_published_at")
    }
    rows = {row["page"].translation_key: row["cells"] for row in translation_statuses(sources.values(), locales)}
    found = {}
    for page in pages:
        cells = rows.get(page.translation_key)
        if cells is None:
            continue
        found[page.pk] = (
            cells if page.locale_id == source.pk else [c for c in cells if c["locale"].pk == page.locale_id]
        )
    return found


def report_url():
    return reverse("translation_status")
