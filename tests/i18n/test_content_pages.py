"""Each language renders the home page, a handbook chapter and a report with its own <html lang>."""

import datetime

import pytest
from wagtail.rich_text import RichText

from handbook.models import HandbookChapterPage, HandbookIndexPage
from reports.models import ReportIndexPage, WorkshopReportPage

LANGUAGES = ("en", "nl", "hu", "fr")


@pytest.fixture
def content(home_page, translated_home, translate):
    handbook = HandbookIndexPage(title="Handbook", slug="handbook")
    home_page.add_child(instance=handbook)
    handbook.save_revision().publish()
    chapter = HandbookChapterPage(
        title="Identification",
        slug="identification",
        chapter_number=1,
        summary="Who may be a victim, and who identifies them.",
        body=[("paragraph", RichText("<p>Identification is the first stage of the referral.</p>"))],
    )
    handbook.add_child(instance=chapter)
    chapter.save_revision().publish()

    reports = ReportIndexPage(title="Reports", slug="reports")
    home_page.add_child(instance=reports)
    reports.save_revision().publish()
    report = WorkshopReportPage(
        title="Workshop in Budapest",
        slug="workshop-budapest",
        summary="The first workshop.",
        start_date=datetime.date(2014, 10, 7),
        end_date=datetime.date(2014, 10, 8),
        host_country="HU",
        city="Budapest",
        host_organisation="Ministry of Interior (sample)",
        number_of_participants=40,
    )
    reports.add_child(instance=report)
    report.save_revision().publish()

    pages = {"chapter": {"en": chapter}, "report": {"en": report}}
    for code in LANGUAGES[1:]:
        for parent in (handbook, reports):
            translate(parent, code)
        pages["chapter"][code] = translate(chapter, code)
        pages["report"][code] = translate(report, code)
    return pages


@pytest.mark.parametrize("kind", ["chapter", "report"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_content_pages_render_in_each_language(client, content, kind, code):
    page = content[kind][code]
    response = client.get(page.get_url())
    assert response.status_code == 200
    assert f'<html lang="{code}"'.encode() in response.content
    assert page.title.encode() in response.content
    for other in LANGUAGES:
        assert f'hreflang="{other}"'.encode() in response.content


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_renders_in_each_language(client, translated_home, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert f'<html lang="{code}"'.encode() in response.content
