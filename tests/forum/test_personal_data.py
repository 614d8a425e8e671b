"""The personal-data check behind the post form's warning."""

import datetime

import pytest

from forum.community.personal_data import be_national_number_is_valid, find_personal_data, iban_is_valid

TODAY = datetime.date(2015, 6, 1)


def kinds(text):
    return [(finding.kind, finding.text) for finding in find_personal_data(text, today=TODAY)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Write to anna.sample@example.org today", [("email", "anna.sample@example.org")]),
        ("Her number is +36 1 555 0100.", [("phone", "+36 1 555 0100")]),
        ("Call 06 20 555 0123 after five", [("phone", "06 20 555 0123")]),
        ("Tel: 0032 2 555 01 23", [("phone", "0032 2 555 01 23")]),
        ("born 12/03/1990 in a small town", [("date_of_birth", "12/03/1990")]),
        ("geboren 3 mei 1999", [("date_of_birth", "3 mei 1999")]),
        ("DOB: 1994-07-21", [("date_of_birth", "1994-07-21")]),
        ("she was born on 14 February 2001", [("date_of_birth", "14 February 2001")]),
        ("passport AB1234567 was kept by the employer", [("id_number", "AB1234567")]),
        ("Passport number: NW8K2P4R1", [("id_number", "NW8K2P4R1")]),
        ("rijksregisternummer 85.07.30-033.28", [("id_number", "85.07.30-033.28")]),
        ("paid to NL91 ABNA 0417 1643 00 each week", [("iban", "NL91 ABNA 0417 1643 00")]),
        ("account BE68539007547034", [("iban", "BE68539007547034")]),
    ],
)
def test_finds_personal_data(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The workshop is on 10 June 2015 in Brussels.",
        "See the meeting notes of 2015-05-12.",
        "Article 12 of Directive 2011/36/EU applies; the TRM has 5 stages.",
        "A woman in her twenties, identified in Belgium, wants to return to a Hungarian county.",
        "The budget line is 150000 EUR.",
        "Room 1.23 at 10.30",
    ],
)
def test_ordinary_case_talk_is_not_flagged(text):
    assert kinds(text) == []


def test_iban_checksum_is_checked():
    assert iban_is_valid("NL91 ABNA 0417 1643 00")
    assert not iban_is_valid("NL91 ABNA 0417 1643 01")
    assert ("iban", "NL91 ABNA 0417 1643 01") not in kinds("paid to NL91 ABNA 0417 1643 01")


def test_belgian_national_number_checksum_is_checked():
    assert be_national_number_is_valid("85073003328")
    assert not be_national_number_is_valid("85073003329")


def test_findings_come_in_text_order_with_positions():
    text = "Mail x@example.org or call +31 20 555 0100"
    findings = find_personal_data(text, today=TODAY)
    assert [finding.kind for finding in findings] == ["email", "phone"]
    assert all(text[finding.start : finding.end] == finding.text for finding in findings)


@pytest.mark.parametrize(
    "text,expected",
    [
        # Obfuscated e-mail addresses
        ("Write to anna.sample [at] example [dot] org", [("email", "anna.sample [at] example [dot] org")]),
        ("anna (at) example (dot) hu", [("email", "anna (at) example (dot) hu")]),
        ("anna{at}example.org", [("email", "anna{at}example.org")]),
        ("mail anna at example dot org please", [("email", "anna at example dot org")]),
        ("anna [kukac] example [pont] hu", [("email", "anna [kukac] example [pont] hu")]),
        ("anna&#64;example.org", [("email", "anna&#64;example.org")]),
        ("anna＠example．org", [("email", "anna＠example．org")]),
        # Full-width and zero-width-spaced digits
        ("Call ０６ ２０ ５５５ ０１２３", [("phone", "０６ ２０ ５５５ ０１２３")]),
        ("Call 06\u200b20\u200b555\u200b0123", [("phone", "06\u200b20\u200b555\u200b0123")]),
        ("Passport A\u200bB1234567", [("id_number", "A\u200bB1234567")]),
        # IBAN in lower case
        ("paid to nl91 abna 0417 1643 00 each week", [("iban", "nl91 abna 0417 1643 00")]),
        ("account be68539007547034.", [("iban", "be68539007547034")]),
        # National numbers, by checksum
        ("TAJ: 123 456 788, issued in 2001", [("id_number", "123 456 788")]),
        ("BSN 111222333", [("id_number", "111222333")]),
        ("burgerservicenummer 1112.22.333", [("id_number", "1112.22.333")]),
        ("rijksregisternummer 17.07.30-033.84", [("id_number", "17.07.30-033.84")]),  # born in 2017
        ("BIS 85.27.30-033.71", [("id_number", "85.27.30-033.71")]),
        # Street addresses
        ("She lives at Kossuth Lajos utca 12. in Pécs", [("address", "Kossuth Lajos utca 12")]),
        ("Váci út 45/B, Budapest", [("address", "Váci út 45/B")]),
        ("Kerkstraat 12a in Utrecht", [("address", "Kerkstraat 12a")]),
        ("Sent to 1012 AB Amsterdam", [("address", "1012 AB Amsterdam")]),
        ("rue de la Loi 16, Bruxelles", [("address", "rue de la Loi 16")]),
        ("avenue Louise 54 bte 3", [("address", "avenue Louise 54 bte 3")]),
        # Licence plates
        ("a car ABC-123 was seen", [("licence_plate", "ABC-123")]),
        ("the new plate AA BB-123", [("licence_plate", "AA BB-123")]),
        ("a van 1-ABC-234 in Liège", [("licence_plate", "1-ABC-234")]),
        ("Dutch car AB-12-CD", [("licence_plate", "AB-12-CD")]),
        ("kenteken 12-ABC-3", [("licence_plate", "12-ABC-3")]),
        ("rendszáma abc-123", [("licence_plate", "abc-123")]),
        # Names next to dates of birth, dates in words
        (
            "Anna Sample, born 3 March 1990, lives in Pécs",
            [("name", "Anna Sample"), ("date_of_birth", "3 March 1990")],
        ),
        ("Sample Anna született 1990. március 3.", [("name", "Sample Anna"), ("date_of_birth", "1990. március 3.")]),
        ("Sample Anna 1990. május 3-án született", [("name", "Sample Anna"), ("date_of_birth", "1990. május 3-án")]),
        (
            "Jan van der Voorbeeld, geboren op 12 mei 1988",
            [("name", "Jan van der Voorbeeld"), ("date_of_birth", "12 mei 1988")],
        ),
        ("Marie Exemple, née le 1er mars 1990", [("name", "Marie Exemple"), ("date_of_birth", "1er mars 1990")]),
        ("born on the 3rd of March 2009", [("date_of_birth", "3rd of March 2009")]),
        ("The victim, born 3 March 1990", [("date_of_birth", "3 March 1990")]),  # no name there
    ],
)
def test_finds_personal_data_however_it_is_written(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "TAJ: 123 456 789",  # wrong TAJ checksum (and no BSN)
        "BSN 111222334",  # fails the 11-proef
        "rijksregisternummer 85.07.30-033.29",
        "Case 123456789 was closed in May.",
        "See the guidance at example.org and the form at the office.",
        "The meeting took place in June 2015.",
        "In 2015 EU Member States agreed on the directive.",
        "We follow ISO-9001 and chapter 12-3.",
        "Kerkstraat is a common street name.",
    ],
)
def test_ordinary_numbers_and_words_are_not_flagged(text):
    assert kinds(text) == []


def test_national_number_checksums():
    from forum.community.personal_data import bsn_is_valid, taj_is_valid

    assert taj_is_valid("123456788") and taj_is_valid("123-456-788")
    assert not taj_is_valid("123456789") and not taj_is_valid("12345678")
    assert bsn_is_valid("111222333") and not bsn_is_valid("111222334")
    assert be_national_number_is_valid("17073003384")  # 2000+ birth: '2' prefixed
    assert not be_national_number_is_valid("17073003385")
    assert iban_is_valid("nl91abna0417164300")


def test_positions_point_at_the_text_as_written():
    text = "Mail anna\u200b@exa\u200bmple.org or call ＋３６ 1 555 0100"
    findings = find_personal_data(text, today=TODAY)
    assert [finding.kind for finding in findings] == ["email", "phone"]
    assert all(text[finding.start : finding.end] == finding.text for finding in findings)


def test_hint_never_repeats_the_whole_value():
    (finding,) = find_personal_data("TAJ: 123 456 788", today=TODAY)
    assert finding.hint == "12…88"
    assert "456" not in finding.hint
