"""In Chromium: an editor downloads the organisations as CSV from the admin, a spreadsheet
changes one cell, `import_directory` reads the file back, and the public page shows the change
and nothing else moved (issue 16, finding 4: the export did not round-trip, and Excel garbled
"Pécs" for want of a byte-order mark)."""

import csv
import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from directory.importer import EXPORT_COLUMNS
from directory.models import Organisation
from directory.setup import ensure_editing_permissions
from home.editing import ensure_editing_setup
from tests.browser.test_translation_journey import member_of, signed_in_context
from tests.directory.conftest import directory_page, make_organisation, taxonomy  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_export_edit_import_changes_only_what_was_edited(chromium, live_server, directory_page, tmp_path):  # noqa: F811
    ensure_editing_setup()
    ensure_editing_permissions()
    make_organisation("pecs-police", name="Pécs Police (sample)", country="HU", city="Pécs", services=["police"])
    make_organisation(
        "ghent-shelter", name="Ghent Shelter (sample)", country="BE", city="Ghent", phone="+32 9 000 00 00",
        opening_hours="Mon–Fri 9–17", services=["shelter"], is_sample=True,
    )  # fmt: skip
    before = {o.slug: (o.name, o.city, o.phone, o.opening_hours) for o in Organisation.objects.all()}
    editor = member_of("Editors", "export-editor@example.org")

    context = signed_in_context(chromium, live_server, editor)
    try:
        page = context.new_page()
        page.goto("/admin/snippets/directory/organisation/")
        expect(page.get_by_role("heading", level=1)).to_contain_text("Organisations")
        page.locator("#w-slim-header-buttons").get_by_role("button", name="Actions").click()
        with page.expect_download() as download_info:
            page.get_by_role("link", name="Download CSV").click()
        exported = tmp_path / "organisations.csv"
        download_info.value.save_as(exported)
    finally:
        context.close()

    raw = exported.read_bytes()
    assert raw.startswith("\ufeff".encode()), "no byte-order mark: Excel would garble the accents"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == EXPORT_COLUMNS
    assert {row["city"] for row in rows} == {"Pécs", "Ghent"}
    next(row for row in rows if row["slug"] == "pecs-police")["city"] = "Pécs-Baranya"
    edited = tmp_path / "organisations-edited.csv"
    with edited.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)

    output = io.StringIO()
    call_command("import_directory", str(edited), stdout=output)
    assert "0 new, 1 updated, 1 unchanged" in output.getvalue(), output.getvalue()

    after = {o.slug: (o.name, o.city, o.phone, o.opening_hours) for o in Organisation.objects.all()}
    assert after["ghent-shelter"] == before["ghent-shelter"]
    assert after["pecs-police"] == (before["pecs-police"][0], "Pécs-Baranya", *before["pecs-police"][2:])

    visitor = chromium.new_context(base_url=live_server.url, locale="en-GB")
    try:
        page = visitor.new_page()
        page.goto(f"{directory_page.url}org/pecs-police/")
        expect(page.get_by_role("main")).to_contain_text("Pécs-Baranya")
    finally:
        visitor.close()
