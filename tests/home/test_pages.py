"""The home page, the generic page and the shell around every page."""

import json

from home.models import SiteSettings
from tests.home.conftest import make_standard_page


def test_standard_page_shows_title_intro_body_and_table_of_contents(client, standard_page):
    response = client.get("/en/about/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>About RAVOT-EUR</h1>" in html
    assert "What the project did." in html
    assert "Victims fell between the systems." in html
    assert '<a href="#why-this-project">Why this project</a>' in html
    assert '<a href="#money">Funding</a>' in html
    assert 'id="money"' in html


def test_home_page_shows_intro_help_call_out_entry_points_and_funding(client, home_page, standard_page):
    home_page.intro = "<p>Connecting professionals across borders.</p>"
    home_page.help_title = "Do you need help now?"
    home_page.help_text = "<p>Free help in your language.</p>"
    home_page.help_page = standard_page
    home_page.partners_intro = "<p>Led by the Ministry of Interior of Hungary.</p>"
    home_page.funding_acknowledgement = "<p>Co-funded by ISEC.</p>"
    home_page.entry_points = json.dumps(
        [
            {"type": "entry_point", "value": {"title": "About", "text": "Who we are", "page": standard_page.pk}},
            {"type": "entry_point", "value": {"title": "Forum", "text": "For professionals", "url": "/en/forum/"}},
        ]
    )
    home_page.save_revision().publish()

    html = client.get("/en/").content.decode()
    assert "Connecting professionals across borders." in html
    assert "Do you need help now?" in html and "Free help in your language." in html
    assert '<a href="/en/about/">About</a>' in html
    assert '<a href="/en/forum/">Forum</a>' in html
    assert "Led by the Ministry of Interior of Hungary." in html
    assert "Co-funded by ISEC." in html
    assert "Latest reports" in html and "Latest news" in html


def test_entry_point_address_follows_the_readers_language():
    from home.blocks import localize_path

    assert localize_path("/en/forum/", "hu") == "/hu/forum/"
    assert localize_path("https://example.org/en/x", "hu") == "https://example.org/en/x"


def test_shell_has_navigation_from_the_page_tree_with_current_section(client, standard_page, home_page):
    standard_page.show_in_menus = True
    standard_page.save_revision().publish()
    hidden = make_standard_page(home_page, "not-in-menu", title="Hidden from menus")
    html = client.get("/en/about/").content.decode()
    assert '<a class="site-nav__link" href="/en/about/" aria-current="page">About RAVOT-EUR</a>' in html
    assert hidden.title not in html.split('class="site-nav"')[1].split("</nav>")[0]
    assert 'href="/en/forum/"' in html
    assert "Sign in" in html and 'href="/en/accounts/login/"' in html
    assert 'class="breadcrumbs"' in html


def test_shell_has_meta_description_and_open_graph_tags(client, standard_page):
    standard_page.search_description = "All about the project."
    standard_page.save_revision().publish()
    html = client.get("/en/about/").content.decode()
    assert '<meta name="description" content="All about the project.">' in html
    assert '<meta property="og:title" content="About RAVOT-EUR">' in html
    assert '<meta property="og:description" content="All about the project.">' in html
    assert '<meta property="og:url" content="http://testserver/en/about/">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:locale" content="en_GB">' in html
    assert 'property="og:image" content="http://testserver/static/img/og-default.png"' in html


def test_footer_shows_partners_funding_and_legal_links_from_settings(client, home_page, standard_page):
    privacy = make_standard_page(home_page, "privacy-notice", title="Privacy notice")
    settings = SiteSettings.for_site(home_page.get_site())
    settings.privacy_page = privacy
    settings.save()
    html = client.get("/en/about/").content.decode()
    footer = html.split('<footer class="site-footer">')[1]
    assert "Payoke" in footer and "Ministry of Interior of Hungary" in footer
    assert "Prevention of and Fight against Crime Programme (ISEC)" in footer
    assert "The European Commission is not responsible" in footer
    assert '<a href="/en/privacy-notice/">Privacy notice</a>' in footer


def test_quick_exit_button_and_script_are_on_the_page(client, standard_page):
    html = client.get("/en/about/").content.decode()
    assert 'id="quick-exit" href="https://www.google.com/"' in html
    assert "Leave this site quickly" in html
    assert "js/site.js" in html


def test_quick_exit_destination_is_editable(client, home_page, standard_page):
    settings = SiteSettings.for_site(home_page.get_site())
    settings.quick_exit_url = "https://weather.example.org/"
    settings.save()
    assert 'data-quick-exit-url="https://weather.example.org/"' in client.get("/en/about/").content.decode()


def test_quick_exit_script_replaces_the_history_entry():
    from django.conf import settings

    script = (settings.BASE_DIR / "site" / "static" / "js" / "site.js").read_text()
    assert "location.replace(" in script
    assert '"Shift"' in script and '"Escape"' not in script


def test_quick_exit_notice_says_what_it_does_not_hide(client):
    from django.template.loader import render_to_string

    html = render_to_string("includes/quick_exit_notice.html")
    assert "does not erase your browsing history" in html
    assert "private window" in html


def test_missing_page_gets_the_404_page_in_the_shell(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'id="quick-exit"' in html
    assert 'class="site-footer"' in html


def test_500_page_renders_without_a_database():
    from home.views import server_error

    response = server_error(None)
    assert response.status_code == 500
    assert b"Leave this site quickly" in response.content


def test_draft_and_private_pages_are_not_served_to_anonymous_visitors(client, draft_page, private_page):
    assert client.get("/en/draft-only/").status_code == 404
    response = client.get("/en/members-only/")
    assert response.status_code in (302, 403)
    assert b"Confidential casework notes" not in response.content


def test_sitemap_lists_only_live_public_pages(client, standard_page, draft_page, private_page):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/en/about/" in xml
    assert "/en/draft-only/" not in xml
    assert "/en/members-only/" not in xml


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_sitemap_lists_translated_pages_of_every_language_but_no_aliases(client, standard_page, locales):
    from wagtail.models import Page

    dutch = standard_page.copy_for_translation(locales["nl"], copy_parents=True)
    dutch.title = "Over het project"
    dutch.save_revision().publish()
    standard_page.copy_for_translation(locales["fr"], copy_parents=True, alias=True)
    xml = client.get("/sitemap.xml").content.decode()
    assert dutch.get_url() in xml
    french_alias = Page.objects.get(locale=locales["fr"], alias_of=standard_page)
    assert french_alias.get_url() not in xml


def test_last_updated_date_follows_the_page_language(client, standard_page, locales):
    hungarian = standard_page.copy_for_translation(locales["hu"], copy_parents=True)
    hungarian.save_revision().publish()
    hungarian.refresh_from_db()
    html = client.get(hungarian.url).content.decode()
    assert f"{hungarian.last_published_at:%Y}. " in html  # Hungarian dates start with the year: "2026. november 29."
