"""Editors see which pages are untranslated, drafts or out of date in each language."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from home.translation_status import DRAFT, MISSING, OUT_OF_DATE, UP_TO_DATE, source_pages, translation_statuses
from tests.accounts.mfa import force_login_with_2fa


def statuses(home_page):
    locales = list(Locale.objects.exclude(pk=home_page.locale_id).order_by("language_code"))
    rows = translation_statuses(source_pages(home_page.locale), locales)
    return {row["page"].slug: {cell["locale"].language_code: cell["status"] for cell in row["cells"]} for row in rows}


def test_statuses_per_language(translated_home, home_page, about_page, translate):
    translate(about_page, "nl")
    translate(about_page, "hu", publish=False)
    translate(about_page, "fr")
    about_page.intro = "What RAVOT-EUR did, and what it left behind."
    about_page.save_revision().publish()

    found = statuses(home_page)
    assert found["home"] == {"fr": UP_TO_DATE, "hu": UP_TO_DATE, "nl": UP_TO_DATE}
    assert found["about"] == {"fr": OUT_OF_DATE, "hu": DRAFT, "nl": OUT_OF_DATE}


def test_a_new_page_is_missing_everywhere(home_page, about_page):
    # The language home pages are aliases until someone translates them: missing too.
    assert statuses(home_page)["about"] == {"fr": MISSING, "hu": MISSING, "nl": MISSING}
    assert statuses(home_page)["home"] == {"fr": MISSING, "hu": MISSING, "nl": MISSING}


def test_report_is_reachable_in_the_admin(client, translated_home, about_page, django_assert_max_num_queries):
    admin = get_user_model().objects.create_superuser(
        username="admin", email="admin@example.org", password="x-long-pw"
    )
    force_login_with_2fa(client, admin)
    response = client.get("/admin/reports/translation-status/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Translation status" in content
    assert 'data-status="missing"' in content and 'data-status="up_to_date"' in content


@pytest.mark.parametrize("extra_pages", [1, 8])
def test_report_queries_do_not_grow_with_pages(home_page, extra_pages, django_assert_max_num_queries):
    from home.models import StandardPage

    for number in range(extra_pages):
        home_page.add_child(instance=StandardPage(title=f"Page {number}", slug=f"page-{number}"))
    locales = list(Locale.objects.exclude(pk=home_page.locale_id))
    with django_assert_max_num_queries(4):
        translation_statuses(source_pages(home_page.locale), locales)
