"""Dates and numbers follow the active language."""

import datetime

from django.template import Context, Template
from django.utils import translation

TEMPLATE = Template('{{ day|date:"DATE_FORMAT" }} · {{ number }}')


def render(language):
    with translation.override(language):
        return TEMPLATE.render(Context({"day": datetime.date(2015, 11, 3), "number": 1234.5}))


def test_dates_are_written_the_way_each_language_writes_them():
    assert render("en").startswith("3 November 2015")  # British usage, see config/formats/en
    assert render("hu").startswith("2015. november 3.")
    assert render("nl").startswith("3 november 2015")
    assert render("fr").startswith("3 novembre 2015")


def test_decimal_separator_follows_the_language():
    assert render("en").endswith("1234.5")
    assert render("nl").endswith("1234,5")
    assert render("hu").endswith("1234,5")
