import io

import pytest
from django.core.management.base import BaseCommand

from gethelp import demo
from gethelp.models import GetHelpPage, HelpLine

pytestmark = pytest.mark.django_db


def test_demo_loads_twice_without_duplicates(home_page, client):
    command = BaseCommand(stdout=io.StringIO())
    demo.load(command)
    counts = (GetHelpPage.objects.count(), HelpLine.objects.count())
    demo.load(command)

    assert counts == (GetHelpPage.objects.count(), HelpLine.objects.count()) == (1, len(demo.HELP_LINES))
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
