"""The quick exit leaves at Shift pressed three times and never at a key someone writing a post
presses; the header's main menu stays on one row at 1280 px in every language, and looks the same
on forum pages as elsewhere."""

import pytest
from django.conf import settings

from tests.browser.pages import MEMBER_EMAIL, demo_placeholders
from tests.browser.test_standards import load_demo_site, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEUTRAL = "<title>Neutral</title>"


def neutral_site(page):
    """Answer for the neutral site ourselves: the test machine has no way out to the internet."""
    exit_url = page.locator("#quick-exit").get_attribute("data-quick-exit-url")
    for pattern in (exit_url, f"{exit_url.rstrip('/')}/**"):
        page.route(pattern, lambda route: route.fulfill(body=NEUTRAL, content_type="text/html"))
    return exit_url


@pytest.fixture
def demo(live_server):
    load_demo_site()
    return demo_placeholders()


@pytest.fixture
def member_page(chromium, live_server, demo):
    context = chromium.new_context(base_url=live_server.url, locale="en-GB", viewport={"width": 1280, "height": 900})
    sign_in(context, live_server.url, MEMBER_EMAIL)
    yield context.new_page()
    context.close()


def test_shift_three_times_leaves_while_esc_in_a_post_keeps_the_draft(member_page, demo):
    page = member_page
    page.goto(demo["expert_forum"] + "topic/create/")
    exit_url = neutral_site(page)
    hint = page.locator("#quick-exit-hint")
    assert hint.is_visible() and "Shift three times" in hint.inner_text()
    assert page.locator("#quick-exit").get_attribute("aria-describedby") == "quick-exit-hint"

    draft = page.locator("textarea").first
    draft.click()
    page.keyboard.type("A long draft about a case.")
    page.keyboard.press("Escape")
    # Shift used for capitals has other keys between the presses: that is typing, not leaving.
    page.keyboard.press("Shift+A")
    page.keyboard.press("Shift+B")
    page.keyboard.press("Shift+C")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("x")
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)  # would a page change start, it starts within this
    assert "/topic/create/" in page.url
    assert draft.input_value() == "A long draft about a case.ABCx"

    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{exit_url.rstrip('/')}*")
    assert page.title() == "Neutral"


def test_main_menu_fits_one_row_at_1280_px_in_every_language(chromium, live_server, demo):
    context = chromium.new_context(base_url=live_server.url, locale="en-GB", viewport={"width": 1280, "height": 900})
    measured = []
    try:
        page = context.new_page()
        for code, _name in settings.LANGUAGES:
            page.goto(f"/{code}/")
            items = page.locator(".site-nav__item")
            assert items.count() >= 5, f"{code}: the demo menu is missing"
            first, last = items.first.bounding_box(), items.last.bounding_box()
            assert first["y"] == last["y"], f"{code}: the menu wraps onto a second row ({first['y']} vs {last['y']})"
            measured.append(code)
    finally:
        context.close()
    assert measured == ["en", "nl", "hu", "fr"]


HEADER_SEARCH_BUTTON_STYLE = """() => {
  const style = getComputedStyle(document.querySelector('.header-search button'));
  return ['font-size', 'font-weight', 'font-family', 'padding', 'background-color', 'border-radius', 'height']
    .map((name) => name + ': ' + style.getPropertyValue(name));
}"""


def test_forum_pages_leave_the_header_search_button_as_it_is(chromium, live_server, demo):
    context = chromium.new_context(base_url=live_server.url, locale="en-GB", viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto("/en/")
        elsewhere = page.evaluate(HEADER_SEARCH_BUTTON_STYLE)
        for path in ("/en/forum/", demo["member_forum"]):
            page.goto(path)
            assert page.evaluate(HEADER_SEARCH_BUTTON_STYLE) == elsewhere, path
    finally:
        context.close()
