"""Who may use direct messages and which conversations and messages each person sees.

Only vetted members (a current, approved, unsuspended membership) and moderators take part.
When a membership ends, the member's conversations close to them at the next request: they
can neither read nor write, though the others keep the conversation. Moderators who are not
participants see nothing but the messages reported to them.
"""

from django.db.models import F, Q

from forum.membership.access import is_moderator, is_vetted

from .models import Block, Conversation, Message, MessageReport, Participant


def may_use(user):
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    cached = getattr(user, "_dm_may_use", None)
    if cached is None:
        cached = is_vetted(user) or is_moderator(user)
        user._dm_may_use = cached
    return cached


def conversations_of(user):
    return Conversation.objects.filter(participants__user=user)


def participation(user, conversation):
    return Participant.objects.filter(user=user, conversation=conversation).first()


def blocked_by(user):
    """The ids of the members `user` has blocked."""
    return set(Block.objects.filter(blocker=user).values_list("blocked_id", flat=True))


def blocking(user):
    """The ids of the members who have blocked `user`."""
    return set(Block.objects.filter(blocked=user).values_list("blocker_id", flat=True))


def visible_messages(user, conversation):
    """The messages of `conversation` that `user`, a participant, sees: not those of members they blocked."""
    return conversation.messages.exclude(sender_id__in=Block.objects.filter(blocker=user).values("blocked_id"))


def reported_messages(conversation):
    return Message.objects.filter(conversation=conversation, reports__isnull=False).distinct()


def moderator_may_see(user, conversation):
    """A moderator who is not a participant sees a conversation only if one of its messages was reported."""
    return is_moderator(user) and MessageReport.objects.filter(message__conversation=conversation).exists()


def may_post(user, conversation):
    """A participant with access, whom no other participant has blocked."""
    if not may_use(user):
        return False
    others = conversation.participants.exclude(user=user).values("user_id")
    if not conversation.participants.filter(user=user).exists():
        return False
    return not Block.objects.filter(blocked=user, blocker_id__in=others).exists()


def unread_count(user):
    """Conversations with a message from someone else since the member last read them."""
    return (
        Participant.objects.filter(user=user, conversation__last_message_at__isnull=False)
        .filter(Q(last_read_at__isnull=True) | Q(conversation__last_message_at__gt=F("last_read_at")))
        .count()
    )


def header_state(user):
    """(may use direct messages, unread conversations) for the site header, in one query: the
    vetted test is forum.membership.access.is_vetted's, asked as a subquery next to the count."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery, Value
    from django.db.models.functions import Coalesce
    from django.utils import timezone

    from forum.membership.models import Application

    if user is None or not user.is_authenticated or not user.is_active:
        return False, 0
    current = Application.objects.filter(
        user=OuterRef("pk"),
        state=Application.State.APPROVED,
        valid_until__gt=timezone.now(),
        user__groups__name=settings.VETTED_GROUP,
    )
    unread = (
        Participant.objects.filter(user=OuterRef("pk"), conversation__last_message_at__isnull=False)
        .filter(Q(last_read_at__isnull=True) | Q(conversation__last_message_at__gt=F("last_read_at")))
        .values("user")
        .annotate(count=Count("pk"))
        .values("count")
    )
    row = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(vetted=Exists(current), unread=Coalesce(Subquery(unread, output_field=IntegerField()), Value(0)))
        .values_list("vetted", "unread")
        .first()
    )
    if row is None:
        return False, 0
    vetted, count = row
    allowed = bool(vetted) or is_moderator(user)
    user._dm_may_use = allowed
    return allowed, count if allowed else 0
