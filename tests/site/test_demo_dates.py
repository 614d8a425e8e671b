"""Demo pages carry the project's real dates (2014-2016), not the day the demo was loaded."""

import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from handbook.models import HandbookChapterPage
from news.models import NewsPage
from reports.models import ReportPage

PROJECT_YEARS = {2014, 2015, 2016}


@pytest.fixture
def demo_site(db):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))


def shown_dates(html):
    """The years of every machine-readable date on the page, and of any "Last updated" line."""
    years = {int(value[:4]) for value in re.findall(r'<time[^>]*datetime="(\d{4})', html)}
    updated = re.findall(
        r"(?:Last updated|Utolsó frissítés|Laatst bijgewerkt|Dernière mise à jour)[^<]*<time[^>]*>([^<]+)<", html
    )
    return years, updated


def test_reports_news_and_chapters_show_the_project_years(demo_site, client):
    this_year = str(timezone.now().year)
    pages = (
        Page.objects.type(ReportPage, NewsPage, HandbookChapterPage)
        .live()
        .filter(locale__language_code__in=["en", "hu"])
    )
    assert {type(page.specific) for page in pages if page.locale.language_code == "en"} >= {
        NewsPage,
        HandbookChapterPage,
    }
    assert any(isinstance(page.specific, ReportPage) for page in pages)
    for page in pages:
        html = client.get(page.url, follow=True).content.decode()
        years, updated = shown_dates(html)
        assert years and years <= PROJECT_YEARS, (page.url, years)
        assert not any(this_year in text for text in updated), (page.url, updated)


def test_every_dated_demo_page_in_every_language_was_published_in_the_project_years(demo_site):
    pages = Page.objects.type(ReportPage, NewsPage, HandbookChapterPage).filter(depth__gt=2)
    assert pages.count() >= 4 * 5
    for page in pages:
        for moment in (page.first_published_at, page.last_published_at, page.latest_revision_created_at):
            assert moment.year in PROJECT_YEARS, (page.url_path, moment)


def test_loading_again_keeps_the_dates(demo_site):
    before = dict(Page.objects.values_list("pk", "last_published_at"))
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    assert dict(Page.objects.values_list("pk", "last_published_at")) == before
