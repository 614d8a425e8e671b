"""In Chromium, the two ways Wagtail's autosave lost an editor's words (home/static/home/autosave_guard.js).

- A server error (issue 16, finding 3: "database is locked" on SQLite left "Autosave is paused – A
  server error occurred" on screen, and the words unsaved, until the editor typed again). Autosave
  now tries again by itself; the message goes once a save succeeds, and the words are saved.
- Words typed while a save was on its way: when that save came back, Wagtail counted them as
  saved, so they never reached the server (seen as a flaky last word in test_sqlite_editing)."""

import re

import pytest
from playwright.sync_api import expect

from home.editing import ensure_editing_setup
from home.models import StandardPage
from tests.browser.test_translation_journey import member_of, signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def open_editor(chromium, live_server, site_root):
    ensure_editing_setup()
    page_object = StandardPage(title="Shelters in spring", slug="shelters-in-spring", intro="Sample intro.")
    site_root.add_child(instance=page_object)
    page_object.save_revision().publish()
    editor = member_of("Editors", "editor@example.org")

    context = signed_in_context(chromium, live_server, editor)
    page = context.new_page()
    edit_url = f"/admin/pages/{page_object.pk}/edit/"
    page.goto(edit_url)
    # Wagtail's unsaved-changes watcher takes its first copy of the form 2 s after it starts.
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(2500)
    return context, page, page_object, edit_url


def intercept_saves(page, edit_url, handle):
    """Autosaves (POSTs to the edit view) go to `handle`; everything else to the server."""

    def route_request(route):
        if route.request.method == "POST":
            handle(route)
        else:
            route.continue_()

    pattern = re.compile(rf".*{re.escape(edit_url)}$")
    page.route(pattern, route_request)
    return pattern


def test_the_paused_message_goes_when_autosave_recovers(chromium, live_server, site_root):
    context, page, page_object, edit_url = open_editor(chromium, live_server, site_root)
    footer = page.locator(".footer__container[data-controller='w-messages']")

    failing = {"count": 0}

    def fail(route):
        failing["count"] += 1
        route.fulfill(status=500, body="")

    saves = intercept_saves(page, edit_url, fail)
    title = page.locator("#id_title")
    title.press("End")
    title.press_sequentially(" and summer")
    expect(footer).to_contain_text("Autosave is paused")
    expect(footer).to_contain_text("A server error occurred.")
    assert failing["count"] >= 1

    # The server works again; the editor does not touch the form. Autosave tries again by itself.
    page.unroute(saves)
    expect(page.locator("#w-autosave-indicator")).to_have_attribute(
        "data-w-autosave-state-value", "saved", timeout=20_000
    )
    expect(footer).to_have_class(re.compile("footer__container--hidden"))
    expect(footer).not_to_contain_text("Autosave is paused")
    context.close()

    page_object.refresh_from_db()
    assert page_object.get_latest_revision().as_object().title == "Shelters in spring and summer"


def test_words_typed_while_a_save_is_on_its_way_are_saved_next(chromium, live_server, site_root):
    context, page, page_object, edit_url = open_editor(chromium, live_server, site_root)
    held = []

    def hold_the_first_save(route):
        if held:
            route.continue_()
        else:
            held.append(route)  # answered below, once more words are typed

    intercept_saves(page, edit_url, hold_the_first_save)
    title = page.locator("#id_title")
    title.press("End")
    title.press_sequentially(" and")
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "no autosave started"

    # The save of " and" is on its way; the editor goes on typing, and it comes back at once,
    # before Wagtail's watcher (every 0.5 s) has seen the new words.
    title.press_sequentially(" summer")
    held[0].continue_()
    indicator = page.locator("#w-autosave-indicator")
    expected = "Shelters in spring and summer"
    for _ in range(150):
        page.wait_for_timeout(200)
        page_object.refresh_from_db()
        if page_object.get_latest_revision().as_object().title == expected:
            break
    expect(indicator).to_have_attribute("data-w-autosave-state-value", "saved")
    footer = page.locator(".footer__container[data-controller='w-messages']")
    expect(footer).not_to_contain_text("unsaved")
    context.close()

    page_object.refresh_from_db()
    assert page_object.get_latest_revision().as_object().title == expected
