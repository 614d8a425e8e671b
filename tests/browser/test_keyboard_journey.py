"""A keyboard-only visitor on a phone (390 px) and on a desktop (1280 px): skip link, main menu,
language switch, the header search (where Esc does not throw them off the site) and the quick
exit by Shift pressed three times, with no horizontal scrolling on the way."""

import pytest

from tests.browser.test_standards import load_demo_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}


def focused(page):
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return e ? (e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + e.className) : ''; }"
    )


def tab_to(page, selector, limit=80):
    """Press Tab until the element matching `selector` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement?.matches(selector) ?? false", selector):
            return
    raise AssertionError(f"Tab never reached {selector}; the focus is on {focused(page)}")


def assert_no_horizontal_scrolling(page, where):
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{where}: the page scrolls sideways by {overflow} px"


def test_keyboard_journey_on_a_phone_and_on_a_desktop(chromium, live_server):
    load_demo_site()
    for name, (width, height) in WIDTHS.items():
        context = chromium.new_context(
            base_url=live_server.url, locale="en-GB", viewport={"width": width, "height": height}
        )
        try:
            page = context.new_page()
            journey(page, f"{name} ({width} px)", small_screen=width < 700)
        finally:
            context.close()


def journey(page, where, small_screen):
    page.goto("/en/about/")
    assert_no_horizontal_scrolling(page, where)

    # The skip link comes first and takes the focus to the main content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link", where
    assert page.locator(".skip-link").is_visible(), f"{where}: the focused skip link is not visible"
    page.keyboard.press("Enter")
    assert focused(page) == "#main-content", where

    # The main menu: behind a "Menu" button on a phone, in view on a desktop.
    nav = page.get_by_role("navigation", name="Main")
    toggle = nav.get_by_role("button", name="Menu")
    if small_screen:
        tab_to(page, ".site-nav__toggle")
        assert toggle.get_attribute("aria-expanded") == "false", where
        page.keyboard.press("Enter")
        assert toggle.get_attribute("aria-expanded") == "true", where
    else:
        assert not toggle.is_visible(), f"{where}: the menu button shows on a wide screen"
    handbook = nav.get_by_role("link", name="Handbook")
    assert handbook.is_visible(), where
    tab_to(page, '.site-nav__link[href="/en/handbook/"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/handbook/")
    assert_no_horizontal_scrolling(page, where)

    # The language switch leads to the same page in Hungarian.
    tab_to(page, '.language-switcher__link[hreflang="hu"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/hu/kezikonyv/")
    assert page.locator("html").get_attribute("lang") == "hu", where
    assert_no_horizontal_scrolling(page, where)

    # Typing in the search box, Esc belongs to the field: the visitor stays on the site.
    search = page.get_by_role("search", name="Keresés a webhelyen")
    tab_to(page, "#header-search-q")
    page.keyboard.type("áldozat")
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert "/hu/kezikonyv/" in page.url, f"{where}: Esc in the search box left the site"
    assert search.is_visible(), where
    page.keyboard.type("áldozat")
    page.keyboard.press("Enter")
    page.wait_for_url("**/hu/search/?q=*")

    # Shift pressed three times is the quick exit: the neutral site replaces this page.
    exit_url = page.locator("#quick-exit").get_attribute("data-quick-exit-url")
    page.route(
        f"{exit_url.rstrip('/')}/**",
        lambda route: route.fulfill(body="<title>Neutral</title>", content_type="text/html"),
    )
    page.route(exit_url, lambda route: route.fulfill(body="<title>Neutral</title>", content_type="text/html"))
    page.goto("/hu/")
    tab_to(page, "#quick-exit")
    page.keyboard.press("Tab")  # past the button: the shortcut works wherever the focus is
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{exit_url.rstrip('/')}*")
    assert page.title() == "Neutral", where
