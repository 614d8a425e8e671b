import pytest

from gethelp.models import Country, HelpLine, group_by_country, help_lines_for_locale
from tests.gethelp.factories import HelpLineFactory

pytestmark = pytest.mark.django_db


def translate(line, locale, live=True, **changes):
    translation = line.copy_for_translation(locale)
    for name, value in changes.items():
        setattr(translation, name, value)
    translation.live = live
    translation.save()
    return translation


def test_a_translated_help_line_is_shown_in_the_readers_language(locales):
    line = HelpLineFactory(notes="Free and confidential.")
    translate(line, locales["nl"], notes="Gratis en vertrouwelijk.")

    [dutch] = help_lines_for_locale(locales["nl"])
    [english] = help_lines_for_locale(locales["en"])

    assert dutch.notes == "Gratis en vertrouwelijk."
    assert english.notes == "Free and confidential."


def test_an_untranslated_or_unpublished_translation_falls_back_to_the_source(locales):
    untranslated = HelpLineFactory(organisation="Untranslated line")
    draft_source = HelpLineFactory(organisation="Line with a draft translation")
    translate(draft_source, locales["hu"], live=False, organisation="Piszkozat")

    shown = help_lines_for_locale(locales["hu"])

    assert {line.pk for line in shown} == {untranslated.pk, draft_source.pk}


def test_unpublished_help_lines_are_never_shown(locales):
    HelpLineFactory(live=False)
    assert help_lines_for_locale(locales["en"]) == []


def test_help_lines_come_in_country_then_sort_order(locales):
    HelpLineFactory(country=Country.NL, organisation="NL line")
    HelpLineFactory(country=Country.HU, organisation="HU second", sort_order=20)
    HelpLineFactory(country=Country.HU, organisation="HU first", sort_order=10)
    HelpLineFactory(country=Country.EU, organisation="112")

    groups = group_by_country(help_lines_for_locale(locales["en"]))

    assert [(code, [line.organisation for line in lines]) for code, _name, lines in groups] == [
        ("EU", ["112"]),
        ("HU", ["HU first", "HU second"]),
        ("NL", ["NL line"]),
    ]


@pytest.mark.parametrize(
    "phone, href",
    [
        ("112", "tel:112"),
        ("+32 (0)3 000 00 00", "tel:+32030000000"),
        ("+36 1 000-0100", "tel:+3610000100"),
        ("", ""),
    ],
)
def test_tel_links_hold_only_digits_and_a_leading_plus(phone, href):
    assert HelpLine(phone=phone).tel_href == href


def test_phone_numbers_cannot_be_changed_by_translators():
    from wagtail_localize.fields import SynchronizedField

    fields = {field.field_name: field for field in HelpLine.translatable_fields}
    assert isinstance(fields["phone"], SynchronizedField)
    assert not fields["phone"].is_overridable(HelpLine())
