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
