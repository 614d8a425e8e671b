"""machina's topic feed with its addresses at the public address (home.site_address.public_url):
Django's feeds otherwise take the host of whoever asked, and a feed reader keeps it."""

from django.urls import reverse
from machina.apps.forum_feeds.feeds import LastTopicsFeed as MachinaLastTopicsFeed

from home.site_address import public_url


class LastTopicsFeed(MachinaLastTopicsFeed):
    def get_object(self, request, *args, **kwargs):
        # machina keeps the readable forums on the feed; the path of this request is handed on
        # as the feed's object (one feed instance serves every request).
        super().get_object(request, *args, **kwargs)
        return request.path

    def link(self):
        return public_url(reverse("forum:index"))

    def feed_url(self, path):
        return public_url(path)

    def item_link(self, item):
        return public_url(super().item_link(item))
