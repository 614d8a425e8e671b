"""The applicant's side of vetting: apply, follow the state, reconfirm, and
manage one's own data. Moderators work in the Wagtail admin (admin_views.py)."""

import tempfile

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.ratelimit import may_send_email

from . import retention
from .audit import record
from .data_export import write_export_archive
from .emails import read_professional_email_token, send_professional_email_verification
from .forms import AnswerForm, ApplicationForm, DeleteAccountForm
from .models import Application, AuditEntry, TransitionError
from .privacy import delete_account


def _application_of(user):
    return Application.objects.filter(user=user).first()


@login_required
def status(request, answer_form=None):
    application = _application_of(request.user)
    history = []
    conversation = []
    if application is not None:
        history = AuditEntry.objects.filter(subject=request.user).exclude(action="data_exported")[:20]
        conversation = list(application.messages.all())
    if answer_form is None and application is not None and application.state == Application.State.INFO_REQUESTED:
        answer_form = AnswerForm()
    response = render(
        request,
        "membership/status.html",
        {
            "application": application,
            "history": history,
            "conversation": conversation,
            "answer_form": answer_form,
            "State": Application.State,
        },
    )
    if answer_form is not None and answer_form.errors:
        response.status_code = 400
    return response


@login_required
@require_POST
def answer(request):
    """The applicant answers a moderator's question; the application goes back to the queue."""
    application = _application_of(request.user)
    if application is None or application.state != Application.State.INFO_REQUESTED:
        messages.info(request, _("There is no question to answer at the moment."))
        return redirect("membership:status")
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            application.answer(by=request.user, body=form.cleaned_data["body"])
        except TransitionError as error:
            form.add_error(None, error.messages[0])
        else:
            messages.success(request, _("Your answer has been sent to the moderators."))
            return redirect("membership:status")
    return status(request, answer_form=form)


def _save_and_send(request, form, transition):
    """Save the form, then make the transition; on a refused transition show
    the reason on the form without losing what was typed."""
    application = form.save()
    try:
        transition(application)
    except TransitionError as error:
        form.add_error(None, error)
        return None
    if application.needs_professional_email_verification and _may_send_verification(request, application):
        send_professional_email_verification(application)
        messages.info(
            request,
            _("We sent a link to %(email)s. Open it to confirm your professional e-mail address.")
            % {"email": application.professional_email},
        )
    return application


def _may_send_verification(request, application):
    if may_send_email(request, "membership_email", key=application.professional_email):
        return True
    messages.error(
        request,
        _(
            "We have sent several confirmation e-mails to %(email)s already, so we sent none now. "
            "Look for the last one (also in the spam folder), or try again later."
        )
        % {"email": application.professional_email},
    )
    return False


@login_required
def apply(request):
    application = _application_of(request.user)
    if application is not None and not application.can_be_edited_by_applicant:
        messages.info(request, _("Your application cannot be changed in its current state."))
        return redirect("membership:status")
    if application is None:
        application = Application(
            user=request.user,
            full_name=request.user.get_full_name(),
            professional_email=request.user.email,
        )
    form = ApplicationForm(request.POST or None, instance=application, user=request.user)
    if request.method == "POST" and form.is_valid():
        if _save_and_send(request, form, lambda app: app.submit(by=request.user)):
            messages.success(request, _("Your application has been sent to the moderators."))
            return redirect("membership:status")
    return render(request, "membership/apply.html", {"form": form, "application": application})


@login_required
def reconfirm(request):
    application = _application_of(request.user)
    if application is None or not application.can_reconfirm:
        messages.info(request, _("There is no membership to reconfirm at the moment."))
        return redirect("membership:status")
    form = ApplicationForm(request.POST or None, instance=application, user=request.user)
    if request.method == "POST" and form.is_valid():
        if _save_and_send(request, form, lambda app: app.request_reconfirmation(by=request.user)):
            messages.success(request, _("Thank you. A moderator will review your details again."))
            return redirect("membership:status")
    return render(request, "membership/apply.html", {"form": form, "application": application, "reconfirm": True})


@login_required
@require_POST
def resend_verification(request):
    application = _application_of(request.user)
    if (
        application is not None
        and application.needs_professional_email_verification
        and _may_send_verification(request, application)
    ):
        send_professional_email_verification(application)
        messages.info(request, _("We sent the link again to %(email)s.") % {"email": application.professional_email})
    return redirect("membership:status")


@login_required
def verify_professional_email(request, token):
    try:
        application_id, email = read_professional_email_token(token)
    except signing.SignatureExpired:
        messages.error(request, _("This link has expired. Ask for a new one below."))
        return redirect("membership:status")
    except signing.BadSignature:
        messages.error(request, _("This link is not valid. Ask for a new one below."))
        return redirect("membership:status")
    application = _application_of(request.user)
    if application is None or application.pk != application_id:
        raise PermissionDenied
    try:
        application.mark_professional_email_verified(email)
    except TransitionError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Your professional e-mail address is confirmed."))
    return redirect("membership:status")


def code_of_conduct(request):
    return render(
        request, "membership/code_of_conduct.html", {"settings_version": settings.MEMBERSHIP_CODE_OF_CONDUCT_VERSION}
    )


def privacy_notice(request):
    return render(
        request,
        "membership/privacy_notice.html",
        {"settings_version": settings.MEMBERSHIP_PRIVACY_NOTICE_VERSION, "retention": retention.notice_periods()},
    )


# Attachments can be large: the archive moves from memory to a temporary file beyond this.
EXPORT_IN_MEMORY_BYTES = 10 * 1024 * 1024


@login_required
def my_data(request):
    if request.method == "POST":
        record(actor=request.user, subject=request.user, action="data_exported")
        archive = tempfile.SpooledTemporaryFile(max_size=EXPORT_IN_MEMORY_BYTES)
        write_export_archive(request.user, archive)
        archive.seek(0)
        return FileResponse(
            archive,
            as_attachment=True,
            filename=f"ravot-eur-my-data-{timezone.now():%Y-%m-%d}.zip",
            content_type="application/zip",
        )
    return render(request, "membership/my_data.html")


@login_required
def delete_my_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        session_key = request.session.session_key
        logout(request)
        delete_account(
            user,
            keep_text=form.cleaned_data["posts"] == DeleteAccountForm.KEEP_TEXT,
            session_keys=[session_key],
        )
        messages.success(request, _("Your account has been deleted."))
        return redirect("/")
    return render(request, "membership/delete_account.html", {"form": form})
