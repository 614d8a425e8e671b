"""Direct messages' pages: the inbox, a new conversation, a conversation with its reply form,
reporting a message, blocking and unblocking members.

Every page is for vetted members and moderators only, never cached, never indexed, and sends
a referrer to this site only ("same-origin": with "no-referrer" Chromium posts forms with
`Origin: null`, which Django's CSRF check refuses). A conversation answers 404 to anyone who
is not one of its participants (a moderator sees the reported messages of a conversation,
nothing else)."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.ratelimit import may_send_email
from forum.membership.access import is_moderator

from . import access, services
from .forms import NewConversationForm, ReplyForm, ReportForm
from .models import Block, Conversation, Message, MessageAttachment, MessageReport, Participant


def members_only(view):
    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not access.may_use(request.user):
            raise PermissionDenied
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        response["Referrer-Policy"] = "same-origin"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapped


@members_only
def inbox(request):
    user = request.user
    participations = (
        Participant.objects.filter(user=user)
        .select_related("conversation")
        .prefetch_related(
            Prefetch(
                "conversation__participants",
                queryset=Participant.objects.select_related("user").order_by("joined_at", "pk"),
            )
        )
        .order_by("-conversation__last_message_at", "-pk")
    )
    rows = []
    for participation in participations:
        conversation = participation.conversation
        others = [p.user for p in conversation.participants.all() if p.user_id != user.pk]
        unread = participation.last_read_at is None or conversation.last_message_at > participation.last_read_at
        rows.append({"conversation": conversation, "others": others, "unread": unread})
    return render(request, "direct_messages/inbox.html", {"rows": rows, "is_inbox": True})


@members_only
def new(request):
    user = request.user
    initial = {"to": request.GET.get("to", "")[:1000]}
    if request.method == "POST":
        form = NewConversationForm(request.POST, request.FILES, sender=user)
    else:
        form = NewConversationForm(sender=user, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        conversation = services.start(
            user, data["to"], data["subject"], data["body"], data.get("attachment"), data["language"]
        )
        messages.success(request, _("Your message has been sent."))
        return redirect("direct_messages:conversation", conversation.pk)
    return render(request, "direct_messages/new.html", {"form": form}, status=400 if form.errors else 200)


def _conversation_page(request, conversation, reply_form=None, status=200):
    user = request.user
    participation = access.participation(user, conversation)
    if participation is None:
        if not access.moderator_may_see(user, conversation):
            raise Http404
        # A moderator: the reported messages only.
        shown = access.reported_messages(conversation).select_related("sender").prefetch_related("attachments")
        return render(
            request, "direct_messages/reported.html", {"conversation": conversation, "messages_shown": shown}
        )
    blocked = access.blocked_by(user)
    participants = list(conversation.participants.select_related("user").order_by("joined_at", "pk"))
    shown = list(access.visible_messages(user, conversation).select_related("sender").prefetch_related("attachments"))
    last_read = participation.last_read_at
    for message in shown:
        message.is_new = message.sender_id != user.pk and (last_read is None or message.created_at > last_read)
    may_post = access.may_post(user, conversation)
    context = {
        "conversation": conversation,
        "participants": [p.user for p in participants],
        "others": [p.user for p in participants if p.user_id != user.pk],
        "blocked": blocked,
        "messages_shown": shown,
        "hidden_count": conversation.messages.filter(sender_id__in=blocked).count() if blocked else 0,
        "may_post": may_post,
        "reply_form": reply_form or (ReplyForm(writer=user) if may_post else None),
    }
    if request.method == "GET":
        # Before rendering, so that the header's counter no longer counts this conversation.
        services.mark_read(participation)
    return render(request, "direct_messages/conversation.html", context, status=status)


def _conversation_or_404(pk):
    return get_object_or_404(Conversation, pk=pk)


@members_only
def conversation(request, pk):
    return _conversation_page(request, _conversation_or_404(pk))


@members_only
@require_POST
def reply(request, pk):
    conversation = _conversation_or_404(pk)
    if access.participation(request.user, conversation) is None:
        raise Http404
    if not access.may_post(request.user, conversation):
        raise PermissionDenied
    form = ReplyForm(request.POST, request.FILES, writer=request.user)
    if not form.is_valid():
        return _conversation_page(request, conversation, reply_form=form, status=400)
    message = services.reply(
        conversation,
        request.user,
        form.cleaned_data["body"],
        form.cleaned_data.get("attachment"),
        form.cleaned_data["language"],
    )
    return redirect(f"{reverse('direct_messages:conversation', args=[conversation.pk])}#message-{message.pk}")


def _message_for_participant(request, pk):
    message = get_object_or_404(Message.objects.select_related("conversation", "sender"), pk=pk)
    if access.participation(request.user, message.conversation) is None:
        raise Http404
    if message.sender_id in access.blocked_by(request.user):
        raise Http404
    return message


@members_only
def attachment(request, pk):
    """A message's file, to the participants who see the message (and to moderators once it is reported)."""
    item = get_object_or_404(MessageAttachment.objects.select_related("message__conversation"), pk=pk)
    message = item.message
    participant = access.participation(request.user, message.conversation) is not None
    if participant:
        if message.sender_id in access.blocked_by(request.user):
            raise Http404
    elif not (is_moderator(request.user) and message.reports.exists()):
        raise Http404
    try:
        handle = item.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, as_attachment=True, filename=item.filename)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@members_only
def report(request, pk):
    message = _message_for_participant(request, pk)
    if message.sender_id == request.user.pk:
        raise Http404
    form = ReportForm(request.POST or None)
    context = {"form": form, "message": message}
    if request.method == "POST" and form.is_valid():
        if not may_send_email(request, "report_post"):
            form.add_error(None, _("You have sent many reports in a short time. Please try again later."))
            return render(request, "direct_messages/report.html", context, status=429)
        services.report(message, request.user, form.cleaned_data["reason"])
        messages.success(request, _("Thank you. The moderators will look at this message."))
        return redirect("direct_messages:conversation", message.conversation_id)
    return render(request, "direct_messages/report.html", context)


@members_only
@require_POST
def block(request):
    user_id = request.POST.get("user", "")
    other = get_object_or_404(get_user_model(), pk=int(user_id) if user_id.isdigit() and len(user_id) < 19 else 0)
    # Only someone the member meets in a conversation can be blocked from here.
    shares = Participant.objects.filter(user=other, conversation__participants__user=request.user).exists()
    if not shares or other.pk == request.user.pk:
        raise Http404
    services.block(request.user, other)
    messages.success(
        request,
        _("You have blocked %(name)s. They cannot write to you any more and you no longer see their messages.")
        % {"name": other.get_username()},
    )
    back = request.POST.get("conversation", "")
    if back.isdigit() and access.conversations_of(request.user).filter(pk=back).exists():
        return redirect("direct_messages:conversation", int(back))
    return redirect("direct_messages:blocked")


@members_only
def blocked(request):
    if request.method == "POST":
        user_id = request.POST.get("user", "")
        if user_id.isdigit():
            services.unblock(request.user, int(user_id))
            messages.success(request, _("The member is no longer blocked."))
        return redirect("direct_messages:blocked")
    blocks = Block.objects.filter(blocker=request.user).select_related("blocked").order_by("-created_at", "-pk")
    return render(request, "direct_messages/blocked.html", {"blocks": blocks})


@login_required
def report_detail(request, pk):
    """For moderators: one reported message, with the reason, and its handling."""
    if not is_moderator(request.user):
        raise PermissionDenied
    report = get_object_or_404(MessageReport.objects.select_related("message__sender", "reporter"), pk=pk)
    if request.method == "POST":
        status = request.POST.get("status", "")
        if status in MessageReport.Status.values and status != MessageReport.Status.OPEN:
            services.decide_report(report, request.user, status, request.POST.get("note", ""))
            messages.success(request, _("The report has been closed."))
            return redirect("direct_messages:report_detail", report.pk)
    response = render(
        request, "direct_messages/report_detail.html", {"report": report, "statuses": MessageReport.Status.choices[1:]}
    )
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
