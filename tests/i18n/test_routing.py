"""Which language a reader gets, and that untranslated pages never show English under /nl/, /hu/ or /fr/."""

from django.conf import settings

from home.localization import is_foreign_alias


def test_first_visit_follows_accept_language(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="hu-HU,hu;q=0.9,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/hu/"


def test_first_visit_falls_back_to_english(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert response["Location"] == "/en/"


def test_explicit_choice_is_remembered_over_accept_language(client, home_page):
    response = client.get("/i18n/switch/", {"language": "nl", "next": "/nl/"})
    assert response.status_code == 302
    assert response["Location"] == "/nl/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "nl"

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="hu")
    assert response["Location"] == "/nl/"


def test_switch_refuses_to_leave_the_site(client, home_page):
    response = client.get("/i18n/switch/", {"language": "fr", "next": "https://evil.example.org/"})
    assert response["Location"] == "/"


def test_switch_ignores_unknown_languages(client, home_page):
    response = client.get("/i18n/switch/", {"language": "de", "next": "/en/"})
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_every_environment_has_the_locales_and_a_home_page_per_language(home_page):
    from wagtail.models import Locale, Page

    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"en", "nl", "hu", "fr"}
    homes = Page.objects.filter(translation_key=home_page.translation_key).exclude(pk=home_page.pk)
    assert sorted(homes.values_list("locale__language_code", flat=True)) == ["fr", "hu", "nl"]


def test_an_untranslated_home_page_is_not_served_in_english_under_its_prefix(client, home_page):
    # The migrations leave the Hungarian home page as an alias of the English one.
    response = client.get("/hu/")
    assert response.status_code == 302
    assert response["Location"] == "/en/?untranslated=hu"

    response = client.get(response["Location"])
    assert b'<html lang="en"' in response.content
    assert b"This page is not available in Hungarian yet." in response.content


def test_a_translated_home_page_is_served_in_its_language(client, translated_home):
    for code in ("nl", "hu", "fr"):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert f'<html lang="{code}"'.encode() in response.content
        assert f"{code.upper()}: RAVOT-EUR".encode() in response.content


def test_an_untranslated_page_leads_to_the_language_home_page_with_a_notice(client, translated_home, about_page):
    response = client.get("/hu/about/")
    assert response.status_code == 302
    assert response["Location"] == "/hu/?untranslated=hu"

    response = client.get(response["Location"])
    content = response.content.decode()
    assert '<html lang="hu"' in content
    assert "notice--untranslated" in content
    assert "About the project" not in content


def test_an_alias_of_an_english_page_is_refused(client, translated_home, about_page, locales):
    alias = about_page.copy_for_translation(locales["nl"], alias=True)
    assert is_foreign_alias(alias)

    response = client.get(alias.get_url())
    assert response.status_code == 302
    assert response["Location"] == "/nl/?untranslated=nl"


def test_a_translated_page_is_served_under_its_language(client, translated_home, about_page, translate):
    french = translate(about_page, "fr")
    response = client.get(french.get_url())
    assert response.status_code == 200
    assert b'<html lang="fr"' in response.content
    assert b"FR: About the project" in response.content


def test_a_draft_translation_is_not_served(client, translated_home, about_page, translate):
    draft = translate(about_page, "nl", publish=False)
    assert not draft.live
    response = client.get("/nl/about/")
    assert response.status_code == 302
    assert response["Location"] == "/nl/?untranslated=nl"


def test_unknown_addresses_are_still_not_found(client, translated_home):
    assert client.get("/hu/no-such-page/").status_code == 404


def test_forum_account_and_search_pages_carry_their_language(client, home_page):
    for path in ("/hu/accounts/login/", "/nl/search/", "/fr/forum/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert f'<html lang="{path[1:3]}"'.encode() in response.content, path
