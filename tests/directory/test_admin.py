"""Editors maintain the directory in the Wagtail admin."""

import csv
import io

import pytest
from django.urls import reverse

from directory.models import Organisation
from tests.accounts.mfa import force_login_with_2fa
from tests.directory.conftest import make_expert, make_guidance, make_organisation
from tests.spreadsheets import HOSTILE, assert_neutralised, download_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, staff_user):
    return force_login_with_2fa(client, staff_user)


@pytest.fixture
def entries(directory_page):
    ghent = make_organisation(
        "ghent-shelter", name="Ghent Shelter", country="BE", services=["shelter"], languages=["nl"]
    )
    pecs = make_organisation("pecs-police", name="Pécs Police", country="HU", services=["police"], languages=["hu"])
    make_expert(ghent, full_name="Greta Sample", email="greta@example.org")
    make_guidance("HU", 1, "Use the identification questionnaire.")
    return ghent, pecs


def test_organisations_list_filters_and_search(admin_client, entries):
    url = reverse("wagtailsnippets_directory_organisation:list")
    everything = admin_client.get(url).content.decode()
    belgian = admin_client.get(url, {"country": "BE"}).content.decode()
    shelters = admin_client.get(
        url, {"services": Organisation.objects.get(slug="ghent-shelter").services.get().pk}
    ).content.decode()
    found = admin_client.get(url, {"q": "Pécs"}).content.decode()
    assert "Ghent Shelter" in everything and "Pécs Police" in everything
    assert "Ghent Shelter" in belgian and "Pécs Police" not in belgian
    assert "Ghent Shelter" in shelters and "Pécs Police" not in shelters
    assert "Pécs Police" in found and "Ghent Shelter" not in found


def test_organisations_export_as_spreadsheet(admin_client, entries):
    response = admin_client.get(reverse("wagtailsnippets_directory_organisation:list"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    ghent = next(row for row in rows if "Ghent Shelter" in row)
    assert "shelter" in ghent and "nl" in ghent
    xlsx = admin_client.get(reverse("wagtailsnippets_directory_organisation:list"), {"export": "xlsx"})
    assert xlsx.status_code == 200


def test_inspect_edit_and_history(admin_client, entries):
    ghent, _pecs = entries
    inspect = admin_client.get(reverse("wagtailsnippets_directory_organisation:inspect", args=[ghent.pk]))
    edit = admin_client.get(reverse("wagtailsnippets_directory_organisation:edit", args=[ghent.pk]))
    history = admin_client.get(reverse("wagtailsnippets_directory_organisation:history", args=[ghent.pk]))
    assert inspect.status_code == edit.status_code == history.status_code == 200
    assert "Shelter" in inspect.content.decode()


def test_saving_a_draft_keeps_the_published_version_public(admin_client, entries, client):
    ghent, _pecs = entries
    ghent.name = "Ghent Shelter renamed"
    ghent.save_revision()
    public = client.get("/en/directory/").content.decode()
    assert "Ghent Shelter" in public and "renamed" not in public


@pytest.mark.parametrize("name", ["expert", "stage", "service", "targetgroup", "language", "pathwayguidance"])
def test_every_part_of_the_directory_has_its_admin(admin_client, entries, name):
    url = reverse(f"wagtailsnippets_directory_{name}:list")
    response = admin_client.get(url)
    assert response.status_code == 200
    export = admin_client.get(url, {"export": "csv"})
    assert export.status_code == 200


def test_expert_admin_shows_the_person(admin_client, entries):
    html = admin_client.get(reverse("wagtailsnippets_directory_expert:list")).content.decode()
    assert "Greta Sample" in html


def test_admin_is_closed_to_visitors(client, signed_in_user, entries):
    assert client.get(reverse("wagtailsnippets_directory_expert:list")).status_code == 302
    client.force_login(signed_in_user)
    response = client.get(reverse("wagtailsnippets_directory_expert:list"), {"export": "csv"})
    assert response.status_code in (302, 403)
    assert b"greta@example.org" not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_an_editor_submits_a_new_organisation_and_a_moderator_publishes_it(client, directory_page, locales):
    from django.conf import settings
    from django.core.management import call_command
    from wagtail.models import WorkflowState

    from tests.membership.conftest import make_user

    call_command("setup_platform", stdout=None)
    editor = make_user("editor@example.org", groups=[settings.EDITORS_GROUP], is_staff=True)
    moderator = make_user("moderator2@example.org", groups=[settings.MODERATORS_GROUP], is_staff=True)
    force_login_with_2fa(client, editor)

    response = client.post(
        reverse("wagtailsnippets_directory_organisation:add") + f"?locale={locales['en'].language_code}",
        {
            "name": "Liège Reception Centre",
            "slug": "liege-reception",
            "kind": "ngo",
            "country": "BE",
            "city": "Liège",
            "services": [],
            "action-submit": "Submit",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    organisation = Organisation.objects.get(slug="liege-reception")
    assert not organisation.live
    assert WorkflowState.objects.filter(object_id=str(organisation.pk), status="in_progress").exists()
    assert client.get("/en/directory/org/liege-reception/").status_code == 404

    force_login_with_2fa(client, moderator)
    state = WorkflowState.objects.get(object_id=str(organisation.pk), status="in_progress")
    task_state = state.current_task_state
    approve = client.post(
        reverse(
            "wagtailsnippets_directory_organisation:workflow_action",
            args=[organisation.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert approve.status_code in (200, 302)
    organisation.refresh_from_db()
    assert organisation.live
    assert client.get("/en/directory/org/liege-reception/").status_code == 200


def test_organisations_can_be_translated(admin_client, entries, locales):
    ghent, _pecs = entries
    translate = reverse("wagtail_localize:submit_snippet_translation", args=["directory", "organisation", ghent.pk])
    listing = admin_client.get(reverse("wagtailsnippets_directory_organisation:list")).content.decode()
    assert translate in listing
    assert admin_client.get(translate).status_code == 200


def test_preview_shows_the_organisation_page_with_its_unsaved_changes(admin_client, entries):
    ghent, _pecs = entries
    url = reverse("wagtailsnippets_directory_organisation:preview_on_edit", args=[ghent.pk])
    data = {
        "name": "Ghent Shelter (preview)",
        "slug": "ghent-shelter",
        "kind": "ngo",
        "country": "BE",
        "city": "Ghent",
        "description": "Changed text",
        "services": [str(ghent.services.get().pk)],
    }
    assert admin_client.post(url, data).json()["is_valid"]
    html = admin_client.get(url).content.decode()
    assert "Ghent Shelter (preview)" in html and "Changed text" in html
    assert "First assistance and protection" in html


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_organisation_export_neutralises_formulas(admin_client, directory_page, export_format):
    make_organisation(
        "hostile-org",
        name=HOSTILE["="],
        city=HOSTILE["@"],
        address=HOSTILE["tab"],
        description=HOSTILE["-"],
        opening_hours=HOSTILE["cr"],
        phone=HOSTILE["+"],
    )
    make_organisation("plain-org", name="Plain Shelter")

    rows = download_rows(admin_client, reverse("wagtailsnippets_directory_organisation:list"), export_format)

    assert_neutralised(rows, HOSTILE.values())
    assert any("Plain Shelter" in row for row in rows)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_expert_export_neutralises_formulas_next_to_the_e_mail_addresses(admin_client, entries, export_format):
    ghent, _pecs = entries
    make_expert(ghent, full_name=HOSTILE["="], role=HOSTILE["-"], areas_of_expertise=HOSTILE["@"], phone="+32 2 000")

    rows = download_rows(admin_client, reverse("wagtailsnippets_directory_expert:list"), export_format)

    assert_neutralised(rows, [HOSTILE["="], HOSTILE["-"], HOSTILE["@"], "+32 2 000"])
    assert any("erik.expert@example.org" in row for row in rows)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_guidance_export_neutralises_formulas(admin_client, directory_page, export_format):
    make_guidance("HU", 2, "x")
    from directory.models import PathwayGuidance

    PathwayGuidance.objects.update(guidance=HOSTILE["="])

    rows = download_rows(admin_client, reverse("wagtailsnippets_directory_pathwayguidance:list"), export_format)

    assert_neutralised(rows, [HOSTILE["="]])


def test_csv_export_quotes_every_cell(admin_client, directory_page):
    """OWASP: a separator inside a value must not let a spreadsheet start a new cell there."""
    make_organisation("semicolon-org", name="Shelter;=1+1")

    response = admin_client.get(reverse("wagtailsnippets_directory_organisation:list"), {"export": "csv"})

    assert '"Shelter;=1+1"' in b"".join(response.streaming_content).decode("utf-8-sig")


def test_exported_csv_imports_again_changing_only_what_was_edited(admin_client, directory_page):
    """Export → edit one cell in a spreadsheet → import: one organisation updated, the rest unchanged."""
    from directory.importer import EXPORT_COLUMNS, import_text

    make_organisation(
        "ghent-shelter",
        name="Ghent Shelter",
        country="BE",
        city="Ghent",
        phone="+32 9 000 00 00",
        opening_hours="Mon–Fri 9–17, ő and ű kept",
        available_24_7=True,
        services=["shelter", "legal-aid"],
        languages=["nl", "hu"],
        target_groups=["women", "minors"],
        is_sample=True,
    )
    make_organisation("pecs-police", name="Pécs Police", country="HU", city="Pécs", services=["police"])

    response = admin_client.get(reverse("wagtailsnippets_directory_organisation:list"), {"export": "csv"})
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())  # Excel reads UTF-8 only with a byte-order mark
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == EXPORT_COLUMNS
    ghent = next(row for row in rows if row["slug"] == "ghent-shelter")
    assert ghent["phone"] == "'+32 9 000 00 00"  # text to a spreadsheet, read back as the number
    assert ghent["available_24_7"] == "yes" and set(ghent["services"].split()) == {"shelter", "legal-aid"}

    next(row for row in rows if row["slug"] == "pecs-police")["city"] = "Pécs-Baranya"
    edited = io.StringIO()
    writer = csv.DictWriter(edited, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    result = import_text(edited.getvalue())

    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    ghent_row = Organisation.objects.get(slug="ghent-shelter")
    assert ghent_row.phone == "+32 9 000 00 00" and ghent_row.opening_hours == "Mon–Fri 9–17, ő and ű kept"
    assert ghent_row.available_24_7 and ghent_row.is_sample
    assert Organisation.objects.get(slug="pecs-police").city == "Pécs-Baranya"


def test_the_export_holds_only_the_rows_the_importer_updates(admin_client, directory_page, locales):
    ghent = make_organisation("ghent-shelter", name="Ghent Shelter")
    ghent.copy_for_translation(locales["hu"]).save()

    rows = download_rows(admin_client, reverse("wagtailsnippets_directory_organisation:list"), "csv")

    assert [row[0] for row in rows[1:]] == ["ghent-shelter"]
