import io

import pytest
from django.core.management.base import BaseCommand

from gethelp import demo
from gethelp.models import GetHelpPage, HelpLine, help_lines_for_locale

pytestmark = pytest.mark.django_db


def test_demo_loads_twice_without_duplicates(home_page, client):
    command = BaseCommand(stdout=io.StringIO())
    demo.load(command)
    counts = (GetHelpPage.objects.count(), HelpLine.objects.count())
    demo.load(command)

    translated_languages = 3  # nl, hu and fr
    assert counts == (GetHelpPage.objects.count(), HelpLine.objects.count())
    assert counts == (1, len(demo.HELP_LINES) * (1 + translated_languages))
    html = client.get("/en/get-help/").content.decode()
    assert 'href="tel:112"' in html
    assert "Payoke" in html
    assert html.count("Sample entry: for demonstration only") == 3


def test_demo_samples_are_labelled_and_use_no_real_numbers(db):
    for data in demo.HELP_LINES:
        if data.get("phone") and data["phone"] != "112":
            assert data.get("is_sample"), data["organisation"]
            assert "(sample)" in data["organisation"]
            assert data["website"].endswith(".example.org/")


def test_demo_help_lines_are_translated_with_the_same_phone_numbers(home_page, locales):
    demo.load(BaseCommand(stdout=io.StringIO()))

    english = help_lines_for_locale(locales["en"])
    dutch = help_lines_for_locale(locales["nl"])

    assert "Europees alarmnummer 112" in [line.organisation for line in dutch]
    assert all(line.locale_id == locales["nl"].pk for line in dutch)
    assert [line.phone for line in dutch] == [line.phone for line in english]
    assert all(line.live for line in dutch)
