"""A visitor walks the public site by keyboard: home, handbook, a chapter, the next one, reports by country."""

import datetime

import pytest
from wagtail.rich_text import RichText

from handbook.models import HandbookChapterPage, HandbookIndexPage
from reports.models import ReportIndexPage, StudyVisitReportPage, WorkshopReportPage
from tests.conftest import default_home

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def english_home(locales):
    """The site's English home page; rebuilt if an earlier transactional test flushed what the migrations made."""
    return default_home()


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_site(home):
    handbook = publish(home, HandbookIndexPage(title="Handbook", slug="handbook", show_in_menus=True))
    for number, title, slug in [
        (1, "Understanding trafficking", "understanding"),
        (2, "Identification", "identification"),
    ]:
        body = [
            ("heading", {"text": f"Section of chapter {number}", "level": "h2", "anchor": ""}),
            ("paragraph", RichText(f"<p>Text of chapter {number}.</p>")),
        ]
        publish(
            handbook,
            HandbookChapterPage(title=title, slug=slug, chapter_number=number, summary=f"About {title}.", body=body),
        )
    reports = publish(home, ReportIndexPage(title="Reports", slug="reports", show_in_menus=True))
    for model, title, slug, country, city, start in [
        (WorkshopReportPage, "Workshop in Budapest", "budapest", "HU", "Budapest", datetime.date(2014, 10, 14)),
        (WorkshopReportPage, "Workshop in Antwerp", "antwerp", "BE", "Antwerp", datetime.date(2015, 9, 22)),
        (StudyVisitReportPage, "Study visit to Belgium", "visit-belgium", "BE", "Brussels", datetime.date(2015, 5, 5)),
    ]:
        publish(
            reports,
            model(
                title=title, slug=slug, summary=f"What happened in {city}.", start_date=start, end_date=start,
                host_country=country, city=city, host_organisation="Host (sample)",
            ),
        )  # fmt: skip


def activate(page, locator):
    """Follow a link or press a button the way a keyboard user does: focus it, then Enter."""
    locator.focus()
    page.keyboard.press("Enter")


def test_keyboard_walk_from_home_to_a_filtered_report_list(browser_page, locales):
    build_site(english_home(locales))
    page = browser_page
    page.goto("/en/")
    assert page.locator("#quick-exit").is_visible()

    # The skip link is the first thing the keyboard reaches.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"

    activate(page, page.get_by_role("navigation", name="Main").get_by_role("link", name="Handbook"))
    page.wait_for_url("**/en/handbook/")
    assert page.locator("h1").inner_text() == "Handbook"

    activate(page, page.get_by_role("link", name="Understanding trafficking"))
    page.wait_for_url("**/en/handbook/understanding/")
    toc = page.get_by_role("navigation", name="In this chapter")
    assert toc.get_by_role("link", name="Section of chapter 1").get_attribute("href") == "#section-of-chapter-1"

    activate(page, page.get_by_role("link", name="Next chapter"))
    page.wait_for_url("**/en/handbook/identification/")
    assert page.locator("h1").inner_text() == "Identification"
    assert page.get_by_role("link", name="Previous chapter").is_visible()

    activate(page, page.get_by_role("navigation", name="Main").get_by_role("link", name="Reports"))
    page.wait_for_url("**/en/reports/")
    assert "3 reports found" in page.locator(".result-count").inner_text()

    country = page.get_by_label("Host country")
    country.focus()
    country.select_option("BE")
    activate(page, page.get_by_role("button", name="Show reports"))
    page.wait_for_url("**/en/reports/?*country=BE*")
    assert "2 reports found" in page.locator(".result-count").inner_text()
    titles = page.locator(".report-card__title").all_inner_texts()
    assert titles == ["Workshop in Antwerp", "Study visit to Belgium"]
    assert country.input_value() == "BE"


def test_report_filters_work_without_javascript(chromium, live_server, locales):
    build_site(english_home(locales))
    context = chromium.new_context(base_url=live_server.url, locale="en-GB", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/en/reports/")
        page.get_by_label("Type").select_option("workshop")
        page.get_by_label("Host country").select_option("HU")
        page.get_by_role("button", name="Show reports").click()
        page.wait_for_url("**/en/reports/?*type=workshop*")
        assert "1 report found" in page.locator(".result-count").inner_text()
        assert page.locator(".report-card__title").all_inner_texts() == ["Workshop in Budapest"]
    finally:
        context.close()
