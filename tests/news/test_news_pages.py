import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction
from wagtail_factories import ImageFactory

from news.models import NEWS_PER_PAGE, NewsCategory
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def titles_in_order(html, titles):
    positions = [html.index(title) for title in titles]
    return positions == sorted(positions)


def test_news_page_shows_its_date_category_intro_image_and_body(client, news_index):
    item = NewsPageFactory(
        parent=news_index,
        title="Handbook published",
        date=datetime.date(2015, 9, 30),
        category=NewsCategory.PUBLICATION,
        intro="The handbook is out.",
        image=ImageFactory(),
        image_alt="An open book in dark blue",
        body=json.dumps([{"type": "paragraph", "value": "<p>Five stages of referral.</p>"}]),
    )

    html = client.get(item.url).content.decode()

    assert "<h1>Handbook published</h1>" in html
    assert '<time datetime="2015-09-30">' in html
    assert "Publications" in html
    assert "The handbook is out." in html
    assert 'alt="An open book in dark blue"' in html
    assert "Five stages of referral." in html
    assert f'href="{news_index.url}"' in html, "a way back to the news list"


def test_an_image_without_alternative_text_is_refused(news_index):
    item = NewsPageFactory.build(image=ImageFactory(), image_alt=" ")
    with pytest.raises(ValidationError) as error:
        item.clean()
    assert "image_alt" in error.value.message_dict


def test_index_lists_newest_first_ten_per_page(client, news_index):
    for day in range(1, 13):
        NewsPageFactory(parent=news_index, title=f"Item of day {day:02d}", date=datetime.date(2015, 3, day))

    first = client.get(news_index.url).content.decode()
    second = client.get(news_index.url + "?page=2").content.decode()

    assert titles_in_order(first, ["Item of day 12", "Item of day 11", "Item of day 03"])
    assert len(re.findall(r'<article class="news-card', first)) == NEWS_PER_PAGE
    assert "Item of day 02" not in first
    assert "Item of day 02" in second and "Item of day 01" in second
    assert "Page 2 of 2" in second
    assert 'rel="prev"' in second


@pytest.mark.parametrize("page_param", ["abc", "0", "-1", "999", ""])
def test_index_survives_a_bad_page_number(client, news_index, page_param):
    NewsPageFactory(parent=news_index, title="Still shown")
    response = client.get(news_index.url, {"page": page_param})
    assert response.status_code == 200
    assert "Still shown" in response.content.decode()


def test_index_filters_by_category_and_ignores_unknown_ones(client, news_index):
    NewsPageFactory(parent=news_index, title="Workshop in Antwerp", category=NewsCategory.EVENT)
    NewsPageFactory(parent=news_index, title="Handbook out", category=NewsCategory.PUBLICATION)

    events = client.get(news_index.url, {"category": "event"}).content.decode()
    unknown = client.get(news_index.url, {"category": "<script>"}).content.decode()

    assert "Workshop in Antwerp" in events and "Handbook out" not in events
    assert "Workshop in Antwerp" in unknown and "Handbook out" in unknown


def test_index_hides_drafts_and_private_news(client, news_index):
    NewsPageFactory(parent=news_index, title="Published item")
    draft = NewsPageFactory(parent=news_index, title="Draft item")
    draft.unpublish()
    private = NewsPageFactory(parent=news_index, title="Members only item")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    html = client.get(news_index.url).content.decode()

    assert "Published item" in html
    assert "Draft item" not in html
    assert "Members only item" not in html


def count_queries(client, url):
    # The first request creates image renditions, which renews the shared cache (home.caching);
    # the second fills it again: the third is the rendering every later reader gets.
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_index_query_count_does_not_grow_with_the_number_of_items(client, news_index, settings):
    settings.ANONYMOUS_PAGE_CACHE = False  # the rendering is measured, not a whole page from the cache
    for _ in range(2):
        NewsPageFactory(parent=news_index, image=ImageFactory(), image_alt="A picture")
    few = count_queries(client, news_index.url)

    for _ in range(7):
        NewsPageFactory(parent=news_index, image=ImageFactory(), image_alt="A picture")
    many = count_queries(client, news_index.url)

    assert many == few


def test_empty_index_says_nothing_is_published_and_an_empty_category_says_so(client, news_index):
    empty = client.get(news_index.url).content.decode()
    assert "No news has been published yet." in empty

    NewsPageFactory(parent=news_index, title="Handbook out", category=NewsCategory.PUBLICATION)
    no_events = client.get(news_index.url, {"category": "event"}).content.decode()
    assert "There is no news in this category yet." in no_events


def test_index_in_another_language_lists_no_english_aliases(client, news_index, locales):
    hungarian_index = news_index.copy_for_translation(locales["hu"], copy_parents=True)
    hungarian_index.save_revision().publish()
    item = NewsPageFactory(parent=news_index, title="English-only item")
    item.copy_for_translation(locales["hu"], alias=True)
    response = client.get(hungarian_index.url)
    assert response.status_code == 200
    assert "English-only item" not in response.content.decode()
