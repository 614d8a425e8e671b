"""A vetted expert posts in a country forum; an anonymous visitor cannot reach it."""

import pytest
from django.conf import settings as django_settings
from django.test import Client

from forum.community.structure import setup_forums
from tests.forum.conftest import make_vetted

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url, "httpOnly": True}])


def test_vetted_expert_posts_and_anonymous_visitor_cannot_reach_it(browser_page, chromium, live_server, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    forums = setup_forums()
    expert = make_vetted("browser-expert@example.org")
    page = browser_page
    sign_in(page, live_server, expert)

    hungary = forums["Hungary"]
    page.goto(f"/en/forum/forum/{hungary.slug}-{hungary.pk}/")
    page.get_by_role("link", name="New topic").first.click()
    page.get_by_label("Subject").fill("Shelter places for returning adults (browser test)")
    page.get_by_label("Message", exact=True).fill("Which service confirms a place before travel?")
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url("**/topic/**")
    assert page.get_by_role("heading", level=1).inner_text() == "Shelter places for returning adults (browser test)"
    topic_url = page.url
    # The shell is there: the site header and footer surround the forum.
    assert page.locator("header").first.is_visible() and page.locator("footer").first.is_visible()

    anonymous = chromium.new_context(base_url=live_server.url)
    visitor = anonymous.new_page()
    try:
        visitor.goto(topic_url)
        assert "/accounts/login/" in visitor.url
        assert "Which service confirms" not in visitor.content()
        visitor.goto("/en/forum/")
        assert "Cross-border cases" not in visitor.content()
        assert "Announcements" in visitor.content()
        visitor.goto("/en/forum/feeds/topics/")
        assert "Shelter places" not in visitor.content()
        visitor.goto("/en/forum/search/?q=Shelter")
        assert "Shelter places" not in visitor.content()
    finally:
        anonymous.close()
