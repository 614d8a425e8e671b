import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from gethelp.models import Country, HelpLine
from tests.accounts.mfa import force_login_with_2fa
from tests.gethelp.factories import HelpLineFactory
from tests.spreadsheets import HOSTILE, assert_neutralised, download_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser(
        username="admin", email="admin@example.org", password="a-long-password"
    )
    # Staff count as signed in only with two-factor authentication (accounts.middleware).
    return force_login_with_2fa(client, user)


def test_editor_lists_filters_and_searches_help_lines(admin_client):
    HelpLineFactory(country=Country.HU, organisation="Budapest line")
    HelpLineFactory(country=Country.BE, organisation="Antwerp line")
    url = reverse("wagtailsnippets_gethelp_helpline:list")

    everything = admin_client.get(url).content.decode()
    belgian = admin_client.get(url, {"country": "BE"}).content.decode()
    found = admin_client.get(url, {"q": "Budapest"}).content.decode()

    assert "Budapest line" in everything and "Antwerp line" in everything
    assert "Antwerp line" in belgian and "Budapest line" not in belgian
    assert "Budapest line" in found and "Antwerp line" not in found


def test_editor_exports_help_lines_as_csv(admin_client):
    HelpLineFactory(country=Country.NL, organisation="Amsterdam line", phone="+31 20 000 0100")

    response = admin_client.get(reverse("wagtailsnippets_gethelp_helpline:list"), {"export": "csv"})

    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert "Amsterdam line" in rows[1]
    # A leading "+" is a formula to a spreadsheet: the export makes every such cell text (OWASP).
    assert "'+31 20 000 0100" in rows[1]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_help_line_export_neutralises_formulas(admin_client, export_format):
    HelpLineFactory(organisation=HOSTILE["="], notes=HOSTILE["-"], hours=HOSTILE["@"], languages=HOSTILE["tab"])

    rows = download_rows(admin_client, reverse("wagtailsnippets_gethelp_helpline:list"), export_format)

    assert_neutralised(rows, [HOSTILE["="], HOSTILE["-"], HOSTILE["@"], HOSTILE["tab"]])


def test_editor_inspects_and_edits_a_help_line(admin_client):
    line = HelpLineFactory(organisation="Inspected line", hours="Every day")

    inspect = admin_client.get(reverse("wagtailsnippets_gethelp_helpline:inspect", args=[line.pk]))
    edit = admin_client.get(reverse("wagtailsnippets_gethelp_helpline:edit", args=[line.pk]))

    assert inspect.status_code == 200
    assert "Every day" in inspect.content.decode()
    assert edit.status_code == 200


def test_editor_creates_a_draft_help_line_then_publishes_it(admin_client, locales):
    url = reverse("wagtailsnippets_gethelp_helpline:add")
    data = {
        "country": "BE",
        "sort_order": "10",
        "organisation": "New Brussels line",
        "phone": "+32 2 000 01 00",
        "hours": "",
        "languages": "",
        "website": "",
        "notes": "",
        "locale": str(locales["en"].pk),
    }

    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    line = HelpLine.objects.get(organisation="New Brussels line")
    assert not line.live

    admin_client.post(
        reverse("wagtailsnippets_gethelp_helpline:edit", args=[line.pk]), {**data, "action-publish": "1"}
    )
    line.refresh_from_db()
    assert line.live
