"""Whole pages for anonymous readers from the shared cache (home.page_cache, issue 14 part 2)."""

from django.contrib.auth import get_user_model

from tests.home.conftest import make_standard_page


def warm(client, address):
    """The first request may create the site settings (a change: nothing is stored); the second stores."""
    client.get(address)
    return client.get(address)


def test_an_anonymous_page_comes_from_the_cache_without_the_database(client, home_page, django_assert_num_queries):
    make_standard_page(home_page, "about", title="About RAVOT-EUR", intro="What the project did.")
    first = warm(client, "/en/about/")
    assert first.status_code == 200 and "X-Page-Cache" not in first
    with django_assert_num_queries(0):
        second = client.get("/en/about/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert not second.cookies


def test_a_publish_is_visible_at_once(client, home_page):
    page = make_standard_page(home_page, "about", title="About RAVOT-EUR")
    warm(client, "/en/about/")
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"
    page.title = "About the RAVOT-EUR project"
    page.save_revision().publish()
    response = client.get("/en/about/")
    assert "X-Page-Cache" not in response
    assert "About the RAVOT-EUR project" in response.content.decode()
    page.unpublish()
    assert client.get("/en/about/").status_code == 404


def test_each_language_has_its_own_page(client, home_page, locales):
    make_standard_page(home_page, "about", title="About RAVOT-EUR")
    english = warm(client, "/en/about/")
    hungarian = warm(client, "/hu/")
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"
    assert english.content != hungarian.content
    assert '<html lang="hu"' not in client.get("/en/about/").content.decode()


def test_a_signed_in_reader_is_never_served_or_stored(client, home_page):
    make_standard_page(home_page, "about", title="About RAVOT-EUR")
    user = get_user_model().objects.create_user(username="reader", email="reader@example.org", password="x" * 12)
    warm(client, "/en/about/")  # stored for anonymous readers
    client.force_login(user)
    signed_in = client.get("/en/about/")
    assert "X-Page-Cache" not in signed_in
    assert "X-Page-Cache" not in client.get("/en/about/")
    client.logout()
    warm(client, "/en/about/")  # signing in saved the account (last login): the caches were renewed
    anonymous = client.get("/en/about/")
    assert anonymous["X-Page-Cache"] == "hit"
    assert "reader@example.org" not in anonymous.content.decode()


def test_pages_that_are_not_cms_or_forum_pages_are_not_stored(client, home_page):
    for address in ("/en/accounts/login/", "/en/search/?q=shelter", "/healthz"):
        client.get(address)
        assert "X-Page-Cache" not in client.get(address), address


def test_a_response_that_sets_a_cookie_is_not_stored(client, home_page):
    # The login form sets the CSRF cookie and carries a token: never stored, even for the
    # view names that are (the search page above is not one of them either).
    client.get("/en/accounts/login/")
    response = client.get("/en/accounts/login/")
    assert "X-Page-Cache" not in response and "csrfmiddlewaretoken" in response.content.decode()
