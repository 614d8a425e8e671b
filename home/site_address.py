"""The Wagtail site record carries the public address (SITE_BASE_URL).

Wagtail builds every absolute page address (the sitemap, `page.full_url`, links in
e-mails sent outside a request) from the site record's hostname and port. Wagtail's
first migration leaves `localhost:80`, so the sitemap listed `http://localhost/…`
whatever host served it. `setup_platform` and `load_demo_content` call
`sync_default_site()`; running `setup_platform` again after changing SITE_BASE_URL
repairs an existing installation.

Serving is not affected: a request for any other allowed host still falls back to the
default site.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def public_base_url():
    """SITE_BASE_URL without its trailing slash: `https://ravot-eur.example.org`."""
    return settings.SITE_BASE_URL.rstrip("/")


def public_url(url):
    """`url` (a path such as `/hu/hirek/`) at the public address. Canonical links, language
    alternates, feeds, the sitemap line of robots.txt and e-mails use it, never the Host header
    of the request: a proxy, a health check or a mistyped host must not end up in a feed reader
    or a search engine. An address that is already absolute is returned as it is."""
    url = str(url)
    if urlsplit(url).scheme:
        return url
    return public_base_url() + (url if url.startswith("/") else f"/{url}")


def base_url_host_and_port(base_url=None):
    """(hostname, port) of SITE_BASE_URL: `https://ravot-eur.example.org` → ("ravot-eur.example.org", 443)."""
    parts = urlsplit(base_url or settings.SITE_BASE_URL)
    if not parts.hostname:
        raise ValueError(f"SITE_BASE_URL has no host name: {base_url or settings.SITE_BASE_URL!r}")
    return parts.hostname, parts.port or DEFAULT_PORTS.get(parts.scheme, 80)


def sync_default_site(base_url=None):
    """Sets the default site's hostname and port from SITE_BASE_URL; returns the site if it changed."""
    hostname, port = base_url_host_and_port(base_url)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return None
    # Another site record may already hold that address (hostname and port are unique together).
    if Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk).exists():
        return None
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return site
