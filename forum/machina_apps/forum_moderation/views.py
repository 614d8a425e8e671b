"""machina's moderation views, with every decision written to the audit log and
rejection carrying a reason the author is told."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from machina.apps.forum_moderation import views as machina_views
from machina.apps.forum_moderation.views import *  # noqa: F401,F403

from forum.community import access
from forum.community.moderation import approve_post, reject_post

from .forms import RejectPostForm


def _audit(request, topic, action, **kwargs):
    access.record(actor=request.user, subject=topic.poster, action=action, target=topic, **kwargs)


class TopicLockView(machina_views.TopicLockView):
    def lock(self, request, *args, **kwargs):
        response = super().lock(request, *args, **kwargs)
        _audit(request, self.object, "forum_topic_locked", from_state="unlocked", to_state="locked")
        return response


class TopicUnlockView(machina_views.TopicUnlockView):
    def unlock(self, request, *args, **kwargs):
        response = super().unlock(request, *args, **kwargs)
        _audit(request, self.object, "forum_topic_unlocked", from_state="locked", to_state="unlocked")
        return response


class TopicDeleteView(machina_views.TopicDeleteView):
    def form_valid(self, form):
        _audit(self.request, self.object, "forum_topic_deleted", to_state="deleted")
        return super().form_valid(form)


class TopicMoveView(machina_views.TopicMoveView):
    def form_valid(self, form):
        from_forum = self.object.forum.name
        response = super().form_valid(form)
        _audit(self.request, self.object, "forum_topic_moved", from_state=from_forum, to_state=self.object.forum.name)
        return response


class _AuditedTypeMixin:
    def update_type(self, request, *args, **kwargs):
        response = super().update_type(request, *args, **kwargs)
        _audit(request, self.object, "forum_topic_type_changed", to_state=str(self.target_type))
        return response


class TopicUpdateToNormalTopicView(_AuditedTypeMixin, machina_views.TopicUpdateToNormalTopicView):
    pass


class TopicUpdateToStickyTopicView(_AuditedTypeMixin, machina_views.TopicUpdateToStickyTopicView):
    pass


class TopicUpdateToAnnounceView(_AuditedTypeMixin, machina_views.TopicUpdateToAnnounceView):
    pass


def review_queue_url():
    """After a decision, moderators go back to the one review queue (forum.review), not machina's list."""
    return reverse("review:queue") + "?kind=post"


class ModerationQueueListView(machina_views.ModerationQueueListView):
    """machina's list of posts awaiting approval is a copy of the review queue: after machina's
    own permission check, moderators are sent to the one queue, narrowed to posts."""

    def get(self, request, *args, **kwargs):
        return HttpResponseRedirect(review_queue_url())


class PostApproveView(machina_views.PostApproveView):
    def get_success_url(self):
        return review_queue_url()

    def approve(self, request, *args, **kwargs):
        self.object = self.get_object()
        approve_post(self.object, request.user)
        messages.success(request, self.success_message)
        return HttpResponseRedirect(self.get_success_url())


class PostDisapproveView(machina_views.PostDisapproveView):
    """Rejection needs a reason; the author is told it and keeps their text."""

    def get_success_url(self):
        return review_queue_url()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", RejectPostForm())
        return context

    def disapprove(self, request, *args, **kwargs):
        self.object = self.get_object()
        form = RejectPostForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        success_url = self.get_success_url()
        reject_post(self.object, request.user, form.cleaned_data["reason"])
        messages.success(request, self.success_message)
        return HttpResponseRedirect(success_url)
