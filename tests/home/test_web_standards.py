"""Markup details that validators and search engines read: datetime attributes, the sitemap's
language alternates and the hreflang alternates of a page's sub-addresses."""

import datetime
import re

import pytest
from django.template import Context, Template
from django.utils import timezone

pytestmark = pytest.mark.django_db


def render(value):
    return Template("{% load site_tags %}{{ value|html_datetime }}").render(Context({"value": value}))


def test_datetime_attributes_have_whole_seconds_and_an_offset():
    moment = timezone.make_aware(datetime.datetime(2026, 12, 1, 18, 43, 15, 715369))
    rendered = render(moment)
    assert re.fullmatch(r"2026-12-01T\d\d:43:15[+-]\d\d:\d\d", rendered), rendered
    assert render(datetime.date(2015, 9, 22)) == "2015-09-22"
    assert render(None) == ""


def test_last_updated_time_of_a_page_is_a_valid_datetime(client, standard_page):
    html = client.get("/en/about/").content.decode()
    value = re.search(r'<time datetime="([^"]+)"', html).group(1)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", value), value


def test_sitemap_lists_each_translation_of_a_page_as_an_alternate(client, standard_page, locales):
    dutch = standard_page.copy_for_translation(locales["nl"], copy_parents=True)
    dutch.title = "Over het project"
    dutch.slug = "over"
    dutch.save_revision().publish()
    xml = client.get("/sitemap.xml").content.decode()
    english_entry = re.search(r"<url><loc>[^<]*/en/about/</loc>.*?</url>", xml, re.S).group(0)
    dutch_entry = re.search(r"<url><loc>[^<]*/nl/over/</loc>.*?</url>", xml, re.S).group(0)
    for entry in (english_entry, dutch_entry):
        assert re.search(r'<xhtml:link rel="alternate" hreflang="en" href="[^"]*/en/about/"/>', entry)
        assert re.search(r'<xhtml:link rel="alternate" hreflang="nl" href="[^"]*/nl/over/"/>', entry)
        assert re.search(r'<xhtml:link rel="alternate" hreflang="x-default" href="[^"]*/en/about/"/>', entry)


def test_a_page_without_translations_has_no_sitemap_alternates(client, standard_page):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/en/about/" in xml
    assert "xhtml:link" not in xml
