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
