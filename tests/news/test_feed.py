import datetime
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def feed_items(client, news_index):
    response = client.get(news_index.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def test_feed_lists_live_public_news_newest_first(client, news_index):
    NewsPageFactory(parent=news_index, title="Older", slug="older", date=datetime.date(2014, 2, 20))
    NewsPageFactory(
        parent=news_index, title="Newer", slug="newer", date=datetime.date(2015, 9, 30), intro="Handbook out."
    )

    channel, items = feed_items(client, news_index)

    assert channel.findtext("language") == "en"
    assert [item.findtext("title") for item in items] == ["Newer", "Older"]
    assert items[0].findtext("description") == "Handbook out."
    assert items[0].findtext("link").endswith("/en/news/newer/")
    assert items[0].findtext("link").startswith("http")


def test_feed_leaves_out_drafts_and_restricted_news(client, news_index):
    NewsPageFactory(parent=news_index, title="Public news")
    draft = NewsPageFactory(parent=news_index, title="Unpublished news")
    draft.unpublish()
    for restriction_type, extra in [
        (PageViewRestriction.LOGIN, {}),
        (PageViewRestriction.PASSWORD, {"password": "secret"}),
    ]:
        restricted = NewsPageFactory(parent=news_index, title=f"Restricted news {restriction_type}")
        PageViewRestriction.objects.create(page=restricted, restriction_type=restriction_type, **extra)

    _channel, items = feed_items(client, news_index)

    assert [item.findtext("title") for item in items] == ["Public news"]


def test_feed_is_advertised_on_the_news_pages(client, news_index):
    item = NewsPageFactory(parent=news_index)
    for url in (news_index.url, item.url):
        assert f'type="application/rss+xml" title="News · RAVOT-EUR (RSS)" href="{news_index.url}feed/"' in (
            client.get(url).content.decode()
        )
