"""Marking the reply that solved a question.

In a question forum (`QuestionForum`) the member who started a topic, or a moderator,
may mark one reply as the solution, change it or remove the mark. The topic page then
shows a "Solution" badge on that reply and a link to it at the top; the writer's
helpfulness (`forum.community.trust`) counts their replies marked so.
"""

from types import SimpleNamespace

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Subquery
from django.db.models.signals import post_delete, post_save
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from machina.core.db.models import get_model
from machina.core.loading import get_class

from . import access
from .models import QuestionForum, TopicSolution

Post = get_model("forum_conversation", "Post")
PermissionHandler = get_class("forum_permission.handler", "PermissionHandler")


def question_forum_ids():
    """The question forums, from the shared cache (renewed with the forum tree, see receivers below)."""
    from home.caching import FORUM, cached

    return cached(FORUM, "question-forum-ids", lambda: set(QuestionForum.objects.values_list("forum_id", flat=True)))


def is_question_forum(forum):
    return forum.pk in question_forum_ids()


def _renew(**kwargs):
    from home.caching import FORUM, invalidate

    invalidate(FORUM)


post_save.connect(_renew, sender=QuestionForum, dispatch_uid="community-question-forum-saved")
post_delete.connect(_renew, sender=QuestionForum, dispatch_uid="community-question-forum-deleted")


def can_mark_solution(user, topic, handler=None, *, question_forum=None):
    """The topic starter or a moderator, who can read the forum, in a question forum."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if question_forum is None:
        question_forum = is_question_forum(topic.forum)
    if not question_forum:
        return False
    handler = handler or PermissionHandler()
    if not handler.can_read_forum(topic.forum, user):
        return False
    return topic.poster_id == user.pk or access.is_moderator(user)


def topic_context(topic, user, handler=None):
    """What the topic page needs, in one query: whether this is a question forum, the marked
    solution (an object with `post_id`, or None) and whether `user` may mark a reply."""
    if topic.forum_id not in question_forum_ids():
        return {"is_question_forum": False, "solution": None, "can_mark_solution": False}
    row = (
        QuestionForum.objects.filter(forum_id=topic.forum_id)
        .annotate(
            solution_post_id=Subquery(
                TopicSolution.objects.filter(topic_id=topic.pk, post__approved=True).values("post_id")[:1]
            )
        )
        .values("pk", "solution_post_id")
        .first()
    )
    question_forum = row is not None
    solution = SimpleNamespace(post_id=row["solution_post_id"]) if row and row["solution_post_id"] else None
    return {
        "is_question_forum": question_forum,
        "solution": solution,
        "can_mark_solution": can_mark_solution(user, topic, handler, question_forum=question_forum),
    }


def post_url(post):
    topic = post.topic
    url = reverse(
        "forum_conversation:topic",
        kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum_id, "slug": topic.slug, "pk": topic.pk},
    )
    return f"{url}?post={post.pk}#{post.pk}"


@require_POST
def mark_solution(request, post_pk):
    """Mark `post_pk` as the solution of its topic, or (action=remove) remove the mark."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    post = get_object_or_404(Post.objects.select_related("topic__forum"), pk=post_pk, approved=True)
    topic = post.topic
    handler = getattr(request, "forum_permission_handler", None) or PermissionHandler()
    if not handler.can_read_forum(topic.forum, request.user):
        raise Http404
    if not topic.approved or not can_mark_solution(request.user, topic, handler):
        raise PermissionDenied
    if request.POST.get("action") == "remove":
        TopicSolution.objects.filter(topic=topic, post=post).delete()
        messages.success(request, _("The reply is no longer marked as the solution."))
    else:
        if post.pk == topic.first_post_id:
            raise PermissionDenied(_("The question itself cannot be its solution."))
        TopicSolution.objects.update_or_create(topic=topic, defaults={"post": post, "marked_by": request.user})
        messages.success(request, _("The reply is marked as the solution of this question."))
    return HttpResponseRedirect(post_url(post))
