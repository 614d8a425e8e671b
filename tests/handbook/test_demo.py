"""The demo handbook and reports: what a visitor of the demonstration site finds, in four languages."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Page

from handbook.models import HandbookChapterPage, HandbookIndexPage
from reports.models import StudyVisitReportPage, WorkshopReportPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site(db):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))


def test_demo_handbook_and_reports_load_twice_without_changes(demo_site):
    before = (Page.objects.count(), HandbookChapterPage.objects.count(), WorkshopReportPage.objects.count())
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    assert (Page.objects.count(), HandbookChapterPage.objects.count(), WorkshopReportPage.objects.count()) == before


def test_demo_handbook_reports_and_translated_chapters(demo_site, client):
    english = HandbookIndexPage.objects.get(locale__language_code="en")
    chapters = HandbookChapterPage.objects.child_of(english).live().order_by("chapter_number")
    assert list(chapters.values_list("chapter_number", flat=True)) == [1, 2, 3, 4, 5, 6, 7]
    html = client.get("/en/handbook/identification/").content.decode()
    assert "Indicators of sexual exploitation" in html and "Indicators of labour exploitation" in html
    assert html.count("callout--indicators") >= 3
    printed = client.get("/en/handbook/print/").content.decode()
    assert re.findall(r'<section class="print-chapter" id="chapter-(\d+)"', printed) == list("1234567")
    check_reports(client)
    check_translated_chapters(client)


def check_reports(client):
    workshops = WorkshopReportPage.objects.filter(locale__language_code="en")
    assert sorted(workshops.values_list("host_country", "city")) == [
        ("BE", "Antwerp"),
        ("HU", "Budapest"),
        ("NL", "The Hague"),
    ]
    assert all(2014 <= report.start_date.year <= 2015 for report in workshops)
    assert StudyVisitReportPage.objects.filter(locale__language_code="en").count() >= 2
    html = client.get("/en/reports/?country=NL").content.decode()
    assert "1 report found" in html and "Workshop in The Hague" in html
    report = client.get("/en/reports/workshop-antwerp-2015/").content.decode()
    for section in ("Agenda", "Findings", "Recommendations", "Documents"):
        assert f">{section}</h2>" in report


TRANSLATED_CHAPTERS = [
    ("/nl/handboek/identificatie/", "nl", "Identificatie van slachtoffers", "Signalen van arbeidsuitbuiting"),
    ("/hu/kezikonyv/aldozatazonositas/", "hu", "Az áldozatok azonosítása", "A munkaerő-kizsákmányolás jelei"),
    ("/fr/manuel/identification/", "fr", "L&#x27;identification des victimes", "délai de réflexion"),
    ("/nl/handboek/mensenhandel-begrijpen/", "nl", "Mensenhandel begrijpen", "loverboymethode"),
    ("/hu/kezikonyv/mi-az-emberkereskedelem/", "hu", "Mi az emberkereskedelem?", "emberkereskedelem"),
    ("/fr/manuel/comprendre-la-traite/", "fr", "Comprendre la traite des êtres humains", "Protocole de Palerme"),
]


def check_translated_chapters(client):
    for url, lang, heading, text in TRANSLATED_CHAPTERS:
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200, url
        assert f'<html lang="{lang}"' in html, url
        assert f"<h1>{heading}</h1>" in html, url
        assert text in html, url
    # Every chapter is translated: the Dutch chapter 2 leads on to the Dutch chapter 3, the last has no next.
    chapter_two = client.get("/nl/handboek/identificatie/").content.decode()
    assert re.search(
        r'href="/nl/handboek/[a-z-]+/" rel="next"><span class="chapter-nav__label">Volgend hoofdstuk', chapter_two
    )
    assert "3. Eerste hulp en bescherming" in chapter_two
    last = HandbookChapterPage.objects.get(locale__language_code="nl", chapter_number=7)
    assert 'rel="next"' not in client.get(last.url).content.decode()
