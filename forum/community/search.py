"""Searching forum posts, for the forum's own search page and the site-wide search.

Results come straight from the database, limited to approved posts in the forums
the user may read (machina's PermissionHandler.get_readable_forums), so the
answer is right whatever haystack backend is configured: haystack's simple
backend ignores the forum filter machina relies on.
"""

from dataclasses import dataclass

from django.db.models import Q
from django.utils.text import Truncator
from machina.core.db.models import get_model
from machina.core.loading import get_class

Forum = get_model("forum", "Forum")
Post = get_model("forum_conversation", "Post")
PermissionHandler = get_class("forum_permission.handler", "PermissionHandler")
get_forum_member_display_name = get_class("forum_member.shortcuts", "get_forum_member_display_name")

MAX_RESULTS = 200


def search_posts(user, query, *, topics_only=False, poster_name="", forum_ids=None, handler=None):
    handler = handler or PermissionHandler()
    forums = handler.get_readable_forums(Forum.objects.all(), user)
    if forum_ids:
        forums = [forum for forum in forums if str(forum.pk) in {str(pk) for pk in forum_ids}]
    posts = Post.approved_objects.filter(topic__forum__in=forums, topic__approved=True)
    terms = (query or "").split()
    if not terms and not poster_name:
        return Post.objects.none()
    for term in terms:
        if topics_only:
            posts = posts.filter(topic__subject__icontains=term)
        else:
            posts = posts.filter(Q(subject__icontains=term) | Q(content__icontains=term))
    if poster_name:
        posts = posts.filter(
            Q(poster__username__icontains=poster_name)
            | Q(poster__first_name__icontains=poster_name)
            | Q(poster__last_name__icontains=poster_name)
        )
    return posts.select_related("topic__forum", "poster").order_by("-created")


@dataclass
class SearchHit:
    """The attributes machina's search template reads from a haystack result."""

    object: object
    forum: int
    forum_slug: str
    forum_name: str
    topic: int
    topic_slug: str
    topic_subject: str
    poster: int | None
    poster_name: str
    created: object
    text: str

    @classmethod
    def from_post(cls, post):
        return cls(
            object=post,
            forum=post.topic.forum_id,
            forum_slug=post.topic.forum.slug,
            forum_name=post.topic.forum.name,
            topic=post.topic_id,
            topic_slug=post.topic.slug,
            topic_subject=post.topic.subject,
            poster=post.poster_id,
            poster_name=get_forum_member_display_name(post.poster) if post.poster_id else post.username,
            created=post.created,
            text=Truncator(post.content.raw).chars(800),
        )


class SearchHits(list):
    """A list haystack's FacetedSearchView can page through."""

    def facet_counts(self):
        return {}


def search_hits(*args, **kwargs):
    return SearchHits(SearchHit.from_post(post) for post in search_posts(*args, **kwargs)[:MAX_RESULTS])


def site_search(user, query, limit=20):
    """Forum posts for the site-wide search (search.providers.SearchResult): only what `user` may read.

    Expert-area hits carry the same text a member sees in the forum; the caller
    renders them for this user only and must not cache them across users.
    """
    from django.utils.translation import gettext

    from search.providers import SearchResult

    from .notifications import post_path

    return [
        SearchResult(
            title=post.topic.subject,
            url=post_path(post),
            summary=Truncator(post.content.raw).chars(240),
            kind=gettext("Forum: %(forum)s") % {"forum": post.topic.forum.name},
        )
        for post in search_posts(user, query)[:limit]
    ]


def site_results(request, query):
    """The forum's provider for the site-wide search (registered in CommunityConfig.ready)."""
    return site_search(request.user, query)
