"""In Chromium: a moderator working in Hungarian renames a forum in the admin, in the four
languages side by side, and Hungarian and Dutch readers see the new names in the forum index,
on the forum's page and in its breadcrumbs (issue 11, item 2). axe-core finds nothing on
the admin form or on the reader's pages."""

import os

import pytest
from django.conf import settings as django_settings
from wagtail.users.models import UserProfile

from forum.community.structure import setup_forums
from tests.browser.test_review_queue import assert_no_axe_violations, sign_in_with_2fa
from tests.forum.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = os.environ.get("FORUM_NAMES_SCREENSHOTS", "")


def shot(page, name):
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, f"{name}.png"), full_page=True)


def test_a_moderator_renames_a_forum_and_readers_see_it_in_their_language(browser_page, live_server):
    forums = setup_forums()
    forum = forums["Workshops and study visits"]
    moderator = make_user("names-mod@example.org", groups=(django_settings.MODERATORS_GROUP,), language="hu")
    UserProfile.objects.update_or_create(user=moderator, defaults={"preferred_language": "hu"})

    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 1000})
    sign_in_with_2fa(page, live_server, moderator)

    # From the forum page to its names in the admin.
    page.goto(f"/hu/forum/forum/{forum.slug}-{forum.pk}/")
    with page.expect_navigation():
        page.get_by_role("link", name="A fórum nevének és leírásának szerkesztése").click()
    assert "Műhelymunkák és tanulmányutak" in page.get_by_role("heading", level=1).inner_text()
    name_hu = page.get_by_role("textbox", name="Magyar", exact=True).first
    assert name_hu.input_value() == "Műhelymunkák és tanulmányutak"
    shot(page, "admin-forum-names-hu")
    assert_no_axe_violations(page, "forum names form (hu)")

    # A Dutch description without a name is refused, and nothing typed is lost.
    page.locator("#id_name_nl").fill("")
    page.locator("#id_description_nl").fill("Voorbereiding van de workshops.")
    page.locator("#id_name_hu").fill("Szakmai műhelyek")
    with page.expect_navigation():
        page.get_by_role("button", name="Mentés").click()
    error = "Adjon nevet a fórumnak ezen a nyelven, vagy hagyja üresen a leírást is."
    assert error in page.inner_text("body")
    assert page.locator("#id_name_hu").input_value() == "Szakmai műhelyek"
    assert page.locator("#id_description_nl").input_value() == "Voorbereiding van de workshops."
    assert_no_axe_violations(page, "forum names form with an error (hu)")

    page.locator("#id_name_nl").fill("Werkbijeenkomsten")
    with page.expect_navigation():
        page.get_by_role("button", name="Mentés").click()
    assert error not in page.inner_text("body")
    listing = page.inner_text("main")
    assert "Szakmai műhelyek" in listing and "Werkbijeenkomsten" in listing

    # Readers: the vetted area's forum is listed to moderators; its page and breadcrumbs follow.
    page.goto(f"/hu/forum/forum/{forum.slug}-{forum.pk}/")
    assert page.get_by_role("heading", level=1).inner_text().strip() == "Szakmai műhelyek"
    breadcrumbs = page.get_by_role("navigation", name="Navigációs sáv").inner_text()
    assert "Szakértői terület" in breadcrumbs and "Szakmai műhelyek" in breadcrumbs
    page.goto("/hu/forum/")
    index = page.inner_text("main")
    assert "Szakmai műhelyek" in index and "Nyilvános terület" in index and "Közlemények" in index
    assert "Announcements" not in index and "Public area" not in index
    shot(page, "forum-index-hu")
    assert_no_axe_violations(page, "forum index (hu)")
    page.goto("/nl/forum/")
    index = page.inner_text("main")
    assert "Werkbijeenkomsten" in index and "Mededelingen" in index
