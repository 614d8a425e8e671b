"""E-mails to moderators about the review queue: one per new item for those who chose it,
or a daily digest (management command send_review_digest). They carry no content of the
expert area and no applicant's details: the kind of item, its number, and a link."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from home.site_address import public_base_url

from . import registry
from .models import ReviewPreference


def base_url():
    return public_base_url()


def _language(user):
    language = getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def queue_url(kind=None, pk=None):
    url = base_url() + reverse("review:queue")
    if kind and pk:
        url += f"?item={kind}-{pk}#{kind}-{pk}"
    return url


def moderators():
    from forum.community.access import moderators as all_moderators

    return all_moderators().select_related("review_preference")


def frequency_of(user):
    preference = getattr(user, "review_preference", None) if hasattr(user, "review_preference") else None
    return preference.frequency if preference else ReviewPreference.Frequency.IMMEDIATE


def wants_each_item(user):
    return frequency_of(user) == ReviewPreference.Frequency.IMMEDIATE


def immediate_recipients(exclude_pk=None):
    """Moderators who want one e-mail per new item (the default)."""
    return [user for user in moderators() if user.email and user.pk != exclude_pk and wants_each_item(user)]


def _send(user, template, context):
    with translation.override(_language(user)):
        context = {"user": user, "site_name": settings.WAGTAIL_SITE_NAME, **context}
        subject = " ".join(render_to_string(f"review/email/{template}_subject.txt", context).split())
        body = render_to_string(f"review/email/{template}.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


def tell_moderators(kind, pk):
    """One e-mail per moderator who asked for it, about one new item of `kind`."""
    source = registry.get(kind)
    if source is None:
        return 0
    recipients = immediate_recipients()
    for user in recipients:
        with translation.override(_language(user)):
            label = str(source.label)
        _send(user, "new_item", {"kind_label": label, "number": pk, "url": queue_url(kind, pk)})
    return len(recipients)


def send_digests(now=None):
    """Each moderator who chose the digest gets, once a day, what arrived since their last one
    and how much is waiting. Nothing waiting, no e-mail."""
    now = now or timezone.now()
    sent = 0
    for user in moderators():
        if wants_each_item(user) or not user.email:
            continue
        preference = ReviewPreference.for_user(user)
        if preference.last_digest_at and preference.last_digest_at > now - timedelta(hours=20):
            continue
        since = preference.last_digest_at or now - timedelta(days=1)
        rows = []
        total = 0
        for source in registry.sources(user):
            waiting = source.count(user)
            new = source.created_since(since)
            total += waiting
            if waiting or new:
                with translation.override(_language(user)):
                    label = str(source.label)
                rows.append({"label": label, "waiting": waiting, "new": len(new), "numbers": sorted(new)})
        if total:
            _send(user, "digest", {"rows": rows, "total": total, "url": queue_url()})
            sent += 1
        preference.last_digest_at = now
        preference.save(update_fields=["last_digest_at"])
    return sent
