"""The forum's URLs: machina's board, with the forum's search box leading to the site search.

This is machina's own board (machina.urls) less its haystack search: one search
serves the whole platform with one set of permission rules (search.access), so the
`forum_search:search` name that machina's templates use redirects there, narrowed to
forum topics and posts. machina.urls itself is not imported: loading it imports
haystack, which the platform no longer uses."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import include, path, re_path, reverse
from machina.core.loading import get_class

from search.documents import Kind
from search.query import MAX_QUERY_LENGTH


def forum_search(request):
    query = [("q", request.GET.get("q", "")[:MAX_QUERY_LENGTH])] + [("kind", kind) for kind in (Kind.TOPIC, Kind.POST)]
    return redirect(f"{reverse('search')}?{urlencode(query)}")


def _patterns(module_label):
    return get_class(module_label, "urlpatterns_factory").urlpatterns


urlpatterns = [
    re_path(r"", include(_patterns("forum.urls"))),
    re_path(r"", include(_patterns("forum_conversation.urls"))),
    re_path(r"^feeds/", include(_patterns("forum_feeds.urls"))),
    re_path(r"^member/", include(_patterns("forum_member.urls"))),
    re_path(r"^moderation/", include(_patterns("forum_moderation.urls"))),
    re_path(r"^search/", include(([path("", forum_search, name="search")], "forum_search"))),
    re_path(r"^tracking/", include(_patterns("forum_tracking.urls"))),
]
