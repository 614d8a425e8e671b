"""Query budgets of the main pages on the demo site (issue 14, part 1).

At most 12 queries for any anonymous page and 18 for a vetted member's forum page, in
English and Hungarian, and the same number again once the site holds more topics, posts
and pages. Counted on the second request: the first fills the shared cache (home.caching),
as the first reader after a change does in production.

On failure the message lists the SQL of the page, so that the repeated query shows.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from machina.core.db.models import get_model
from machina.core.loading import get_class
from wagtail.models import Page

from directory.models import DirectoryPage, Organisation, PathwayPage
from gethelp.models import GetHelpPage
from handbook.models import HandbookChapterPage
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from reports.models import ReportIndexPage, ReportPage

Forum = get_model("forum", "Forum")
Topic = get_model("forum_conversation", "Topic")
Post = get_model("forum_conversation", "Post")
TrackingHandler = get_class("forum_tracking.handler", "TrackingHandler")

ANONYMOUS_BUDGET = 12
VETTED_BUDGET = 18
LANGUAGES = ("en", "hu")


@pytest.fixture(autouse=True)
def render_every_page(settings):
    """The budgets are for rendering a page: whole anonymous pages from the cache (home.page_cache) cost none."""
    settings.ANONYMOUS_PAGE_CACHE = False


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, loaded once for the module and rolled back after it."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo_content", stdout=open("/dev/null", "w"))
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def first_live(model, language):
    return model.objects.live().filter(locale__language_code=language).order_by("path").first()


def topic_url(topic):
    return reverse(
        "forum_conversation:topic",
        kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum.pk, "slug": topic.slug, "pk": topic.pk},
    )


def forum_url(forum):
    return reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk})


def anonymous_pages(language):
    pages = {}
    for name, model in [
        ("home", HomePage),
        ("handbook chapter", HandbookChapterPage),
        ("reports index", ReportIndexPage),
        ("news index", NewsIndexPage),
        ("directory", DirectoryPage),
        ("pathway", PathwayPage),
        ("get help", GetHelpPage),
    ]:
        page = first_live(model, language)
        if page is not None:
            pages[name] = page.url
    report = Page.objects.live().type(ReportPage).filter(locale__language_code=language).order_by("path").first()
    if report is not None:
        pages["report"] = report.url
    directory = first_live(DirectoryPage, language)
    organisation = Organisation.objects.filter(live=True, locale__language_code=language).order_by("pk").first()
    if directory is not None and organisation is not None:
        pages["organisation"] = directory.url + directory.reverse_subpage(
            "organisation", kwargs={"slug": organisation.slug}
        ).lstrip("/")
    with translation.override(language):
        public = Forum.objects.get(slug="announcements")
        pages["forum index"] = reverse("forum:index")
        pages["public forum"] = forum_url(public)
        pages["public topic"] = topic_url(Topic.objects.filter(forum=public, approved=True).order_by("pk").first())
    return pages


def vetted_pages(language):
    with translation.override(language):
        private = Forum.objects.get(slug="hungary")
        return {
            "forum index": reverse("forum:index"),
            "private forum": forum_url(private),
            "private topic": topic_url(Topic.objects.filter(forum=private, approved=True).order_by("pk").first()),
        }


def vetted_member():
    return (
        get_user_model()
        .objects.filter(groups__name="Vetted professionals", is_active=True)
        .exclude(groups__name__in=["Moderators", "Editors"])
        .exclude(is_staff=True)
        .order_by("pk")
        .first()
    )


def count(client, url):
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), [query["sql"] for query in queries.captured_queries]


def measure(client, pages):
    return {name: count(client, url) for name, url in pages.items()}


def over_budget(counts, budget):
    return {
        name: (number, "\n".join(sql[:300] for sql in statements))
        for name, (number, statements) in counts.items()
        if number > budget
    }


def test_anonymous_pages_stay_within_the_budget(demo, db):
    for language in LANGUAGES:
        pages = anonymous_pages(language)
        assert len(pages) >= 10, pages
        counts = measure(Client(), pages)
        print(language, {name: number for name, (number, _sql) in counts.items()})
        assert not over_budget(counts, ANONYMOUS_BUDGET), (language, over_budget(counts, ANONYMOUS_BUDGET))


def test_a_vetted_members_forum_pages_stay_within_the_budget(demo, db):
    member = vetted_member()
    assert member is not None
    for language in LANGUAGES:
        client = Client()
        client.force_login(member)
        counts = measure(client, vetted_pages(language))
        print(language, {name: number for name, (number, _sql) in counts.items()})
        assert not over_budget(counts, VETTED_BUDGET), (language, over_budget(counts, VETTED_BUDGET))


def grow_the_site(member):
    """More of everything the measured pages list: topics and posts in both forums (the measured
    topics gain a second page of posts), news items and handbook chapters."""
    moderator = get_user_model().objects.filter(groups__name="Moderators").order_by("pk").first()
    for slug, poster in (("announcements", moderator), ("hungary", member)):
        forum = Forum.objects.get(slug=slug)
        measured = Topic.objects.filter(forum=forum, approved=True).order_by("pk").first()
        for number in range(30):
            Post.objects.create(
                topic=measured, poster=poster, subject=f"Re: {measured.subject}", content=f"Reply {number}."
            )
        for number in range(25):
            topic = Topic.objects.create(
                forum=forum, subject=f"Growth topic {number}", poster=poster, type=Topic.TOPIC_POST,
                status=Topic.TOPIC_UNLOCKED, approved=True,
            )  # fmt: skip
            for reply in range(3):
                Post.objects.create(topic=topic, poster=poster, subject=topic.subject, content=f"Post {reply}.")
    for language in LANGUAGES:
        index = first_live(NewsIndexPage, language)
        if index is not None:
            for number in range(8):
                item = NewsPage(
                    title=f"Growth news {language} {number}",
                    slug=f"growth-news-{number}",
                    intro="More news.",
                    date=timezone.localdate() - datetime.timedelta(days=number),
                )
                index.add_child(instance=item)
                item.save_revision().publish()
        chapter = first_live(HandbookChapterPage, language)
        if chapter is not None:
            for number in range(4):
                page = HandbookChapterPage(
                    title=f"Growth chapter {language} {number}",
                    slug=f"growth-chapter-{number}",
                    chapter_number=100 + number,
                    summary="One more chapter.",
                )
                chapter.get_parent().add_child(instance=page)
                page.save_revision().publish()


def test_the_counts_do_not_grow_with_the_data(demo, db):
    member = vetted_member()
    before_anonymous = {language: measure(Client(), anonymous_pages(language)) for language in LANGUAGES}
    member_client = Client()
    member_client.force_login(member)
    before_vetted = {language: measure(member_client, vetted_pages(language)) for language in LANGUAGES}

    grow_the_site(member)

    for language in LANGUAGES:
        after = measure(Client(), anonymous_pages(language))
        for name, (number, statements) in after.items():
            assert number <= before_anonymous[language][name][0], (language, name, number, statements)
        # machina marks the topic read on each view while other topics of the forum are unread
        # (three more queries): within the budget, and the same count again once all is read.
        unread = measure(member_client, vetted_pages(language))
        assert not over_budget(unread, VETTED_BUDGET), (language, over_budget(unread, VETTED_BUDGET))
        TrackingHandler().mark_forums_read(list(Forum.objects.all()), member)
        after = measure(member_client, vetted_pages(language))
        for name, (number, statements) in after.items():
            assert number <= before_vetted[language][name][0], (
                language,
                name,
                number,
                "\n".join(statements),
                "\n".join(before_vetted[language][name][1]),
            )
