"""The e-mail about a new direct message, run by django-tasks after the message commits.

It says only that there is a new message and links to the conversation by its number: no
sender, no subject, no text. One e-mail per conversation until the recipient has read it."""

from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from forum.membership.emails import absolute_url, language_of, send_templated_email


@task()
def notify(message_id):
    from . import access
    from .models import Block, Message, Participant

    message = Message.objects.filter(pk=message_id).select_related("conversation").first()
    if message is None:
        return 0
    conversation = message.conversation
    blocked_sender = Block.objects.filter(blocked_id=message.sender_id).values("blocker_id")
    waiting = (
        Participant.objects.filter(conversation=conversation)
        .exclude(user_id=message.sender_id)
        .exclude(user_id__in=blocked_sender)
        # Not told yet, or told and has read the conversation since.
        .filter(Q(notified_at__isnull=True) | Q(last_read_at__gte=F("notified_at")))
        .select_related("user")
    )
    sent = 0
    for participant in waiting:
        user = participant.user
        if not user.is_active or not access.may_use(user):
            continue
        with translation.override(language_of(user)):
            url = absolute_url(reverse("direct_messages:conversation", args=[conversation.pk]))
        send_templated_email(user, "direct_messages/email/new_message", {"conversation_url": url})
        Participant.objects.filter(pk=participant.pk).update(notified_at=timezone.now())
        sent += 1
    return sent
