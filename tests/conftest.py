"""Fixtures shared by the whole suite. Each app's folder under tests/ may add its own conftest.py."""

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Collection, Locale, Page, Site

from home.models import HomePage

# One OpenSearch node for the whole session, whichever module asks for it first.
pytest_plugins = ["tests.search.opensearch_node"]


def default_home():
    """The default site's English home page, as the migrations leave it. A transactional test
    (every browser test) empties the database when it ends, migrations' rows included: then the
    root collection, the page tree's root, the home page and the site are made again here."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        return site.root_page.specific
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    english = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=english))
    home = root.add_child(instance=HomePage(title="RAVOT-EUR", slug="home", locale=english))
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="RAVOT-EUR")
    return home


@pytest.fixture
def site_root(db):
    """The default site's English home page (see default_home)."""
    return default_home()


@pytest.fixture
def home_page(site_root):
    assert isinstance(site_root, HomePage)
    return site_root


@pytest.fixture
def locales(db):
    """Every configured language as a Wagtail locale, keyed by language code."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


@pytest.fixture(autouse=True)
def empty_shared_cache():
    """Each test starts with an empty cache: the database is rolled back after a test, and values
    cached from it (home.caching, Wagtail's site root paths) must not outlive it."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A request through LocaleMiddleware leaves its language active in the thread; the next test starts in English."""
    yield
    translation.activate(settings.LANGUAGE_CODE)
