"""Browser tests: Playwright drives Debian's Chromium against Django's live server.

They are skipped, with a reason, on a machine without /usr/bin/chromium, and fail instead
when CI=true: .ci/run installs it, so CI always runs them.
"""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def chromium():
    if not os.path.exists(CHROMIUM):
        from tests.browser.standards import missing

        missing("Debian's chromium is not installed (apt-get install chromium)")
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls
    # made by the test itself are still synchronous and safe.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, live_server):
    context = chromium.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session", autouse=True)
def public_address_is_the_live_server(live_server):
    """Absolute addresses (alternates, canonical links, feeds) point at the live server the
    browser talks to, as they point at SITE_BASE_URL in production."""
    from django.test import override_settings

    with override_settings(SITE_BASE_URL=live_server.url):
        yield
