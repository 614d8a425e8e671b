"""Editors see which pages are untranslated, drafts or out of date in each language."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from home.translation_status import (
    AWAITING_APPROVAL,
    DRAFT,
    MISSING,
    OUT_OF_DATE,
    UP_TO_DATE,
    source_pages,
    translation_statuses,
)
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


def admin_client(client):
    admin = get_user_model().objects.create_superuser(username="admin", email="admin@example.org", password="x-pw")
    return force_login_with_2fa(client, admin), admin


def submitted_translation(about_page, translate, editor):
    draft = translate(about_page, "hu", publish=False)
    draft.save_revision(user=editor)
    draft.get_workflow().start(draft, editor)
    return draft


def test_a_translation_in_the_workflow_is_awaiting_approval(home_page, about_page, translate):
    from home.editing import ensure_editing_setup

    ensure_editing_setup()
    editor = get_user_model().objects.create_user(username="ed", email="ed@example.org", password="x-long-pw")
    submitted_translation(about_page, translate, editor)
    translate(about_page, "nl")
    assert statuses(home_page)["about"] == {"fr": MISSING, "hu": AWAITING_APPROVAL, "nl": UP_TO_DATE}


def test_the_page_listing_and_the_page_show_each_translations_state(client, home_page, about_page, translate):
    from home.editing import ensure_editing_setup

    ensure_editing_setup()
    client, admin = admin_client(client)
    hungarian = submitted_translation(about_page, translate, admin)
    translate(about_page, "nl")

    listing = client.get(f"/admin/pages/{home_page.pk}/").content.decode()
    row = listing[listing.index("About the project") :]
    row = row[: row.index("</tr>")]
    assert '<li data-translation-status="awaiting_approval">' in row and "HU</abbr>: Awaiting approval" in row
    assert "NL</abbr>: Live" in row and "FR</abbr>: Not started" in row

    editor = client.get(f"/admin/pages/{about_page.pk}/edit/").content.decode()
    assert "Magyar: <a" in editor and "Awaiting approval</a>" in editor and "Français: Not started" in editor
    own = client.get(f"/admin/pages/{hungarian.pk}/edit/").content.decode()
    assert '<li data-translation-status="awaiting_approval">Magyar: Awaiting approval</li>' in own


def test_the_listing_speaks_the_editors_language(client, home_page, about_page, translate):
    from wagtail.users.models import UserProfile

    client, admin = admin_client(client)
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "hu"
    profile.save()
    translate(about_page, "nl")
    listing = client.get(f"/admin/pages/{home_page.pk}/").content.decode()
    assert "NL</abbr>: Megjelent" in listing and "FR</abbr>: Nincs elkezdve" in listing


@pytest.mark.parametrize("extra_pages", [1, 8])
def test_the_listings_translation_states_take_the_same_queries_for_any_number_of_pages(
    home_page, about_page, extra_pages, django_assert_max_num_queries
):
    from home.models import StandardPage
    from home.translation_status import statuses_by_page

    for number in range(extra_pages):
        home_page.add_child(instance=StandardPage(title=f"Page {number}", slug=f"page-{number}"))
    pages = list(home_page.get_children())
    with django_assert_max_num_queries(8):
        found = statuses_by_page(pages)
    assert len(found) == extra_pages + 1
