"""In Chromium: an editor's autosave meets a server error, then the server recovers (issue 16,
finding 3: "database is locked" on SQLite left "Autosave is paused – A server error occurred"
on screen, and the words unsaved, until the editor typed again). Autosave now tries again by
itself; the message goes once a save succeeds, and the words are saved."""

import re

import pytest
from playwright.sync_api import expect

from home.editing import ensure_editing_setup
from home.models import StandardPage
from tests.browser.test_translation_journey import member_of, signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_paused_message_goes_when_autosave_recovers(chromium, live_server, site_root):
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
    footer = page.locator(".footer__container[data-controller='w-messages']")

    failing = {"count": 0}

    def fail(route):
        if route.request.method == "POST":
            failing["count"] += 1
            route.fulfill(status=500, body="")
        else:
            route.continue_()

    page.route(re.compile(rf".*{re.escape(edit_url)}$"), fail)
    title = page.locator("#id_title")
    title.press("End")
    title.press_sequentially(" and summer")
    expect(footer).to_contain_text("Autosave is paused")
    expect(footer).to_contain_text("A server error occurred.")
    assert failing["count"] >= 1

    # The server works again; the editor does not touch the form. Autosave tries again by itself.
    page.unroute(re.compile(rf".*{re.escape(edit_url)}$"))
    expect(page.locator("#w-autosave-indicator")).to_have_attribute(
        "data-w-autosave-state-value", "saved", timeout=20_000
    )
    expect(footer).to_have_class(re.compile("footer__container--hidden"))
    expect(footer).not_to_contain_text("Autosave is paused")
    context.close()

    page_object.refresh_from_db()
    assert page_object.get_latest_revision().as_object().title == "Shelters in spring and summer"
