import datetime

import factory
import wagtail_factories

from news.models import NewsCategory, NewsIndexPage, NewsPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    slug = factory.Sequence(lambda n: f"news-item-{n}")
    date = datetime.date(2015, 6, 1)
    category = NewsCategory.PROJECT
    intro = factory.LazyAttribute(lambda page: f"Introduction to {page.title}.")

    class Meta:
        model = NewsPage
