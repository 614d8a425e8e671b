"""In Chromium: an editor asks for a Hungarian translation of a live English page with
wagtail-localize's "Translate this page"; the translation starts as a draft that visitors do
not see (issue 16, finding 1). Submitting and approving it: tests/i18n/test_workflow.py."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from playwright.sync_api import expect

from home.demo_translations import translate_page
from home.editing import ensure_editing_setup
from home.models import StandardPage
from tests.accounts.mfa import force_login_with_2fa

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ENGLISH_TITLE = "Support for workers at risk"
WAIT = 30_000  # milliseconds: the React translation editor and the admin on a busy 2-core machine


def member_of(group_name, email):
    user = get_user_model().objects.create_user(
        username=email.split("@")[0], email=email, password="a-long-test-password"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def signed_in_context(chromium, live_server, user):
    """A browser context whose session used a second factor, like a real sign-in."""
    client = force_login_with_2fa(Client(), user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context = chromium.new_context(base_url=live_server.url, locale="en-GB")
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url, "httpOnly": True}])
    context.set_default_timeout(WAIT)
    return context


@pytest.fixture
def english_page(site_root, locales):
    """A published English page under a home page that exists in Hungarian, in the approval workflow."""
    translate_page(site_root, "hu", {})
    ensure_editing_setup()
    page = StandardPage(title=ENGLISH_TITLE, slug="support-journey", intro="Where to turn for help.")
    site_root.add_child(instance=page)
    page.save_revision().publish()
    return page


def hungarian_of(page):
    from wagtail.models import Locale

    translated = page.get_translation_or_none(Locale.objects.get(language_code="hu"))
    return translated.specific if translated is not None else None


def visitor_sees(chromium, live_server, path, text):
    context = chromium.new_context(base_url=live_server.url, locale="hu-HU")
    try:
        page = context.new_page()
        response = page.goto(path)
        return response.status == 200 and text in page.inner_text("body"), response.status, page.url
    finally:
        context.close()


def test_translate_this_page_makes_a_draft_not_a_live_copy(chromium, live_server, english_page):
    editor = member_of(settings.EDITORS_GROUP, "journey-editor@example.org")
    editor_context = signed_in_context(chromium, live_server, editor)
    try:
        page = editor_context.new_page()

        # 1. The editor opens the English page and chooses "Translate this page", ticking Magyar.
        page.goto(f"/admin/pages/{english_page.pk}/edit/")
        page.locator("#w-slim-header-buttons").get_by_role("button", name="Actions").click()
        page.get_by_role("link", name="Translate this page").click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("Translate")
        page.get_by_label("Magyar").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Submit").click()

        # 2. The Hungarian page exists, as a draft: a visitor does not see it.
        hungarian = hungarian_of(english_page)
        assert hungarian is not None, "wagtail-localize made no Hungarian page"
        assert not hungarian.live
        hungarian_url = f"/hu/{english_page.slug}/"
        seen, status, final = visitor_sees(chromium, live_server, hungarian_url, ENGLISH_TITLE)
        assert not seen, (status, final)

        # The editor lands in the translation editor of the Hungarian draft.
        assert page.url.endswith(f"/admin/pages/{hungarian.pk}/edit/")
    finally:
        editor_context.close()


HUNGARIAN_TITLE = "Segítség a veszélyeztetett munkavállalóknak"


def test_an_editor_submits_a_translation_and_a_moderator_approves_it(chromium, live_server, english_page):
    """The rest of the journey (issue 16): the Hungarian draft, translated, is submitted by an
    editor who may not publish, stays unseen while it waits, and goes live when a moderator
    with 2FA approves it in the same workflow as any page. The strings are stored the way
    wagtail-localize's editor stores them (its React editor is covered upstream)."""
    from home.demo_translations import translate_page

    editor = member_of(settings.EDITORS_GROUP, "journey-editor2@example.org")
    moderator = member_of(settings.MODERATORS_GROUP, "journey-moderator@example.org")
    hungarian = translate_page(
        english_page, "hu", {ENGLISH_TITLE: HUNGARIAN_TITLE, "Where to turn for help.": "Hová fordulhat segítségért."},
        publish=False,
    ).page  # fmt: skip
    assert not hungarian.live
    hungarian_url = f"/hu/{hungarian.slug}/"

    editor_context = signed_in_context(chromium, live_server, editor)
    try:
        page = editor_context.new_page()
        # From the Hungarian pages in the explorer: the page's "More options" menu.
        page.goto(f"/admin/pages/{hungarian.get_parent().pk}/")
        page.get_by_role("button", name=f"More options for '{HUNGARIAN_TITLE}'").click()
        page.get_by_role("link", name="Submit translation for moderation").click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("Submit translation for moderation")
        with page.expect_navigation():
            page.get_by_role("button", name="Submit for moderation").click()
        expect(page.locator(".messages")).to_contain_text("was submitted for moderation")
    finally:
        editor_context.close()
    hungarian.refresh_from_db()
    assert hungarian.workflow_in_progress and not hungarian.live
    seen, status, final = visitor_sees(chromium, live_server, hungarian_url, HUNGARIAN_TITLE)
    assert not seen, (status, final)

    moderator_context = signed_in_context(chromium, live_server, moderator)
    try:
        page = moderator_context.new_page()
        # "Awaiting your review" on the dashboard: the same task as any page change.
        page.goto("/admin/")
        row = page.locator("tr", has_text=HUNGARIAN_TITLE)
        row.get_by_role("button", name="Actions").click()
        with page.expect_navigation():
            row.get_by_role("button", name="Approve", exact=True).click()
    finally:
        moderator_context.close()
    hungarian.refresh_from_db()
    assert hungarian.live and not hungarian.workflow_in_progress
    seen, status, final = visitor_sees(chromium, live_server, hungarian_url, HUNGARIAN_TITLE)
    assert seen, (status, final)
