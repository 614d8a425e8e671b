"""The demo pages carry the dates the project's work had (February 2014 to January 2016),
not the day the demo was loaded, so "Last updated" and feeds tell the truth.

Runs after the translations: a translated page takes its source's date. A page someone
has edited in the admin (a revision with a user) keeps the date of that real edit.
Running it again changes nothing.
"""

import datetime

from django.utils import timezone
from wagtail.models import Page, Revision

from handbook.models import HandbookChapterPage, HandbookIndexPage
from home.demo import english_home
from home.models import StandardPage
from news.models import NewsIndexPage, NewsPage
from reports.models import ReportIndexPage, ReportPage

HANDBOOK_FIRST_EDITION = datetime.date(2015, 9, 30)  # the news item announcing it
PROJECT_END = datetime.date(2016, 1, 29)
PROJECT_PAGES = ("about", "partners")  # the platform's own pages (privacy, accessibility) are current
REPORT_WRITING_TIME = datetime.timedelta(days=21)


def at_noon(date):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(12)))


def real_dates(home):
    """(English page, date it was really published) for every dated demo page."""
    for report in ReportPage.objects.descendant_of(home):
        yield report, report.end_date + REPORT_WRITING_TIME
    for news in NewsPage.objects.descendant_of(home):
        yield news, news.date
    for page in HandbookIndexPage.objects.descendant_of(home):
        yield page, HANDBOOK_FIRST_EDITION
    for page in HandbookChapterPage.objects.descendant_of(home):
        yield page, HANDBOOK_FIRST_EDITION
    for page in ReportIndexPage.objects.child_of(home):
        yield page, PROJECT_END
    for page in NewsIndexPage.objects.child_of(home):
        yield page, PROJECT_END
    for page in StandardPage.objects.child_of(home).filter(slug__in=PROJECT_PAGES):
        yield page, PROJECT_END


def backdate(source, date):
    """Date `source` and its translations; returns how many pages changed."""
    when = at_noon(date)
    changed = 0
    for page in Page.objects.filter(translation_key=source.translation_key):
        revisions = Revision.page_revisions.filter(object_id=str(page.pk))
        if revisions.filter(user__isnull=False).exists():
            continue
        if page.first_published_at == when and page.last_published_at == when:
            continue
        revisions.update(created_at=when)
        Page.objects.filter(pk=page.pk).update(
            first_published_at=when, last_published_at=when, latest_revision_created_at=when
        )
        changed += 1
    return changed


def load(command):
    home = english_home()
    if home is None:
        command.stdout.write("dates: no English home page, skipped")
        return
    changed = sum(backdate(page, date) for page, date in real_dates(home))
    command.stdout.write(f"dates: {changed} page(s) dated to the project's years")
