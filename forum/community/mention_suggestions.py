"""Suggestions while writing an @mention (issue 13, item 2): the members whose forum name
starts with what was typed and who may read the forum the post is written in.

Only readers who may see member details (vetted members and moderators) are offered
suggestions: an unvetted account that may start a topic in the public area must not be able
to list the network's members letter by letter. A mention typed by hand still works for
everyone, and tells only those who may read the discussion (notifications.mentioned_readers).

Readability is decided by machina's permission handler, the rule every forum view uses.
The candidates are looked up first (a bounded number) and checked one by one, so the
queries stay the same whatever the number of members.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.http import require_GET
from machina.core.db.models import get_model

from forum.membership.models import Application

from . import access
from .trust import trust_signals

Forum = get_model("forum", "Forum")
UserForumPermission = get_model("forum_permission", "UserForumPermission")

MAX_SUGGESTIONS = 8
# Looked at before the permission check: enough that a few non-readers sharing a prefix
# do not hide the readers, few enough that the check stays cheap.
MAX_CANDIDATES = 20
MAX_PREFIX = 150


def _candidates(forum, prefix, reader):
    users = get_user_model().objects.filter(is_active=True, username__istartswith=prefix).exclude(pk=reader.pk)
    if not access.is_public_forum(forum):
        # Grants are given to groups (forum.community.structure) or, by an administrator, to a person.
        personal = UserForumPermission.objects.filter(forum=forum, has_perm=True).values("user_id")
        # A vetted member whose period has ended is still in the group until their next request.
        current = Application.objects.filter(state=Application.State.APPROVED, valid_until__gt=timezone.now())
        users = users.filter(
            Q(groups__name=settings.VETTED_GROUP, pk__in=current.values("user_id"))
            | Q(groups__name=settings.MODERATORS_GROUP)
            | Q(is_superuser=True)
            | Q(pk__in=personal)
        )
    return list(users.distinct().order_by("username")[:MAX_CANDIDATES])


def suggestions(forum, prefix, reader, handler):
    """[{"username", "sector", "country", "organisation"}] for up to MAX_SUGGESTIONS members."""
    readers = []
    for user in _candidates(forum, prefix, reader):
        if handler.can_read_forum(forum, user):
            readers.append(user)
            if len(readers) == MAX_SUGGESTIONS:
                break
    signals = trust_signals([user.pk for user in readers], reader)
    results = []
    for user in readers:
        signal = signals.get(user.pk)
        results.append(
            {
                "username": user.username,
                "sector": signal.sector if signal else "",
                "country": signal.country if signal else "",
                "organisation": signal.organisation if signal else "",
            }
        )
    return results


@require_GET
@login_required
def mention_suggestions(request, forum_pk):
    handler = request.forum_permission_handler
    forum = get_object_or_404(Forum, pk=forum_pk)
    if not access.can_see_member_profiles(request.user) or not handler.can_read_forum(forum, request.user):
        raise Http404
    prefix = request.GET.get("q", "").strip().lstrip("@")[:MAX_PREFIX]
    results = suggestions(forum, prefix, request.user, handler) if prefix else []
    response = JsonResponse({"results": results})
    response["Cache-Control"] = "private, no-store"
    return response
