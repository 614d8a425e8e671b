"""Replies that flow (issue 13, item 2): quoting a post into a reply, the first unread post of
a topic, and the earlier versions of edited posts for the forum's moderators.

machina 1.3 has none of these (its post form knows no quoting); they use machina's own
permission handler and read tracking (TopicReadTrack, ForumReadTrack)."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from machina.core.db.models import get_model
from machina.templatetags.forum_member_tags import forum_member_display_name

from forum.markup import render_user_text

from . import notifications
from .models import PostRevision

Post = get_model("forum_conversation", "Post")
Topic = get_model("forum_conversation", "Topic")
ForumReadTrack = get_model("forum_tracking", "ForumReadTrack")
TopicReadTrack = get_model("forum_tracking", "TopicReadTrack")

# Characters that Markdown would read as formatting in a forum name.
_MARKDOWN_SPECIAL = "\\`*_{}[]()#+-.!<>|~"


def _raw(content):
    return getattr(content, "raw", content) or ""


def _escape_markdown(text):
    return "".join(f"\\{char}" if char in _MARKDOWN_SPECIAL else char for char in text)


def quote_heading(post):
    """The first line of a quote: who wrote the quoted words."""
    name = forum_member_display_name(post.poster) if post.poster_id else (post.username or _("former member"))
    return _("%(name)s wrote:") % {"name": f"**{_escape_markdown(str(name))}**"}


def quote_markdown(post, text=None):
    """`text` (the whole post when None) as a Markdown quote under the writer's name,
    followed by an empty line to write the reply on."""
    text = _raw(post.content) if text is None else text
    lines = [quote_heading(post), ""] + text.strip().splitlines()
    return "\n".join(f"> {line}".rstrip() for line in lines) + "\n\n"


def quotable_post(request, topic, post_pk):
    """The post `post_pk` if the reader may quote it into a reply to `topic`: a post of the
    same topic, approved, not removed, in a forum the reader may read. None otherwise."""
    if not str(post_pk).isdigit():
        return None
    post = (
        Post.objects.select_related("poster", "topic__forum")
        .filter(pk=int(post_pk), topic=topic, approved=True, topic__approved=True)
        .first()
    )
    if post is None or not (post.poster_id or _raw(post.content)):
        return None
    if not request.forum_permission_handler.can_read_forum(post.topic.forum, request.user):
        return None
    return post


def read_mark(topic, user):
    """Until when `user` has read `topic`, by machina's tracks (None: never)."""
    track = TopicReadTrack.objects.filter(topic=topic, user=user).values_list("mark_time", flat=True).first()
    if track is None:
        track = (
            ForumReadTrack.objects.filter(forum=topic.forum_id, user=user).values_list("mark_time", flat=True).first()
        )
    return track


def first_unread_post(topic, user):
    """The first approved post of `topic` that `user` has not read; the last post when they
    have read them all."""
    posts = topic.posts.filter(approved=True).order_by("created", "pk")
    mark = read_mark(topic, user)
    if mark is not None:
        unread = posts.filter(created__gt=mark).first()
        if unread is not None:
            return unread
        return posts.order_by("-created", "-pk").first()
    return posts.first()


@login_required
def first_unread(request, topic_pk):
    """Where a topic list's "First unread" link goes: the topic's page that holds the reader's
    first unread post, at that post."""
    topic = get_object_or_404(Topic.objects.select_related("forum"), pk=topic_pk, approved=True)
    if not request.forum_permission_handler.can_read_forum(topic.forum, request.user):
        raise Http404
    post = first_unread_post(topic, request.user)
    if post is None:
        raise Http404
    post.topic = topic
    return redirect(notifications.post_path(post))


def can_see_history(request, forum):
    """Moderators of `forum`: machina grants them the editing of others' posts there. A
    moderator whose session has not used a second factor is no moderator here
    (accounts.middleware.RequireMFAMiddleware treats them as a visitor)."""
    user = request.user
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    handler = request.forum_permission_handler
    return handler._get_checker(user).has_perm("can_edit_posts", forum)


def snapshot(post):
    """What a post says now, before an edit replaces it."""
    edited = bool(post.updates_count and post.updated)
    return {
        "subject": post.subject,
        "content": _raw(post.content),
        "update_reason": post.update_reason or "",
        "written_by_id": (post.updated_by_id if edited else None) or post.poster_id,
        "written_at": post.updated if edited else post.created,
    }


def keep_previous_version(post, before, editor):
    """Keep `before` (a snapshot) as an earlier version of `post` if the edit changed the words."""
    if before is None or (before["subject"], before["content"]) == (post.subject, _raw(post.content)):
        return None
    return PostRevision.objects.create(post=post, edited_by=editor if editor.is_authenticated else None, **before)


def post_history(request, post_pk):
    """The versions of a post, newest first, with who wrote each and who replaced it when.
    For the moderators of its forum only; everyone else finds nothing here."""
    post = get_object_or_404(
        Post.objects.select_related("topic__forum", "poster", "updated_by"), pk=post_pk, topic__approved=True
    )
    forum = post.topic.forum
    if not can_see_history(request, forum) or not request.forum_permission_handler.can_read_forum(forum, request.user):
        raise Http404
    revisions = list(post.revisions.select_related("written_by", "edited_by").order_by("-edited_at", "-pk"))
    for revision in revisions:
        revision.rendered = render_user_text(revision.content)
    current_by = post.updated_by if post.updates_count and post.updated_by_id else post.poster
    return render(
        request,
        "community/post_history.html",
        {
            "post": post,
            "topic": post.topic,
            "forum": forum,
            "revisions": revisions,
            "current_by": current_by,
            "current_at": post.updated if post.updates_count else post.created,
            "post_url": notifications.post_path(post),
        },
    )
