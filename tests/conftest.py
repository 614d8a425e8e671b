"""Fixtures shared by the whole suite. Each app's folder under tests/ may add its own conftest.py."""

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Site

from home.models import HomePage

# One OpenSearch node for the whole session, whichever module asks for it first.
pytest_plugins = ["tests.search.opensearch_node"]


@pytest.fixture
def site_root(db):
    """The default site's English home page, as the migrations leave it."""
    return Site.objects.get(is_default_site=True).root_page.specific


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
