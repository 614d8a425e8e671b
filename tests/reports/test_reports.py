import datetime

import pytest
from django.core.exceptions import ValidationError

from reports.models import WorkshopReportPage, latest_reports

from .factories import StudyVisitReportPageFactory, WorkshopReportPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed_reports(report_index):
    return {
        "budapest": WorkshopReportPageFactory(
            parent=report_index, title="Budapest workshop", host_country="HU", start_date=datetime.date(2014, 10, 1)
        ),
        "antwerp": WorkshopReportPageFactory(
            parent=report_index, title="Antwerp workshop", host_country="BE", start_date=datetime.date(2015, 3, 2)
        ),
        "hague": StudyVisitReportPageFactory(
            parent=report_index, title="Hague study visit", host_country="NL", start_date=datetime.date(2015, 6, 8)
        ),
    }


def test_report_page_shows_its_fields(client, report_index):
    report = WorkshopReportPageFactory(parent=report_index, title="Budapest workshop", slug="budapest")
    html = client.get("/en/reports/budapest/").content.decode()
    for text in (
        "Budapest workshop",
        "Workshop",
        "Budapest, Hungary",
        "Ministry of Interior (sample)",
        "Hungary, Belgium, Netherlands",
        "30",
        "Opening and introductions",
        "09:30",
        "Referral works best when agreed.",
        "Name one contact point.",
    ):
        assert text in html, text
    assert report.report_type == "workshop"


def test_study_visit_page_renders(client, report_index):
    StudyVisitReportPageFactory(parent=report_index, title="Visit to The Hague", slug="hague")
    html = client.get("/en/reports/hague/").content.decode()
    assert "Study visit" in html and "The Hague, Netherlands" in html


def test_end_date_before_start_date_is_refused(report_index):
    with pytest.raises(ValidationError) as error:
        WorkshopReportPageFactory(
            parent=report_index, start_date=datetime.date(2015, 3, 2), end_date=datetime.date(2015, 3, 1)
        )
    assert "end_date" in error.value.message_dict


def test_index_lists_all_reports_newest_first_with_count(client, mixed_reports):
    html = client.get("/en/reports/").content.decode()
    assert "3 reports found" in html
    assert html.index("Hague study visit") < html.index("Antwerp workshop") < html.index("Budapest workshop")


@pytest.mark.parametrize(
    "query, expected",
    [
        ("type=workshop", {"Budapest workshop", "Antwerp workshop"}),
        ("type=study-visit", {"Hague study visit"}),
        ("country=BE", {"Antwerp workshop"}),
        ("year=2015", {"Antwerp workshop", "Hague study visit"}),
        ("type=workshop&year=2015", {"Antwerp workshop"}),
        ("type=workshop&country=NL", set()),
    ],
)
def test_filters_alone_and_combined(client, mixed_reports, query, expected):
    html = client.get(f"/en/reports/?{query}").content.decode()
    shown = {title for title in ("Budapest workshop", "Antwerp workshop", "Hague study visit") if title in html}
    assert shown == expected


def test_bad_parameters_give_a_message_not_an_error(client, mixed_reports):
    response = client.get("/en/reports/?year=abc&type=nonsense&page=xyz")
    html = response.content.decode()
    assert response.status_code == 200
    assert "There are no reports from abc" in html
    assert "Unknown type of report" in html
    assert "That page number is not valid" in html
    assert "3 reports found" in html


def test_pagination_keeps_filters(client, report_index):
    for number in range(12):
        WorkshopReportPageFactory(
            parent=report_index, host_country="BE", start_date=datetime.date(2015, 1, number + 1)
        )
    StudyVisitReportPageFactory(parent=report_index)
    html = client.get("/en/reports/?type=workshop&country=BE").content.decode()
    assert "12 reports found" in html
    assert "?type=workshop&amp;country=BE&amp;page=2" in html
    second = client.get("/en/reports/?type=workshop&country=BE&page=2").content.decode()
    assert second.count('class="report-card"') == 2
    too_far = client.get("/en/reports/?type=workshop&country=BE&page=99").content.decode()
    assert "There is no such page" in too_far


@pytest.mark.parametrize("count", [5, 30])
def test_index_query_count_does_not_grow(client, report_index, django_assert_max_num_queries, count):
    for number in range(count):
        factory = WorkshopReportPageFactory if number % 2 else StudyVisitReportPageFactory
        factory(parent=report_index, start_date=datetime.date(2014 + number % 2, 1, 1 + number % 28))
    client.get("/en/reports/")  # warm caches (site root paths, content types)
    with django_assert_max_num_queries(20):
        assert client.get("/en/reports/?year=2015").status_code == 200


def test_latest_reports_returns_newest_live_reports_of_both_kinds(mixed_reports):
    mixed_reports["budapest"].unpublish()
    result = latest_reports("en", limit=2)
    assert [page.title for page in result] == ["Hague study visit", "Antwerp workshop"]
    assert latest_reports("xx") == []
    assert WorkshopReportPage.objects.count() == 2


def test_filter_choices_show_how_many_reports_each_would_list(client, mixed_reports):
    html = client.get("/en/reports/?type=workshop").content.decode()
    # Countries and years are counted among workshops only; types among all reports.
    assert ">Belgium (1)</option>" in html
    assert ">Netherlands (0)</option>" in html
    assert ">2015 (1)</option>" in html
    assert ">Study visits (1)</option>" in html
    assert ">Workshops (2)</option>" in html


def test_unknown_country_is_explained_and_ignored(client, mixed_reports):
    response = client.get("/en/reports/?country=XX")
    html = response.content.decode()
    assert response.status_code == 200
    assert "There are no reports hosted in that country" in html
    assert "3 reports found" in html


def test_empty_states(client, report_index, mixed_reports):
    html = client.get("/en/reports/?type=study-visit&country=BE").content.decode()
    assert "0 reports found" in html
    assert "No reports match these filters." in html
    for page in mixed_reports.values():
        page.unpublish()
    html = client.get("/en/reports/").content.decode()
    assert "No reports have been published yet." in html


def test_drafts_and_private_reports_are_not_listed(client, report_index, mixed_reports):
    from wagtail.models import PageViewRestriction

    mixed_reports["budapest"].unpublish()
    PageViewRestriction.objects.create(page=mixed_reports["antwerp"], restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/en/reports/").content.decode()
    assert "1 report found" in html
    assert "Hague study visit" in html
    assert "Budapest workshop" not in html and "Antwerp workshop" not in html
    assert [page.title for page in latest_reports("en")] == ["Hague study visit"]


def test_index_makes_as_many_queries_for_many_reports_as_for_few(client, report_index, settings):
    settings.ANONYMOUS_PAGE_CACHE = False  # the rendering is measured, not a whole page from the cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def add(count, year):
        for number in range(count):
            factory = WorkshopReportPageFactory if number % 2 else StudyVisitReportPageFactory
            factory(
                parent=report_index, host_country=("HU", "BE", "NL")[number % 3], start_date=datetime.date(year, 1, 1)
            )

    def count(url):
        # Two requests first: the shared cache (home.caching) that a new report renews is filled
        # again, and what a first rendering creates (renditions) has renewed it once more.
        client.get(url)
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            html = client.get(url).content.decode()
        return len(queries), html

    add(2, 2014)
    few, _html = count("/en/reports/?country=BE")
    add(25, 2015)
    many, html = count("/en/reports/?country=BE&page=1")
    assert "9 reports found" in html
    assert many == few


def test_home_page_shows_the_latest_reports(client, mixed_reports):
    html = client.get("/en/").content.decode()
    section = html[html.index('id="latest-reports-title"') :]
    assert section.index("Hague study visit") < section.index("Antwerp workshop") < section.index("Budapest workshop")
    assert "The Hague, Netherlands" in section
    assert "What happened and what we learned." in section
