"""The Wagtail site record follows SITE_BASE_URL, so the sitemap lists the public address (issue 14, part 3)."""

import re

from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Site

from tests.home.conftest import make_standard_page


def sitemap_locations(client, host):
    response = client.get("/sitemap.xml", HTTP_HOST=host)
    assert response.status_code == 200
    return re.findall(r"<loc>([^<]+)</loc>", response.content.decode())


def test_the_sitemap_lists_the_public_address_whatever_host_serves_it(client, home_page):
    make_standard_page(home_page, "about")
    assert all(url.startswith("http://localhost/") for url in sitemap_locations(client, "testserver"))

    with override_settings(SITE_BASE_URL="https://ravot-eur.example.org"):
        call_command("setup_platform", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("ravot-eur.example.org", 443, "https://ravot-eur.example.org")
    for host in ("testserver", "10.0.0.7:8000"):
        locations = sitemap_locations(client, host)
        assert "https://ravot-eur.example.org/en/about/" in locations
        assert all(url.startswith("https://ravot-eur.example.org/") for url in locations), locations


def test_setup_again_repairs_the_address_after_a_change(client, home_page):
    with override_settings(SITE_BASE_URL="https://ravot-eur.example.org"):
        call_command("setup_platform", verbosity=0)
    with override_settings(SITE_BASE_URL="http://127.0.0.1:8090/"):
        call_command("setup_platform", verbosity=0)
        call_command("setup_platform", verbosity=0)  # nothing left to change
    locations = sitemap_locations(client, "testserver")
    assert locations and all(url.startswith("http://127.0.0.1:8090/") for url in locations)
    assert Site.objects.count() == 1


PUBLIC = "https://ravot-eur.example.org"


def test_every_absolute_address_on_a_page_is_the_public_one_whatever_the_host(client, home_page):
    """Canonical link, og:url, language alternates and the sitemap line of robots.txt carry
    SITE_BASE_URL, not the Host header a proxy or a mistyped address sent."""
    make_standard_page(home_page, "about")
    with override_settings(SITE_BASE_URL=PUBLIC):
        html = client.get("/en/about/", HTTP_HOST="10.0.0.7:8000").content.decode()
        robots = client.get("/robots.txt", HTTP_HOST="10.0.0.7:8000").content.decode()
    assert f'<link rel="canonical" href="{PUBLIC}/en/about/">' in html
    assert f'<meta property="og:url" content="{PUBLIC}/en/about/">' in html
    assert f'hreflang="x-default" href="{PUBLIC}/en/about/"' in html
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in robots
    assert "10.0.0.7" not in html and "10.0.0.7" not in robots


def test_feeds_carry_the_public_address(client, home_page):
    import xml.etree.ElementTree as ET

    from forum.community.structure import setup_forums
    from tests.forum.conftest import make_topic, make_vetted
    from tests.news.factories import NewsIndexPageFactory, NewsPageFactory

    news_index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news_index, title="Handbook out", slug="handbook-out")
    forums = setup_forums()
    make_topic(forums["Announcements"], make_vetted("writer@example.org"), "Workshop in Pécs", "Sample.")
    announcements = forums["Announcements"]
    with override_settings(SITE_BASE_URL=PUBLIC):
        news = client.get(news_index.url + "feed/", HTTP_HOST="10.0.0.7:8000")
        topics = client.get(
            f"/en/forum/feeds/forum/{announcements.slug}-{announcements.pk}/topics/", HTTP_HOST="10.0.0.7:8000"
        )
    for response in (news, topics):
        assert response.status_code == 200
        channel = ET.fromstring(response.content).find("channel")
        links = [channel.findtext("link")] + [item.findtext("link") for item in channel.findall("item")]
        assert len(links) == 2 and all(link.startswith(f"{PUBLIC}/en/") for link in links), links
        assert b"10.0.0.7" not in response.content
