"""The whole demo site: it loads twice without duplicates and every page carries the quick exit."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page, Revision
from wagtail.snippets.models import get_snippet_models


def counts():
    numbers = {"pages": Page.objects.count(), "revisions": Revision.objects.count()}
    numbers["users"] = get_user_model().objects.count()
    for model in get_snippet_models():
        numbers[model._meta.label] = model._default_manager.count()
    return numbers


@pytest.fixture
def demo_site(db):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))


def test_demo_loads_twice_without_duplicates(demo_site):
    before = counts()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    assert counts() == before


def test_every_live_page_has_the_quick_exit(demo_site, client):
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    checked = 0
    for page in pages:
        url = page.get_url()
        if not url:
            continue
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert 'id="quick-exit"' in html, url
        language = re.search(r'<html lang="([a-z]+)"', html).group(1)
        with translation.override(language):
            label = gettext("Leave this site quickly")
        assert label in html, url
        checked += 1
    assert checked >= 6
