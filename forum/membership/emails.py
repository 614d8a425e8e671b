"""E-mails to applicants and members, always in the recipient's language."""

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.site_address import public_url

PROFESSIONAL_EMAIL_SALT = "membership.professional-email"
PROFESSIONAL_EMAIL_MAX_AGE = 7 * 24 * 60 * 60


def absolute_url(path):
    return public_url(path)


def language_of(user):
    language = getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def send_templated_email(user, template_prefix, context, *, to=None):
    """Render `<prefix>_subject.txt` and `<prefix>_body.txt` in the user's language and send them."""
    with translation.override(language_of(user)):
        context = {"user": user, "site_name": settings.WAGTAIL_SITE_NAME, **context}
        subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
        body = render_to_string(f"{template_prefix}_body.txt", context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to or user.email])


def send_application_email(application, kind, **extra):
    user = application.user
    with translation.override(language_of(user)):
        status_url = absolute_url(reverse("membership:status"))
    send_templated_email(
        user,
        f"membership/email/{kind}",
        {"application": application, "status_url": status_url, **extra},
    )


def professional_email_token(application):
    return signing.dumps(
        {"a": application.pk, "e": application.professional_email.lower()}, salt=PROFESSIONAL_EMAIL_SALT
    )


def read_professional_email_token(token):
    """Return (application id, e-mail) or raise signing.BadSignature / SignatureExpired."""
    data = signing.loads(token, salt=PROFESSIONAL_EMAIL_SALT, max_age=PROFESSIONAL_EMAIL_MAX_AGE)
    return data["a"], data["e"]


def send_professional_email_verification(application):
    user = application.user
    with translation.override(language_of(user)):
        url = absolute_url(
            reverse("membership:verify_professional_email", args=[professional_email_token(application)])
        )
    send_templated_email(
        user,
        "membership/email/verify_professional_email",
        {"application": application, "verify_url": url},
        to=application.professional_email,
    )


def send_answer_to_moderators(application_pk):
    """One e-mail to each moderator who wants every new item (forum/review/notifications.py):
    the applicant answered. Like the other moderator notices, it carries no applicant's
    details, only the application's number and a link."""
    from forum.review.notifications import immediate_recipients, queue_url

    from .models import Application

    application = Application.objects.filter(pk=application_pk).first()
    if application is None:
        return 0
    recipients = immediate_recipients(exclude_pk=application.user_id)
    for user in recipients:
        with translation.override(language_of(user)):
            url = absolute_url(reverse("membership_admin:detail", args=[application.pk]))
        send_templated_email(
            user,
            "membership/email/answered",
            {"number": application.pk, "url": url, "queue_url": queue_url("application", application.pk)},
        )
    return len(recipients)
