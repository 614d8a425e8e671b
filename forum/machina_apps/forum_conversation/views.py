"""machina's topic and post views: pending topics stay private, and edits and deletions by
moderators are recorded in the audit log."""

from django.http import Http404
from machina.apps.forum_conversation import views as machina_views
from machina.apps.forum_conversation.views import *  # noqa: F401,F403

from forum.community import access


class PostUpdateView(machina_views.PostUpdateView):
    def form_valid(self, post_form, *args, **kwargs):
        response = super().form_valid(post_form, *args, **kwargs)
        post = post_form.instance
        if post.poster_id != self.request.user.pk:
            access.record(
                actor=self.request.user,
                subject=post.poster,
                action="forum_post_edited",
                reason=post_form.cleaned_data.get("update_reason") or "",
                target=post,
            )
        return response


class PostDeleteView(machina_views.PostDeleteView):
    def form_valid(self, form):
        post = self.object
        if post.poster_id != self.request.user.pk:
            access.record(actor=self.request.user, subject=post.poster, action="forum_post_deleted", target=post)
        return super().form_valid(form)


class TopicView(machina_views.TopicView):
    """A topic waiting for approval (or hidden) exists only for its author and moderators."""

    def get_topic(self):
        topic = super().get_topic()
        user = self.request.user
        if not topic.approved and not (
            (user.is_authenticated and topic.poster_id == user.pk)
            or self.request.forum_permission_handler.can_approve_posts(topic.forum, user)
        ):
            raise Http404
        return topic
