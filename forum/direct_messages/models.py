"""Private conversations between vetted members: one-to-one or a small group.

Nothing here is indexed by the site search, listed in a sitemap or shown to anyone but the
conversation's participants; moderators see a message only once a participant reports it.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# The writer included.
MAX_PARTICIPANTS = 8


class Conversation(models.Model):
    subject = models.CharField(_("subject"), max_length=200)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("started by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip
    created_at = models.DateTimeField(_("started at"), auto_now_add=True)
    last_message_at = models.DateTimeField(_("last message at"), db_index=True)

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")

    def __str__(self):
        return str(self.pk)


class Participant(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="participants")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="dm_participations")
    joined_at = models.DateTimeField(auto_now_add=True)
    last_read_at = models.DateTimeField(null=True, blank=True)
    # When this participant was last told by e-mail: one e-mail until they have read the conversation.
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [models.UniqueConstraint(fields=["conversation", "user"], name="dm_one_participation")]

    def __str__(self):
        return f"{self.conversation_id}/{self.user_id}"


class Message(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    # Empty once the writer's account is erased: the message is then by a "former member".
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("message"), max_length=20000)
    rendered = models.TextField(editable=False, blank=True)
    # The language the writer wrote in (forum.community.written_language); empty for messages
    # written before it was asked: they are in the writer's interface language.
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, blank=True)
    # The writer erased their account and chose to take their words with them.
    text_removed = models.BooleanField(default=False)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("direct message")
        verbose_name_plural = _("direct messages")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return str(self.pk)


def _attachment_path(instance, filename):
    # Never served from MEDIA_ROOT directly (home/media.py): only the attachment view, to participants.
    return f"direct_messages/{instance.message.conversation_id}/{filename}"


class MessageAttachment(models.Model):
    """A file sent with a message, under the forum's rules: type by content, size limit,
    metadata stripped, a PDF's text checked for personal data."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), upload_to=_attachment_path, max_length=255)
    filename = models.CharField(_("file name"), max_length=120)
    size = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.filename


class Block(models.Model):
    """`blocker` no longer hears from `blocked`: no new conversation, no message into a shared
    one, and what `blocked` wrote before is hidden from `blocker`."""

    blocker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="dm_blocks")
    blocked = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("blocked member")
        verbose_name_plural = _("blocked members")
        constraints = [models.UniqueConstraint(fields=["blocker", "blocked"], name="dm_one_block")]

    def __str__(self):
        return f"{self.blocker_id} → {self.blocked_id}"


class MessageReport(models.Model):
    """A participant asks the moderators to look at one message; only that message is shown to them."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DISMISSED = "dismissed", _("Dismissed")
        ACTION_TAKEN = "action_taken", _("Action taken")

    message = models.ForeignKey(Message, verbose_name=_("message"), on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reported by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip
    reason = models.TextField(_("reason"), max_length=2000)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.OPEN)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("handled by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    moderator_note = models.TextField(_("moderator's note"), blank=True)

    class Meta:
        verbose_name = _("reported direct message")
        verbose_name_plural = _("reported direct messages")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return str(self.pk)
