"""The RSS feed of one news index: public news items of that language only, with every
address at the public address (home.site_address.public_url)."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.translation import gettext

from home.site_address import public_url
from news.models import FEED_ITEMS


class NewsFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index_page):
        return gettext("%(title)s · RAVOT-EUR") % {"title": index_page.title}

    def link(self, index_page):
        return public_url(index_page.get_url(self.request))

    def feed_url(self, index_page):
        return public_url(self.request.path)

    def description(self, index_page):
        return gettext("News from RAVOT-EUR, the transnational referral network against human trafficking.")

    def items(self, index_page):
        # news_items() holds only live, public pages: drafts and pages behind a
        # privacy restriction never reach a feed reader.
        return index_page.news_items()[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return public_url(item.get_url(self.request))

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at
