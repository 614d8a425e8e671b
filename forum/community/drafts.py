"""Drafts kept while writing (issue 13, item 2): a new topic or a reply that is not posted
yet is kept on the server for its writer, so closing the tab, a crash or a lost connection
loses nothing.

The post form's script (community/drafts.js) sends the subject and text here a moment after
the writer stops typing, and keeps a copy in the tab's sessionStorage for when the server
cannot be reached; without the script, the form's "Save draft" button does the same. The
form opens with the draft in it. Sending the post, or "Discard draft", deletes it; the
retention job deletes a draft left alone for settings.RETENTION["post_drafts"].

Drafts are the writer's own unsent words: nobody else reads them (not moderators, not search),
and the personal-data check runs when the post is sent, as it always does.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import formats, timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from machina.core.db.models import get_model

from .models import PostDraft

Forum = get_model("forum", "Forum")
Topic = get_model("forum_conversation", "Topic")

MAX_DRAFT_LENGTH = 100_000


def find(user, *, forum=None, topic=None):
    """The member's draft of a new topic in `forum`, or of a reply in `topic`, or None."""
    if not user.is_authenticated:
        return None
    if topic is not None:
        return PostDraft.objects.filter(user=user, topic=topic, forum=None).first()
    return PostDraft.objects.filter(user=user, forum=forum, topic=None).first()


def discard(user, *, forum=None, topic=None):
    if not user.is_authenticated:
        return
    if topic is not None:
        PostDraft.objects.filter(user=user, topic=topic, forum=None).delete()
    else:
        PostDraft.objects.filter(user=user, forum=forum, topic=None).delete()


def saved_at_label(draft):
    return formats.date_format(timezone.localtime(draft.updated_at), "DATETIME_FORMAT")


def _save(request, *, forum=None, topic=None):
    # The script asks for JSON; its last save as the page closes (a beacon) cannot, and says so.
    wants_json = "application/json" in request.headers.get("Accept", "") or "background" in request.POST
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=False):
        back = "/"
    subject = request.POST.get("subject", "")[:255]
    content = request.POST.get("content", "")
    if len(content) > MAX_DRAFT_LENGTH:
        error = _("The draft is too long to be kept (at most %(count)s characters). Nothing was changed.") % {
            "count": formats.number_format(MAX_DRAFT_LENGTH, force_grouping=True)
        }
        if wants_json:
            return JsonResponse({"saved": False, "error": error}, status=400)
        messages.error(request, error)
        return redirect(back)
    if "discard" in request.POST or not (subject.strip() or content.strip()):
        discard(request.user, forum=forum, topic=topic)
        if wants_json:
            return JsonResponse({"saved": False, "discarded": True})
        messages.success(request, _("Your draft is discarded."))
        return redirect(back)
    draft, _created = PostDraft.objects.update_or_create(
        user=request.user, forum=forum, topic=topic, defaults={"subject": subject, "content": content}
    )
    label = saved_at_label(draft)
    if wants_json:
        return JsonResponse({"saved": True, "saved_at": label})
    messages.success(
        request, _("Your draft is saved (%(when)s). It opens with this form until you post it.") % {"when": label}
    )
    return redirect(back)


@require_POST
@login_required
def save_topic_draft(request, forum_pk):
    forum = get_object_or_404(Forum, pk=forum_pk)
    if not request.forum_permission_handler.can_add_topic(forum, request.user):
        raise Http404
    return _save(request, forum=forum)


@require_POST
@login_required
def save_reply_draft(request, topic_pk):
    topic = get_object_or_404(Topic.objects.select_related("forum"), pk=topic_pk)
    if not request.forum_permission_handler.can_add_post(topic, request.user):
        raise Http404
    return _save(request, topic=topic)
