"""The demo's translations are linked wagtail-localize translations; loading them twice changes nothing."""

import io
import re
from types import SimpleNamespace

import pytest
from wagtail_localize.models import Translation

from home import demo_translations
from home.demo_translations import LANGUAGES, catalogue, translate_page


def test_missing_strings_keep_their_english_text_and_are_reported(translated_home, about_page):
    strings = {"About the project": "Over het project", "about": "over"}
    result = translate_page(about_page, "nl", strings)

    assert result.missing == ["What RAVOT-EUR did."]
    assert result.page.live and result.page.alias_of_id is None
    assert result.page.title == "Over het project"
    assert result.page.url_path.endswith("/over/")
    assert result.page.intro == "What RAVOT-EUR did."
    # Linked for later syncs: the editor's "Sync translated pages" finds it.
    assert Translation.objects.filter(
        source__object_id=about_page.translation_key, target_locale__language_code="nl"
    ).exists()


def test_translating_twice_changes_nothing(translated_home, about_page):
    strings = {"About the project": "A projektről", "What RAVOT-EUR did.": "Mit tett a RAVOT-EUR."}
    first = translate_page(about_page, "hu", strings)
    revisions = first.page.revisions.count()
    second = translate_page(about_page, "hu", strings)
    assert first.changed and not second.changed
    assert second.page.revisions.count() == revisions


def test_a_changed_source_is_synced(translated_home, about_page):
    translate_page(about_page, "fr", {"About the project": "À propos du projet"})
    about_page.title = "About RAVOT-EUR"
    about_page.save_revision().publish()
    result = translate_page(about_page, "fr", {"About RAVOT-EUR": "À propos de RAVOT-EUR"})
    assert result.page.title == "À propos de RAVOT-EUR"


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogues_have_no_empty_or_untranslated_entries(code):
    strings = catalogue(code)
    assert strings
    empty = [source for source, text in strings.items() if not text.strip()]
    assert not empty
    # Whole sentences left in English would be a slip; names, slugs and addresses may stay.
    same = [source for source, text in strings.items() if text == source and len(source.split()) >= 3]
    assert not same, same


def test_pages_without_translations_are_left_untranslated_by_the_loader(translated_home, about_page):
    from home.demo_translations import MINIMUM_COVERAGE, coverage

    assert coverage(about_page, {}) < MINIMUM_COVERAGE
    assert coverage(about_page, {"About the project": "x", "about": "x", "What RAVOT-EUR did.": "x"}) == 1.0


# The demo's generic pages and news index, translated by the real catalogues


@pytest.fixture
def demo_site(home_page, locales):
    """The English generic pages, the news index and one news item of the demo, then the demo's translations."""
    from home import demo
    from news import demo as news_demo

    output = io.StringIO()
    command = SimpleNamespace(stdout=output)
    demo.load(command)
    index, _created = news_demo.ensure_news_index(home_page)
    item = next(item for item in news_demo.NEWS_ITEMS if "image" not in item)
    news_demo.ensure_news_item(index, item)
    demo_translations.load(command)
    return {"output": output.getvalue(), "news_item": item}


def footer_links(html):
    footer = html[html.index("<footer") :]
    return re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', footer)


def test_every_language_of_the_demo_is_complete(demo_site):
    # Home, about, partners, code of conduct, privacy notice, accessibility statement, news index and item.
    for code in LANGUAGES:
        assert (
            f"Translations ({code}): 8 pages and directory entries updated, 0 strings missing." in demo_site["output"]
        )
    assert "left untranslated" not in demo_site["output"]
    assert "kept in English" not in demo_site["output"]


def test_loading_the_demo_translations_again_changes_nothing(demo_site):
    output = io.StringIO()
    demo_translations.load(SimpleNamespace(stdout=output))
    for code in LANGUAGES:
        assert f"Translations ({code}): 0 pages and directory entries updated, 0 strings missing." in output.getvalue()


def test_hungarian_footer_links_lead_to_hungarian_pages(client, demo_site):
    response = client.get("/hu/")
    links = dict((title, url) for url, title in footer_links(response.content.decode()))

    assert links["Adatkezelési tájékoztató"] == "/hu/adatkezelesi-tajekoztato/"
    assert links["Akadálymentességi nyilatkozat"] == "/hu/akadalymentessegi-nyilatkozat/"
    assert links["Magatartási kódex a szakmai fórumhoz"] == "/hu/magatartasi-kodex/"
    assert "Accessibility statement" not in links

    statement = client.get(links["Akadálymentességi nyilatkozat"])
    assert statement.status_code == 200
    html = statement.content.decode()
    assert '<html lang="hu"' in html
    assert "Mennyire akadálymentes ez a weboldal?" in html
    assert "accessibility@example.org" in html
    assert "How accessible this website is" not in html


@pytest.mark.parametrize(
    ("code", "title", "url"),
    [
        ("nl", "Toegankelijkheidsverklaring", "/nl/toegankelijkheidsverklaring/"),
        ("fr", "Déclaration d&#x27;accessibilité", "/fr/declaration-accessibilite/"),
    ],
)
def test_the_footer_offers_the_accessibility_statement_in_the_readers_language(client, demo_site, code, title, url):
    links = footer_links(client.get(f"/{code}/").content.decode())
    assert (url, title) in links
    assert all(link.startswith(f"/{code}/") for link, _title in links)


def test_the_hungarian_menu_leads_to_the_hungarian_partners_and_news_pages(client, demo_site):
    html = client.get("/hu/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert 'href="/hu/partnerek/"' in header
    assert 'href="/hu/hirek/"' in header

    partners = client.get("/hu/partnerek/").content.decode()
    assert "Magyarország Belügyminisztériuma (vezető partner)" in partners
    assert "Payoke (Belgium)" in partners


def test_the_hungarian_news_index_lists_hungarian_items_and_no_english_ones(client, demo_site, home_page):
    from news.models import NewsIndexPage
    from tests.news.factories import NewsPageFactory

    item = demo_site["news_item"]
    NewsPageFactory(parent=NewsIndexPage.objects.get(locale__language_code="en"), title="Only in English so far")

    response = client.get("/hu/hirek/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "A RAVOT-EUR projekt mérföldkövei" in html
    assert catalogue("hu")[item["title"]] in html
    assert item["title"] not in html
    assert "Only in English so far" not in html
    # The English index lists both.
    english = client.get("/en/news/").content.decode()
    assert item["title"] in english and "Only in English so far" in english


def test_the_hungarian_home_page_writes_dates_the_hungarian_way(client, demo_site):
    from django.utils import formats, translation

    from news.models import NewsPage

    item = NewsPage.objects.get(locale__language_code="hu", translation_key__isnull=False, live=True)
    with translation.override("hu"):
        expected = formats.date_format(item.date, "DATE_FORMAT")

    html = client.get("/hu/").content.decode()

    assert expected.startswith(f"{item.date.year}. ")  # "2016. január 21."
    assert expected in html
