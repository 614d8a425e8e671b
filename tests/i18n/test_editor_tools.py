"""wagtail-localize's tools for editors and professional translators are enabled and reachable."""

import polib
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import Translation

from tests.accounts.mfa import force_login_with_2fa


def admin_client(client):
    admin = get_user_model().objects.create_superuser(
        username="admin", email="admin@example.org", password="x-long-pw"
    )
    return force_login_with_2fa(client, admin)


def test_translate_this_page_is_offered_for_the_alias_home_pages(client, home_page):
    client = admin_client(client)
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[home_page.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    for language in ("Nederlands", "Magyar", "Français"):
        assert language in content


def test_po_export_and_import_for_professional_translators(client, translated_home, about_page, translate):
    client = admin_client(client)
    translate(about_page, "hu", publish=False)
    translation = Translation.objects.get(
        source__object_id=about_page.translation_key, target_locale__language_code="hu"
    )

    exported = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert exported.status_code == 200
    po = polib.pofile(exported.content.decode())
    entry = next(entry for entry in po if entry.msgid == "About the project")
    assert entry.msgstr == "HU: About the project"

    entry.msgstr = "A projektről"
    upload = SimpleUploadedFile("about.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    assert response.status_code == 302
    translation.save_target(publish=False)
    hungarian = about_page.get_translation(translation.target_locale)
    hungarian.refresh_from_db()
    assert hungarian.get_latest_revision_as_object().title == "A projektről"
