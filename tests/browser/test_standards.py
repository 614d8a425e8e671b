"""Every page type of the demo site, in every language, for an anonymous visitor and for a
vetted member, meets the web standards a person relies on: no axe-core violation of any
impact, HTML that the Nu HTML Checker finds no error in, hreflang alternates that are
complete, self-referencing and reciprocal, and feeds that parse.

One Chromium walks all pages once (tests/browser/pages.py lists them; the demo content is
loaded once for the module); the tests below each judge one standard on what that walk saw.
"""

import io

import feedparser
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from tests.browser import standards
from tests.browser.pages import (
    ANONYMOUS,
    AUDIENCES,
    MEMBER,
    MEMBER_EMAIL,
    all_page_types,
    demo_placeholders,
    without_alternates,
)

pytestmark = [pytest.mark.browser]

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def load_demo_site():
    """The demo content, on a database that an earlier transactional test may have emptied."""
    from wagtail.models import Collection, Locale

    from tests.browser.test_public_walk import english_home

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    english_home(locales)
    call_command("load_demo_content", stdout=io.StringIO())


def sign_in(context, base_url, email):
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(email=email))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base_url, "httpOnly": True}])


@pytest.fixture(scope="module")
def walk(chromium, live_server, django_db_setup, django_db_blocker):
    """{"records": [...], "feeds": {path: body}} from one walk over every page type."""
    check_axe = standards.AXE_JS.exists()
    base_url = live_server.url
    records = []
    feeds = {}
    with django_db_blocker.unblock():
        load_demo_site()
        placeholders = demo_placeholders()
        forum_feed = placeholders["member_forum"].replace("/forum/forum/", "/forum/feeds/forum/", 1)
        for audience in AUDIENCES:
            context = chromium.new_context(base_url=base_url, locale="en-GB")
            try:
                if audience == MEMBER:
                    sign_in(context, base_url, MEMBER_EMAIL)
                page = context.new_page()
                records += standards.walk(
                    page, base_url, all_page_types(), placeholders, audience, LANGUAGES, check_axe=check_axe
                )
                if audience == ANONYMOUS:
                    # The feeds the pages announce (the news feed of each language) and the forum's.
                    paths = {href for record in records for href in standards.feed_links(record["html"])}
                    paths |= {forum_feed.replace("/en/", f"/{code}/", 1) + "topics/all/" for code in LANGUAGES}
                    for path in sorted(paths):
                        path = standards._path_of(path, base_url)
                        response = context.request.get(path)
                        feeds[path] = (response.status, response.headers.get("content-type", ""), response.body())
            finally:
                context.close()
    return {"records": records, "feeds": feeds}


def checked(walk, audience=None, language=None):
    """The pages the walk loaded, optionally of one audience and language."""
    return [
        record
        for record in walk["records"]
        if record["path"] is not None
        and (audience is None or record["audience"] == audience)
        and (language is None or record["language"] == language)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("audience", AUDIENCES)
def test_axe_finds_no_violation_of_any_impact(walk, audience, language):
    standards.require_axe()
    records = checked(walk, audience, language)
    assert records, f"no page was walked in {language} for the {audience}"
    problems = []
    for record in records:
        problems += standards.describe_violations(standards.where(record), record["violations"])
    assert not problems, "axe-core found violations:\n" + "\n".join(problems)


def test_the_nu_html_checker_finds_no_error(walk):
    standards.require_vnu()
    documents = {}
    for record in checked(walk):
        if record["html"] and record["final_path"] not in {r["final_path"] for r in documents.values()}:
            documents[standards.where(record)] = record
    errors = standards.vnu_errors({name: record["html"] for name, record in documents.items()})
    lines = [f"{name}: {error}" for name, found in errors.items() for error in found]
    assert not lines, "the Nu HTML Checker found errors:\n" + "\n".join(lines)


def test_the_content_security_policy_blocks_nothing_the_site_needs(walk):
    records = checked(walk)
    refused = [f"{standards.where(record)}: {text}" for record in records for text in record["csp_violations"]]
    assert not refused, "the browser refused under the Content Security Policy:\n" + "\n".join(refused)
    assert all("script-src 'self'" in record["csp"] for record in records if record["status"] == 200)


def test_every_page_type_answers_in_each_language_it_is_offered_in(walk):
    failures = [
        f"{standards.where(record)} answered {record['status']}" for record in checked(walk) if record["status"] != 200
    ]
    assert not failures, "\n".join(failures)
    # The walk reached each page type in all four languages where the demo translates it.
    languages = {}
    for record in checked(walk, ANONYMOUS):
        languages.setdefault(record["page_type"], set()).add(record["language"])
    assert languages["home"] == set(LANGUAGES)
    assert languages["organisation"] == set(LANGUAGES)
    assert languages["handbook print view"] == set(LANGUAGES)
    assert languages["safe contact"] == set(LANGUAGES)
    assert {record["language"] for record in checked(walk, MEMBER) if record["page_type"] == "direct messages"} == set(
        LANGUAGES
    )


def test_hreflang_alternates_are_complete_self_referencing_and_reciprocal(walk, live_server):
    base = live_server.url
    failures = []
    by_page = {}
    for record in checked(walk):
        by_page[(record["page_type"], record["audience"], record["language"])] = record
    private = without_alternates()
    for (page_type, audience, language), record in by_page.items():
        where = standards.where(record)
        alternates = record["alternates"]
        if page_type in private:
            if alternates:
                failures.append(f"{where}: a private page announces alternates: {alternates}")
            continue
        codes = [code for code, _href in alternates]
        hrefs = dict(alternates)
        if len(codes) != len(set(codes)):
            failures.append(f"{where}: a language is announced twice: {codes}")
        if "x-default" not in hrefs:
            failures.append(f"{where}: no x-default alternate")
        if any(not href.startswith(("http://", "https://")) for href in hrefs.values()):
            failures.append(f"{where}: an alternate address is not absolute: {alternates}")
        own = record["final_path"].partition("?")[0]
        if standards._path_of(hrefs.get(language, ""), base) != own:
            failures.append(f"{where}: does not announce itself as {language} (found {hrefs.get(language)})")
        # Complete: every language the page is offered in is announced, and every announced
        # address is that page in that language, announcing the same set back (reciprocal).
        for other in LANGUAGES:
            if other == language:
                continue
            target = by_page.get((page_type, audience, other))
            if other not in hrefs:
                if target is not None:
                    failures.append(
                        f"{where}: the page exists in {other} ({target['final_path']}) but is not announced"
                    )
                continue
            if target is None:
                failures.append(f"{where}: announces {other} at {hrefs[other]}, which was not reached")
                continue
            back = dict(target["alternates"]).get(language)
            if standards._path_of(back or "", base) != own:
                failures.append(f"{where}: {other} page {target['final_path']} links back to {back}, not here")
            if sorted(target["alternates"]) != sorted(alternates):
                failures.append(f"{where}: {other} page announces another set: {target['alternates']}")
    assert not failures, "hreflang problems:\n" + "\n".join(failures)


def test_feeds_parse_without_errors(walk):
    news_feeds = [path for path in walk["feeds"] if "/forum/" not in path]
    assert len(news_feeds) == len(LANGUAGES), f"expected a news feed announced in each language: {news_feeds}"
    problems = []
    for path, (status, content_type, body) in walk["feeds"].items():
        if status != 200:
            problems.append(f"{path}: status {status}")
            continue
        feed = feedparser.parse(body, response_headers={"content-type": content_type})
        if feed.bozo:
            problems.append(f"{path}: {feed.bozo_exception}")
        elif not feed.feed.get("title"):
            problems.append(f"{path}: the feed has no title")
        elif path.startswith("/en/") and not feed.entries:
            # The demo's news items and forum topics are in English; the other feeds may be empty.
            problems.append(f"{path}: no entries")
    assert not problems, "feed problems:\n" + "\n".join(problems)
