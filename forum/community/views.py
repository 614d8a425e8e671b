"""Views around machina: reporting posts, the reports queue, rejected posts kept for
their author, e-mail settings and one-click unsubscribe. Logic lives in
moderation.py and notifications.py."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from machina.core.db.models import get_model

from accounts.ratelimit import may_send_email

from . import access, notifications
from .forms import NotificationSettingsForm, ReportActionForm, ReportForm
from .models import ForumSubscription, NotificationSettings, PostReport, RejectedPost
from .moderation import ModerationError, author_trail, handle_report, report_history
from .moderation import report_post as do_report

Forum = get_model("forum", "Forum")
Post = get_model("forum_conversation", "Post")
Topic = get_model("forum_conversation", "Topic")


def _readable_post(request, post_pk):
    post = get_object_or_404(Post.objects.select_related("topic__forum", "poster"), pk=post_pk, approved=True)
    if not request.forum_permission_handler.can_read_forum(post.topic.forum, request.user):
        raise Http404
    return post


def _moderator_required(request):
    """Moderators only (accounts.middleware has already made sure that they used 2FA)."""
    if not access.is_moderator(request.user):
        raise PermissionDenied


def go_to_post(request, post_pk):
    """Where e-mails link to: a post by number, redirected to its place in the topic. A visitor
    who may not read it is asked to sign in (and sent on afterwards), as if it did not exist."""
    post = Post.objects.select_related("topic__forum").filter(pk=post_pk, approved=True).first()
    if post is None or not request.forum_permission_handler.can_read_forum(post.topic.forum, request.user):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise Http404
    return redirect(notifications.post_path(post))


@login_required
def report_post(request, post_pk):
    post = _readable_post(request, post_pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not may_send_email(request, "report_post"):
            form.add_error(None, _("You have sent many reports in a short time. Please try again later."))
            return render(request, "community/report_form.html", {"form": form, "post": post, "topic": post.topic,
                                                                  "forum": post.topic.forum}, status=429)  # fmt: skip
        do_report(post, request.user, form.cleaned_data["reason"])
        messages.success(request, _("Thank you. The moderators will look at this post."))
        return redirect(notifications.post_path(post))
    return render(request, "community/report_form.html", {"form": form, "post": post, "topic": post.topic,
                                                          "forum": post.topic.forum})  # fmt: skip


@login_required
def report_queue(request):
    _moderator_required(request)
    status = request.GET.get("status", PostReport.Status.OPEN)
    if status not in PostReport.Status.values or status == PostReport.Status.OPEN:
        # Open reports are decided in the one review queue; this page keeps the decided ones.
        return redirect(reverse("review:queue") + "?kind=report")
    reports = (
        PostReport.objects.filter(status=status)
        .select_related("reporter", "post_author", "forum", "handled_by")
        .order_by("created_at", "pk")
    )
    return render(
        request,
        "community/report_queue.html",
        {"reports": reports, "status": status, "statuses": PostReport.Status.choices},
    )


@login_required
def report_detail(request, pk):
    _moderator_required(request)
    report = get_object_or_404(
        PostReport.objects.select_related("post__topic__forum", "post__poster", "reporter", "post_author", "forum"),
        pk=pk,
    )
    form = ReportActionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            handle_report(
                report,
                request.user,
                form.cleaned_data["action"],
                note=form.cleaned_data["note"],
                target_forum=form.cleaned_data["target_forum"],
            )
        except ModerationError as error:
            form.add_error(None, str(error))
        else:
            if form.cleaned_data["action"] == PostReport.Action.EDIT and report.post:
                topic = report.post.topic
                return redirect(
                    "forum_conversation:post_update",
                    forum_slug=topic.forum.slug, forum_pk=topic.forum.pk, topic_slug=topic.slug,
                    topic_pk=topic.pk, pk=report.post.pk,
                )  # fmt: skip
            messages.success(request, _("The decision is recorded."))
            # Back to the one review queue (forum.review), where the other reports wait.
            return redirect(reverse("review:queue") + "?kind=report")
    return render(
        request,
        "community/report_detail.html",
        {"report": report, "form": form, "history": report_history(report), "trail": author_trail(report)},
    )


@login_required
def rejected_posts(request):
    posts = RejectedPost.objects.filter(author=request.user).select_related("forum", "rejected_by")
    return render(request, "community/rejected_posts.html", {"rejected_posts": posts})


@login_required
def notification_settings(request):
    preference = NotificationSettings.for_user(request.user)
    form = NotificationSettingsForm(request.POST or None, instance=preference)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your e-mail settings are saved."))
        return redirect("community:notification_settings")
    readable = access.readable_forums(request.user, request.forum_permission_handler)
    subscriptions = ForumSubscription.objects.filter(user=request.user, forum__in=readable).select_related("forum")
    topics = request.user.topic_subscriptions.filter(forum__in=readable).select_related("forum")
    return render(
        request,
        "community/notification_settings.html",
        {"form": form, "forum_subscriptions": subscriptions, "topic_subscriptions": topics},
    )


@login_required
@require_POST
def forum_subscription(request, forum_pk):
    forum = get_object_or_404(Forum, pk=forum_pk)
    if not request.forum_permission_handler.can_read_forum(forum, request.user):
        raise Http404
    if request.POST.get("subscribe") == "1":
        ForumSubscription.objects.get_or_create(user=request.user, forum=forum)
        messages.success(request, _("You will receive e-mails about new posts in this forum."))
    else:
        ForumSubscription.objects.filter(user=request.user, forum=forum).delete()
        messages.success(request, _("You no longer follow this forum."))
    return redirect(reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk}))


# Mail clients send the one-click POST (RFC 8058) without a session or CSRF token;
# the token, unguessable and short-lived, is what authorises it.
@csrf_exempt
def unsubscribe(request, token):
    link = notifications.read_unsubscribe_token(token)
    if link is None:
        return render(request, "community/unsubscribe.html", {"invalid": True}, status=400)
    user = link.user
    done = False
    if request.method == "POST":
        scope = request.POST.get("scope")
        if link.topic is not None and scope == "topic":
            link.topic.subscribers.remove(user)
        elif link.forum is not None and scope == "forum":
            ForumSubscription.objects.filter(user=user, forum=link.forum).delete()
        else:
            preference = NotificationSettings.for_user(user)
            preference.frequency = NotificationSettings.Frequency.NEVER
            preference.save(update_fields=["frequency"])
        done = True
    return render(request, "community/unsubscribe.html", {"topic": link.topic, "forum": link.forum, "done": done})
