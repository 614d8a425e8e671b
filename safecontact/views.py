"""Safe contact's pages: writing and coming back with a code (public, no account), the
helpers' inbox and the moderators' management of helper roles.

The public pages are never cached (Cache-Control: no-store), never indexed, send no referrer
and set no cookie at all. The code and the messages travel only in POST bodies, which error
reports leave out (`sensitive_post_parameters`), never in a URL.

The two public forms are exempt from CSRF protection, for two reasons. With `Referrer-Policy:
no-referrer` browsers send `Origin: null` with the form, which Django's check refuses; and the
check would need a cookie. What it protects is a session acting for its user, and these forms
act for nobody: no account, no session, and a forged submission can neither read the answer
nor open anything without the code. Rate limits and the honeypot stay. The helpers' pages keep
CSRF protection and the site's referrer policy (same-origin).
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from forum.membership.access import is_moderator

from . import access, codes, services
from .audit import record
from .forms import (
    CloseForm,
    CodeForm,
    GrantRoleForm,
    HandOverForm,
    HelperTextForm,
    NoteForm,
    WriteAgainForm,
    WriteForm,
)
from .models import Conversation, Entry, HelperRole
from .ratelimit import allowed


def _leave_no_session(request):
    """machina's permission middleware gives an anonymous visitor a "forum key" in a new session
    (for anonymous forum posts, which this platform does not allow): on these pages it would set
    a session cookie, so a session holding nothing else is left unsaved."""
    from machina.apps.forum_permission.middleware import ForumPermissionMiddleware

    session = getattr(request, "session", None)
    if session is None or request.user.is_authenticated:
        return
    key = ForumPermissionMiddleware.anonymous_forum_key_session_id
    if set(session.keys()) == {key}:
        del session[key]


def private_page(view, *, public=False):
    """Headers for every safe-contact page; the person's pages also send no referrer and are
    exempt from CSRF (see above)."""

    @sensitive_post_parameters()
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        _leave_no_session(request)
        add_never_cache_headers(response)
        if public:
            response["Referrer-Policy"] = "no-referrer"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return csrf_exempt(wrapped) if public else wrapped


def public_page(view):
    return private_page(view, public=True)


# The person ---------------------------------------------------------------------------


def _write_page(request, form, status=200):
    context = {"form": form, "retention_days": settings.SAFE_CONTACT_RETENTION_DAYS}
    return render(request, "safecontact/write.html", context, status=status)


@public_page
def write(request):
    form = WriteForm(request.POST or None)
    if request.method == "POST":
        if form.is_robot:
            # Looks like success to a robot; nothing is stored and nobody is told.
            return render(request, "safecontact/receipt.html", {"code": codes.display(codes.new_code())})
        if form.is_valid():
            if not allowed(request, "safe_contact_write"):
                form.add_error(None, _("Many messages have been sent from your network in a short time. Please try "
                                       "again in an hour, or call one of the help lines."))  # fmt: skip
                return _write_page(request, form, status=429)
            data = form.cleaned_data
            _conversation, code = services.start(
                country=data["country"], language=data["language"], body=data["body"],
                contact_details=form.contact_details(),
            )  # fmt: skip
            return render(request, "safecontact/receipt.html", {"code": codes.display(code)})
    return _write_page(request, form)


def _mailbox(conversation):
    """What a code shows: the helpers' answers and hand-overs. A wrong code shows an empty mailbox."""
    if conversation is None:
        return []
    return list(
        conversation.entries.filter(kind__in=[Entry.Kind.ANSWER, Entry.Kind.HANDOVER]).order_by("created_at", "pk")
    )


@public_page
def check(request):
    """Check for an answer. One page whether the code is right, wrong or belongs to a conversation
    that has been deleted: the mailbox is then simply empty."""
    context = {"code_form": CodeForm(), "opened": False}
    if request.method != "POST":
        return render(request, "safecontact/check.html", context)
    writing = "body" in request.POST
    code_form = CodeForm(request.POST)
    write_form = WriteAgainForm(request.POST) if writing else None
    context.update(code_form=code_form, write_form=write_form)
    if not code_form.is_valid():
        return render(request, "safecontact/check.html", context)
    if not allowed(request, "safe_contact_check"):
        code_form.add_error(None, _("There have been many attempts from your network. Please wait ten minutes and "
                                    "try again."))  # fmt: skip
        return render(request, "safecontact/check.html", context, status=429)
    code = code_form.cleaned_data["code"]
    conversation = services.find(code)
    sent = False
    if writing and write_form.is_valid():
        if conversation is not None:
            services.person_writes(conversation, write_form.cleaned_data["body"])
        sent = True
        write_form = None
    context.update(
        opened=True,
        sent=sent,
        entries=_mailbox(conversation),
        code=codes.display(code),
        write_form=write_form or WriteAgainForm(initial={"code": codes.display(code)}),
    )
    return render(request, "safecontact/check.html", context)


# Helpers and moderators ---------------------------------------------------------------


def inbox_required(view):
    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not access.may_use_inbox(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return private_page(wrapped)


@inbox_required
def inbox(request):
    user = request.user
    conversations = access.visible_conversations(user).select_related("claimed_by").order_by("routed_at", "pk")
    sections = [
        (_("Waiting for a helper"), [c for c in conversations if c.state == Conversation.State.OPEN]),
        (
            _("Taken on by you"),
            [c for c in conversations if c.state == Conversation.State.CLAIMED and c.claimed_by_id == user.pk],
        ),  # fmt: skip
        (
            _("Taken on by other helpers"),
            [c for c in conversations if c.state == Conversation.State.CLAIMED and c.claimed_by_id != user.pk],
        ),  # fmt: skip
        (_("Closed"), [c for c in conversations if c.state == Conversation.State.CLOSED]),
    ]
    return render(request, "safecontact/inbox.html", {
        "sections": sections, "is_moderator": is_moderator(user), "scopes": HelperRole.objects.filter(user=user),
    })  # fmt: skip


def _conversation_for(request, pk):
    conversation = access.visible_conversations(request.user).filter(pk=pk).first()
    if conversation is None:
        raise Http404
    return conversation


def _render_conversation(request, conversation, status=200, **forms):
    user = request.user
    may_answer = access.may_answer(user, conversation)
    context = {
        "conversation": conversation,
        "entries": conversation.entries.select_related("author").order_by("created_at", "pk"),
        "may_answer": may_answer,
        "is_moderator": is_moderator(user),
        "claimed_by_me": conversation.claimed_by_id == user.pk,
        "answer_form": forms.get("answer_form") or HelperTextForm(),
        "note_form": forms.get("note_form") or NoteForm(),
        "hand_over_form": forms.get("hand_over_form") or HandOverForm(conversation=conversation),
        "close_form": forms.get("close_form") or CloseForm(),
        "error": forms.get("error"),
    }
    return render(request, "safecontact/conversation.html", context, status=status)


@inbox_required
def conversation(request, pk):
    conversation = _conversation_for(request, pk)
    services.record_read(conversation, request.user)
    return _render_conversation(request, conversation)


def _act(request, pk, form_name, form, do):
    conversation = _conversation_for(request, pk)
    if not access.may_answer(request.user, conversation) and form_name != "abuse":
        raise PermissionDenied
    if form is not None and not form.is_valid():
        return _render_conversation(request, conversation, **{form_name: form})
    try:
        do(conversation, form.cleaned_data if form is not None else None)
    except services.SafeContactError as error:
        return _render_conversation(request, conversation, status=400, error=" ".join(error.messages),
                                    **({form_name: form} if form is not None else {}))  # fmt: skip
    return redirect("safecontact:conversation", pk=conversation.pk)


@require_POST
@inbox_required
def claim(request, pk):
    return _act(request, pk, "claim", None, lambda c, _data: services.claim(c, request.user))


@require_POST
@inbox_required
def answer(request, pk):
    return _act(request, pk, "answer_form", HelperTextForm(request.POST),
                lambda c, data: services.answer(c, request.user, data["body"]))  # fmt: skip


@require_POST
@inbox_required
def note(request, pk):
    return _act(request, pk, "note_form", NoteForm(request.POST),
                lambda c, data: services.add_note(c, request.user, data["body"]))  # fmt: skip


@require_POST
@inbox_required
def hand_over(request, pk):
    conversation = _conversation_for(request, pk)
    form = HandOverForm(request.POST, conversation=conversation)
    return _act(request, pk, "hand_over_form", form,
                lambda c, data: services.hand_over(c, request.user, data["to_country"], data["note"]))  # fmt: skip


@require_POST
@inbox_required
def close(request, pk):
    return _act(request, pk, "close_form", CloseForm(request.POST),
                lambda c, data: services.close(c, request.user, data["outcome"], data["referred_to"]))  # fmt: skip


@require_POST
@inbox_required
def mark_abuse(request, pk):
    if not is_moderator(request.user):
        raise PermissionDenied
    conversation = _conversation_for(request, pk)
    services.mark_abuse(conversation, request.user)
    return redirect("safecontact:conversation", pk=conversation.pk)


def moderator_required(view):
    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_moderator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return private_page(wrapped)


@moderator_required
def helpers(request):
    form = GrantRoleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        role = HelperRole.objects.create(
            user=form.user, country=form.cleaned_data["country"], language=form.cleaned_data["language"],
            granted_by=request.user,
        )  # fmt: skip
        record(actor=request.user, subject=role.user, action="safe_contact_helper_granted",
               reason=f"{role.country} {role.language}")  # fmt: skip
        return redirect("safecontact:helpers")
    roles = HelperRole.objects.select_related("user", "user__membership_application__organisation")
    return render(request, "safecontact/helpers.html", {"form": form, "roles": roles},
                  status=400 if form.errors else 200)  # fmt: skip


@require_POST
@moderator_required
def revoke_helper(request, pk):
    role = get_object_or_404(HelperRole, pk=pk)
    record(actor=request.user, subject=role.user, action="safe_contact_helper_revoked",
           reason=f"{role.country} {role.language}")  # fmt: skip
    role.delete()
    return redirect("safecontact:helpers")
