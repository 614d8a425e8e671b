"""Member profiles and post lists are for vetted members (and moderators) only:
who takes part in the forum is itself sensitive."""

import re

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from machina.apps.forum_member import views as machina_views
from machina.apps.forum_member.views import *  # noqa: F401,F403

from forum.community import access
from forum.community.profiles import member_details


class MembersOnlyMixin:
    def target_user_pk(self):
        return str(self.kwargs.get("pk"))

    def dispatch(self, request, *args, **kwargs):
        # machina's pattern takes any word ("abc", "%00", 30 digits): only a real id is a member.
        if not re.fullmatch(r"[0-9]{1,18}", self.target_user_pk()):
            raise Http404
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if str(user.pk) != self.target_user_pk() and not access.can_see_member_profiles(user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UserPostsView(MembersOnlyMixin, machina_views.UserPostsView):
    def get_queryset(self):
        queryset = super().get_queryset().select_related("written_language")
        user = self.request.user
        if user.pk == self.poster.pk or access.is_moderator(user):
            return queryset
        # Pending and hidden posts are visible to their author and moderators only.
        return queryset.filter(Q(approved=True))


class ForumProfileDetailView(MembersOnlyMixin, machina_views.ForumProfileDetailView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        readable = access.readable_forums(self.request.user, self.request.forum_permission_handler)
        context["topics_count"] = Topic.objects.filter(  # noqa: F405
            approved=True, poster=self.object.user, forum__in=readable
        ).count()
        # machina's stored counter misses posts made outside its views; count what this reader may see.
        context["posts_count"] = Post.approved_objects.filter(  # noqa: F405
            poster=self.object.user, topic__forum__in=readable
        ).count()
        context["member"] = member_details(self.object.user)
        return context


class TopicSubscriptionListView(machina_views.TopicSubscriptionListView):
    """Someone who followed expert topics and then lost access (expired, suspended)
    must not keep seeing their titles here."""

    def get_queryset(self):
        readable = access.readable_forums(self.request.user, self.request.forum_permission_handler)
        return super().get_queryset().filter(forum__in=readable, approved=True)
