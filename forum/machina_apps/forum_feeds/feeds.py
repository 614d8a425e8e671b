"""machina's topic feed with its addresses at the public address (home.site_address.public_url):
Django's feeds otherwise take the host of whoever asked, and a feed reader keeps it. A forum's
feed is titled with the forum's name in the reader's language (Django gives the feed that language)."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _
from machina.apps.forum_feeds.feeds import LastTopicsFeed as MachinaLastTopicsFeed
from machina.core.db.models import get_model

from forum.community.forum_texts import localized
from home.site_address import public_url

Forum = get_model("forum", "Forum")


@dataclass
class FeedRequest:
    path: str
    forum: object = None


class LastTopicsFeed(MachinaLastTopicsFeed):
    def get_object(self, request, *args, **kwargs):
        # machina keeps the readable forums on the feed; what this request asked for is handed
        # on as the feed's object (one feed instance serves every request).
        super().get_object(request, *args, **kwargs)
        forum_pk = kwargs.get("forum_pk")
        return FeedRequest(request.path, Forum.objects.filter(pk=forum_pk).first() if forum_pk else None)

    def title(self, feed):
        if feed.forum is not None:
            return _("Latest topics in %(forum)s") % {"forum": localized(feed.forum).name}
        return _("Latest topics in the RAVOT-EUR forum")

    def description(self, feed):
        return _("The topics most recently written in, newest first.")

    def link(self):
        return public_url(reverse("forum:index"))

    def feed_url(self, feed):
        return public_url(feed.path)

    def item_link(self, item):
        return public_url(super().item_link(item))
