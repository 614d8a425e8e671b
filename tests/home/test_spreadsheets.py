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


@pytest.fixture
def administrator_client(client, db):
    from django.contrib.auth import get_user_model

    from tests.accounts.mfa import force_login_with_2fa

    user = get_user_model().objects.create_superuser(
        username="admin", email="admin@example.org", password="a-long-password"
    )
    return force_login_with_2fa(client, user), user


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize("report", ["wagtailadmin_reports:aging_pages", "wagtailadmin_reports:site_history"])
def test_wagtails_own_reports_neutralise_formulas_too(administrator_client, home_page, report, export_format):
    from django.urls import reverse

    from tests.home.conftest import make_standard_page
    from tests.spreadsheets import HOSTILE, assert_neutralised, download_rows

    client, _user = administrator_client
    make_standard_page(home_page, "hostile-title", title=HOSTILE["="])

    rows = download_rows(client, reverse(report), export_format)

    assert_neutralised(rows, [HOSTILE["="]])


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_locked_pages_report_neutralises_formulas(administrator_client, home_page, export_format):
    from django.urls import reverse
    from django.utils import timezone

    from tests.home.conftest import make_standard_page
    from tests.spreadsheets import HOSTILE, assert_neutralised, download_rows

    client, user = administrator_client
    page = make_standard_page(home_page, "hostile-title", title=HOSTILE["@"])
    page.locked, page.locked_by, page.locked_at = True, user, timezone.now()
    page.save(update_fields=["locked", "locked_by", "locked_at"])

    rows = download_rows(client, reverse("wagtailadmin_reports:locked_pages"), export_format)

    assert_neutralised(rows, [HOSTILE["@"]])
