"""Starting conversations, writing, reading, reporting, blocking, and what an account's export
and erasure do with direct messages."""

from django.db import transaction
from django.utils import timezone

from forum.community.written_language import writer_language
from forum.markup import render_user_text
from forum.membership.audit import record

from .models import Block, Conversation, Message, MessageAttachment, MessageReport, Participant


def _notify_later(message):
    from .tasks import notify

    message_id = message.pk
    transaction.on_commit(lambda: notify.enqueue(message_id))


@transaction.atomic
def start(sender, recipients, subject, body, attachment=None, language=""):
    now = timezone.now()
    conversation = Conversation.objects.create(subject=subject, created_by=sender, last_message_at=now)
    Participant.objects.bulk_create(
        [Participant(conversation=conversation, user=sender, last_read_at=now)]
        + [Participant(conversation=conversation, user=user) for user in recipients if user.pk != sender.pk]
    )
    _write(conversation, sender, body, now, attachment, language)
    return conversation


@transaction.atomic
def reply(conversation, sender, body, attachment=None, language=""):
    now = timezone.now()
    message = _write(conversation, sender, body, now, attachment, language)
    Conversation.objects.filter(pk=conversation.pk).update(last_message_at=now)
    Participant.objects.filter(conversation=conversation, user=sender).update(last_read_at=now)
    return message


def _write(conversation, sender, body, now, attachment=None, language=""):
    message = Message.objects.create(
        conversation=conversation,
        sender=sender,
        body=body,
        rendered=str(render_user_text(body)),
        language=language,
    )
    if attachment is not None:
        # `attachment` has been through the forum's checks (forms.MessageFormMixin.clean_attachment).
        MessageAttachment.objects.create(
            message=message, file=attachment, filename=attachment.name[:120], size=attachment.size or 0
        )
    # Saved after auto_now_add so that the conversation's time and the message's agree.
    Message.objects.filter(pk=message.pk).update(created_at=now)
    message.created_at = now
    _notify_later(message)
    return message


def mark_read(participant):
    now = timezone.now()
    Participant.objects.filter(pk=participant.pk).update(last_read_at=now)
    participant.last_read_at = now


def report(message, reporter, reason):
    with transaction.atomic():
        report = MessageReport.objects.create(message=message, reporter=reporter, reason=reason)
        record(actor=reporter, subject=message.sender, action="direct_message_reported", to_state=report.status,
               target=report)  # fmt: skip
    return report


def decide_report(report, moderator, status, note=""):
    """Close a report as dismissed or acted upon. The audit log keeps who decided what about
    whose message, never the note: it may repeat the private conversation."""
    from_state = report.status
    with transaction.atomic():
        report.status = status
        report.moderator_note = note[:2000]
        report.handled_by = moderator
        report.handled_at = timezone.now()
        report.save()
        record(actor=moderator, subject=report.message.sender, action="direct_message_report_decided",
               from_state=from_state, to_state=status, target=report)  # fmt: skip
    return report


def block(blocker, blocked):
    if blocker.pk != blocked.pk:
        Block.objects.get_or_create(blocker=blocker, blocked=blocked)


def unblock(blocker, blocked_id):
    Block.objects.filter(blocker=blocker, blocked_id=blocked_id).delete()


# The member's data ----------------------------------------------------------------------


def export_for(user):
    """For the member's data export: their conversations (subject, when, how many took part) and
    their own messages with their attached files, as (data, [(name in the archive, file, record)]).
    Other participants' names and words are theirs, not the member's."""
    from django.db.models import Count

    conversations = (
        Conversation.objects.filter(pk__in=Participant.objects.filter(user=user).values("conversation_id"))
        .annotate(participant_count=Count("participants", distinct=True))
        .order_by("created_at", "pk")
    )
    own, files = {}, []
    for message in Message.objects.filter(sender=user).prefetch_related("attachments").order_by("created_at", "pk"):
        record = {
            "message_id": message.pk,
            "sent_at": message.created_at.isoformat(),
            "text": message.body,
            "language": message.language or writer_language(user),
        }
        attachments = []
        for attachment in message.attachments.all():
            entry = {
                "file_name": attachment.filename,
                "in_archive": f"direct_messages/{attachment.pk}-{attachment.filename}",
            }
            files.append((entry["in_archive"], attachment.file, entry))
            attachments.append(entry)
        if attachments:
            record["attachments"] = attachments
        own.setdefault(message.conversation_id, []).append(record)
    participations = {
        participant.conversation_id: participant for participant in Participant.objects.filter(user=user)
    }
    data = {
        "conversations": [
            {
                "conversation_id": conversation.pk,
                "subject": conversation.subject,
                "started_at": conversation.created_at.isoformat(),
                "started_by_you": conversation.created_by_id == user.pk,
                "participants": conversation.participant_count,
                "last_read_at": participations[conversation.pk].last_read_at.isoformat()
                if participations[conversation.pk].last_read_at
                else None,
                "your_messages": own.pop(conversation.pk, []),
            }
            for conversation in conversations
        ],
        "blocked_members": Block.objects.filter(blocker=user).count(),
        "reports_made": [
            {
                "message_id": report.message_id,
                "reason": report.reason,
                "reported_at": report.created_at.isoformat(),
                "status": report.status,
            }
            for report in MessageReport.objects.filter(reporter=user).order_by("created_at", "pk")
        ],
    }
    return data, files


def erase_for(user, *, keep_text):
    """Before the account goes: the member's messages stay for the other participants, by a
    "former member", with the text kept or removed as the member chose (as their forum posts).
    A conversation nobody else is left in goes entirely; the member's files go in any case,
    as their forum attachments do."""
    for attachment in MessageAttachment.objects.filter(message__sender=user):
        attachment.file.delete(save=False)
        attachment.delete()
    for conversation in Conversation.objects.filter(participants__user=user):
        if not conversation.participants.exclude(user=user).exists():
            for attachment in MessageAttachment.objects.filter(message__conversation=conversation):
                attachment.file.delete(save=False)
            conversation.delete()
    messages = Message.objects.filter(sender=user)
    if keep_text:
        messages.update(sender=None)
    else:
        messages.update(sender=None, body="", rendered="", text_removed=True)
    Participant.objects.filter(user=user).delete()
    Block.objects.filter(blocker=user).delete()
    Block.objects.filter(blocked=user).delete()
    Conversation.objects.filter(created_by=user).update(created_by=None)
    MessageReport.objects.filter(reporter=user).update(reporter=None)
