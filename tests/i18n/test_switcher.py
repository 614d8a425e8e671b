"""The language switcher and the hreflang alternates in the page head."""

import re
from urllib.parse import parse_qs, urlsplit


def switcher_links(content):
    """{language: (next address, attributes)} of the switcher's links."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', content, re.S).group(0)
    links = {}
    for match in re.finditer(r"<a ([^>]*)>", nav):
        attributes = dict(re.findall(r'([\w-]+)="([^"]*)"', match.group(1)))
        query = parse_qs(urlsplit(attributes["href"].replace("&amp;", "&")).query)
        links[attributes["hreflang"]] = (query["next"][0], attributes)
    return links


def alternates(content):
    return dict(
        (hreflang, href)
        for hreflang, href in re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', content)
    )


def test_switcher_leads_to_live_translations_and_otherwise_to_the_language_home(
    client, translated_home, about_page, translate
):
    translate(about_page, "nl")
    content = client.get("/en/about/").content.decode()
    links = switcher_links(content)

    assert links["nl"][0] == "/nl/about/"
    assert links["hu"][0] == "/hu/?untranslated=hu"
    assert links["fr"][0] == "/fr/?untranslated=fr"
    assert links["en"][1].get("aria-current") == "true"
    assert "aria-current" not in links["nl"][1]
    assert links["hu"][1]["lang"] == "hu"
    assert 'aria-label="Choose a language"' in content
    assert ">Magyar<" in content and ">Nederlands<" in content and ">Français<" in content


def test_switcher_link_reaches_the_translation(client, translated_home, about_page, translate):
    translate(about_page, "fr")
    next_url = switcher_links(client.get("/en/about/").content.decode())["fr"][0]
    response = client.get("/i18n/switch/", {"language": "fr", "next": next_url}, follow=True)
    assert response.redirect_chain[-1][0] == "/fr/about/"
    assert b'<html lang="fr"' in response.content
    assert b"FR: About the project" in response.content


def test_switcher_ignores_aliases_and_drafts(client, translated_home, about_page, translate, locales):
    about_page.copy_for_translation(locales["hu"], alias=True)
    translate(about_page, "fr", publish=False)
    links = switcher_links(client.get("/en/about/").content.decode())
    assert links["hu"][0] == "/hu/?untranslated=hu"
    assert links["fr"][0] == "/fr/?untranslated=fr"


def test_switcher_on_views_that_are_not_pages(client, home_page):
    for path in ("/en/search/?q=referral", "/en/accounts/login/", "/en/forum/"):
        links = switcher_links(client.get(path).content.decode())
        assert links["hu"][0] == path.replace("/en/", "/hu/", 1), path


def test_hreflang_lists_only_live_translations(client, translated_home, about_page, translate, locales):
    translate(about_page, "nl")
    translate(about_page, "hu", publish=False)
    about_page.copy_for_translation(locales["fr"], alias=True)

    found = alternates(client.get("/en/about/").content.decode())
    assert found == {
        "en": "http://testserver/en/about/",
        "nl": "http://testserver/nl/about/",
        "x-default": "http://testserver/en/about/",
    }
    # The Dutch page announces the same set.
    assert alternates(client.get("/nl/about/").content.decode()) == found


def test_hreflang_on_views_that_are_not_pages(client, home_page):
    found = alternates(client.get("/hu/search/").content.decode())
    assert found == {
        "en": "http://testserver/en/search/",
        "nl": "http://testserver/nl/search/",
        "hu": "http://testserver/hu/search/",
        "fr": "http://testserver/fr/search/",
        "x-default": "http://testserver/en/search/",
    }
