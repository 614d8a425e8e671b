"""What the shared cache keeps (home.caching) changes on the very next request after an edit."""

from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction, Site

from home.models import SiteSettings
from tests.home.conftest import make_standard_page


def nav(client, address="/en/"):
    """The main menu of the page."""
    html = client.get(address).content.decode()
    start = html.find('<nav class="site-nav')
    assert start != -1
    return html[start : html.find("</nav>", start)]


def test_a_renamed_page_shows_in_the_menu_at_once_and_an_unpublished_one_leaves_it(client, home_page):
    page = make_standard_page(home_page, "partners", title="Partners", show_in_menus=True)
    assert "Partners" in nav(client)
    assert "Partners" in nav(client)  # now from the cache

    page.title = "Project partners"
    page.save_revision().publish()
    assert "Project partners" in nav(client)

    page.unpublish()
    assert "Partners" not in nav(client)
    assert client.get("/en/partners/").status_code == 404


def test_a_new_privacy_restriction_applies_at_once(client, home_page):
    page = make_standard_page(home_page, "casework", title="Casework notes", show_in_menus=True)
    assert client.get("/en/casework/").status_code == 200
    assert "Casework notes" in nav(client)

    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get_or_create(name="Vetted professionals")[0])
    response = client.get("/en/casework/")
    assert response.status_code == 302 and "login" in response["Location"]
    assert "Casework notes" not in nav(client)

    restriction.delete()
    assert client.get("/en/casework/").status_code == 200


def test_changed_site_settings_show_at_once(client, home_page):
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.quick_exit_url = "https://weather.example.org/"
    settings.save()
    assert "https://weather.example.org/" in client.get("/en/").content.decode()
    settings.quick_exit_url = "https://news.example.org/"
    settings.save()
    html = client.get("/en/").content.decode()
    assert "https://news.example.org/" in html and "https://weather.example.org/" not in html
