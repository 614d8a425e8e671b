import io

import pytest
from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from news import demo
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def test_demo_news_loads_twice_without_duplicates(home_page, client):
    command = BaseCommand(stdout=io.StringIO())
    demo.load(command)
    counts = (NewsIndexPage.objects.count(), NewsPage.objects.count(), get_image_model().objects.count())
    demo.load(command)

    assert counts == (NewsIndexPage.objects.count(), NewsPage.objects.count(), get_image_model().objects.count())
    assert NewsPage.objects.live().count() == len(demo.NEWS_ITEMS)
    html = client.get("/en/news/").content.decode()
    assert "RAVOT-EUR kicks off in Budapest" in html
    assert "Sample content" in client.get("/en/news/ravot-eur-kicks-off-in-budapest/").content.decode()
