"""E-mails to helpers and moderators, run by django-tasks after the change commits.

They say that something is waiting and where to sign in, in the recipient's language, and
nothing else: no text, no contact details, not even the country of the conversation."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from forum.membership.access import is_vetted
from forum.membership.emails import absolute_url, language_of, send_templated_email


def _helpers_for(conversation):
    users = (
        get_user_model()
        .objects.filter(
            is_active=True,
            helper_roles__country=conversation.country,
            helper_roles__language=conversation.language,
        )
        .distinct()
    )
    return [user for user in users if is_vetted(user)]


def _moderators_for(conversation):
    moderators = get_user_model().objects.filter(is_active=True, groups__name=settings.MODERATORS_GROUP).distinct()
    of_country = moderators.filter(membership_application__country=conversation.country)
    return list(of_country) or list(moderators)


RECIPIENTS = {
    "new": _helpers_for,
    "person_wrote": lambda conversation: [conversation.claimed_by] if conversation.claimed_by else [],
    "escalated": _moderators_for,
}


@task()
def notify(kind, conversation_id):
    from .models import Conversation

    conversation = Conversation.objects.filter(pk=conversation_id).first()
    if conversation is None:
        return 0
    recipients = RECIPIENTS[kind](conversation)
    for user in recipients:
        with translation.override(language_of(user)):
            inbox_url = absolute_url(reverse("safecontact:inbox"))
        send_templated_email(user, f"safecontact/email/{kind}", {"inbox_url": inbox_url})
    return len(recipients)
