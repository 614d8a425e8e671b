"""The Wagtail admin works under its Content Security Policy (issue 10, finding 8): on the pages
editors and moderators use, Chromium refuses nothing, the choosers, date pickers and live preview
included, and wagtail-localize's translation editor starts."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.accounts.mfa import force_login_with_2fa
from tests.browser import standards
from tests.browser.test_standards import load_demo_site

pytestmark = [pytest.mark.browser]


def admin_pages():
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    from handbook.models import HandbookChapterPage
    from news.models import NewsIndexPage, NewsPage

    chapter = HandbookChapterPage.objects.filter(locale__language_code="en").order_by("path").first()
    news = NewsPage.objects.filter(locale__language_code="en").order_by("path").first()
    news_index = NewsIndexPage.objects.filter(locale__language_code="en").first()
    # A news item translated with wagtail-localize (the demo copies its translations), so that
    # wagtail-localize's editor opens on the Hungarian page.
    localized = NewsPage.objects.filter(slug="csp-localized").first()
    if localized is None:
        localized = NewsPage(title="Translated with wagtail-localize", slug="csp-localized", intro="Intro.")
        news_index.add_child(instance=localized)
        localized.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(localized)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code="hu")
    )
    translation.save_target(publish=True)
    hungarian_news = localized.get_translation(Locale.objects.get(language_code="hu"))
    return {
        "dashboard": "/admin/",
        "page explorer": f"/admin/pages/{chapter.get_parent().pk}/",
        "chapter editor": f"/admin/pages/{chapter.pk}/edit/",
        "news editor": f"/admin/pages/{news.pk}/edit/",
        "new news item": f"/admin/pages/add/news/newspage/{news_index.pk}/",
        "translation editor": f"/admin/pages/{hungarian_news.pk}/edit/",
        "submit for translation": f"/admin/localize/submit/page/{chapter.pk}/",
        "images": "/admin/images/",
        "documents": "/admin/documents/",
        "directory snippets": "/admin/snippets/directory/organisation/",
        "membership queue": "/admin/membership/",
        "users": "/admin/users/",
    }


@pytest.fixture(scope="module")
def admin_walk(chromium, live_server, django_db_setup, django_db_blocker):
    # The whole walk unblocks the database: the live server answers from this test's database.
    with django_db_blocker.unblock():
        load_demo_site()
        admin = get_user_model().objects.filter(email="csp-admin@example.org").first()
        if admin is None:
            admin = get_user_model().objects.create_superuser(
                username="csp-admin", email="csp-admin@example.org", password="a-long-test-password"
            )
        client = force_login_with_2fa(Client(), admin)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        context = chromium.new_context(base_url=live_server.url, locale="en-GB")
        context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url, "httpOnly": True}])
        try:
            return walk_admin(context.new_page(), admin_pages())
        finally:
            context.close()


def walk_admin(page, pages):
    refused = standards.csp_violations_of(page)
    seen = {}
    for name, path in pages.items():
        refused.clear()
        response = page.goto(path, wait_until="load")
        if name == "news editor":
            # The live preview frames the page as the public would see it.
            page.get_by_role("button", name="Toggle preview").click()
            page.wait_for_function(
                "() => [...document.querySelectorAll('iframe.w-preview__iframe')]"
                ".some((frame) => frame.contentDocument && frame.contentDocument.querySelector('main'))",
                timeout=15_000,
            )
        if name == "new news item":
            # The image chooser (set up by an inline script) opens its modal.
            page.locator("#id_image-chooser [data-chooser-action-choose]").first.click()
            try:
                page.wait_for_selector(".modal-content", state="visible", timeout=30_000)
            except PlaywrightTimeoutError:
                page.screenshot(path="var/admin-csp-chooser.png")
        page.wait_for_timeout(300)  # late refusals (scripts run after load) reach the console
        seen[name] = {
            "path": path,
            "status": response.status,
            "final": page.url,
            "csp": response.headers.get("content-security-policy", ""),
            "refused": list(refused),
            "modal": page.locator(".modal-content").is_visible(),
            "editor": page.locator(".js-translation-editor, #wagtail-localize-translation-editor").count(),
        }
    return seen


def test_admin_pages_open_with_a_nonce_policy(admin_walk):
    for name, record in admin_walk.items():
        assert record["status"] == 200 and "/admin/" in record["final"], (name, record["status"], record["final"])
        script_src = record["csp"].split("script-src")[1].split(";")[0].split()
        assert script_src[0] == "'self'" and all(source.startswith("'nonce-") for source in script_src[1:]), name
    # Pages with inline scripts (the editors) got their nonce.
    assert "'nonce-" in admin_walk["new news item"]["csp"]


def test_the_browser_refuses_nothing_in_the_admin(admin_walk):
    refused = [f"{name} {record['path']}: {text}" for name, record in admin_walk.items() for text in record["refused"]]
    assert not refused, "refused under the Content Security Policy:\n" + "\n".join(refused)


def test_the_translation_editor_starts(admin_walk):
    assert admin_walk["translation editor"]["editor"] == 1


def test_the_image_chooser_opens(admin_walk):
    assert admin_walk["new news item"]["modal"]
