import datetime

import pytest
from wagtail.models import PageViewRestriction

from home.models import HomePage
from news.models import latest_news
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def dutch_news_index(home_page, locales):
    # The migrations may already give each language a home page (an alias of the English one).
    dutch_home = HomePage.objects.filter(locale=locales["nl"]).first()
    if dutch_home is None:
        dutch_home = home_page.copy_for_translation(locales["nl"])
        dutch_home.save_revision().publish()
    return NewsIndexPageFactory(parent=dutch_home, title="Nieuws", slug="nieuws")


def test_latest_news_is_the_newest_public_news_of_one_language(news_index, dutch_news_index, locales):
    for day in (3, 9, 1, 7):
        NewsPageFactory(parent=news_index, title=f"English {day}", date=datetime.date(2015, 5, day))
    NewsPageFactory(parent=dutch_news_index, title="Nederlands", date=datetime.date(2015, 5, 30))
    draft = NewsPageFactory(parent=news_index, title="Draft", date=datetime.date(2015, 5, 31))
    draft.unpublish()
    private = NewsPageFactory(parent=news_index, title="Private", date=datetime.date(2015, 5, 31))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    english = latest_news(locales["en"])
    dutch = latest_news(locales["nl"], limit=5)

    assert [item.title for item in english] == ["English 9", "English 7", "English 3"]
    assert [item.title for item in dutch] == ["Nederlands"]


def test_latest_news_respects_the_limit(news_index, locales):
    for day in range(1, 6):
        NewsPageFactory(parent=news_index, date=datetime.date(2015, 1, day))
    assert len(latest_news(locales["en"], limit=2)) == 2
    assert len(latest_news(locales["en"], limit=10)) == 5


def test_news_index_is_created_only_under_a_home_page(news_index):
    from news.models import NewsIndexPage, NewsPage

    assert NewsIndexPage.parent_page_types == ["home.HomePage"]
    assert NewsPage.parent_page_types == ["news.NewsIndexPage"]
    assert not NewsIndexPage.can_create_at(news_index), "one news index per language tree"
