"""Every admin export neutralises formulas; the system check keeps a new export view from forgetting."""

import pytest
from django.urls import path
from wagtail.admin.views.generic.models import IndexView

from forum.membership.models import AuditEntry
from home.spreadsheets import (
    FormulaSafeModelIndexView,
    check_exports_are_formula_safe,
    formula_safe_csv_writer,
    neutralise_formula,
)

urlpatterns = [
    path("plain/", IndexView.as_view(model=AuditEntry, list_export=["reason"]), name="plain_export"),
    path("safe/", FormulaSafeModelIndexView.as_view(model=AuditEntry, list_export=["reason"]), name="safe_export"),
    path("no-columns/", IndexView.as_view(model=AuditEntry), name="no_export"),
]


def test_the_project_has_no_export_without_the_neutraliser():
    assert check_exports_are_formula_safe(None) == []


def test_an_export_view_without_the_neutraliser_fails_the_check(settings):
    settings.ROOT_URLCONF = __name__

    errors = check_exports_are_formula_safe(None)

    assert [error.id for error in errors] == ["home.E001"]
    assert "wagtail.admin.views.generic.models.IndexView exports reason" in errors[0].msg


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(1)", "\t=1", "\r=1"])
def test_every_trigger_character_is_neutralised(value):
    assert neutralise_formula(value) == "'" + value


@pytest.mark.parametrize("value", ["Ghent", "", " =1", "'=1", 5, -5, None])
def test_other_values_are_left_alone(value):
    assert neutralise_formula(value) == value


def test_hand_written_csv_quotes_and_neutralises_every_cell():
    import io

    output = io.StringIO()
    formula_safe_csv_writer(output).writerow(["=1+1", "a;=2", 3])

    assert output.getvalue() == '"\'=1+1","a;=2","3"\r\n'
