"""Safe contact: conversations between a person at risk (no account, a receipt code) and
the vetted helpers of one country and language.

Everything the person or a helper writes (messages, contact details, internal notes) is in
`EncryptedTextField`s: the database and its backups hold only Fernet tokens. The receipt
code itself is never stored (see codes.py). What changes a conversation is in services.py,
which also writes the audit log.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .crypto import EncryptedTextField

# Where the person is now. "Elsewhere" is answered by helpers who take on any other country.
COUNTRIES = [
    ("HU", _("Hungary")),
    ("BE", _("Belgium")),
    ("NL", _("Netherlands")),
    ("XX", _("Another country")),
]


class HelperRole(models.Model):
    """A vetted member answers conversations from one country in one language. Moderators
    give and take away roles; a member holds one role per country and language they cover."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="helper_roles", verbose_name=_("helper")
    )
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("granted by"),
    )  # fmt: skip
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)

    class Meta:
        verbose_name = _("helper role")
        verbose_name_plural = _("helper roles")
        ordering = ["country", "language", "user__email"]
        constraints = [
            models.UniqueConstraint(fields=["user", "country", "language"], name="safecontact_one_role_per_scope")
        ]

    def __str__(self):
        return f"{self.user} · {self.get_country_display()} · {self.get_language_display()}"


class ConversationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(state=Conversation.State.CLOSED)


class Conversation(models.Model):
    class State(models.TextChoices):
        OPEN = "open", _("Waiting for a helper")
        CLAIMED = "claimed", _("Taken on by a helper")
        CLOSED = "closed", _("Closed")

    class Outcome(models.TextChoices):
        ADVICE = "advice", _("Advice given")
        REFERRED = "referred", _("Referred to an organisation in the directory")
        NO_REPLY = "no_reply", _("No reply from the person")
        NOT_TRAFFICKING = "not_trafficking", _("Not a trafficking case")
        ABUSE = "abuse", _("Marked as abuse by a moderator")

    selector = models.CharField(max_length=64, db_index=True, editable=False)
    code_hash = models.CharField(max_length=255, editable=False)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES, db_index=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, db_index=True)
    contact_details = EncryptedTextField(_("how and when to contact the person"), blank=True)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.OPEN, db_index=True)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("helper"),
    )  # fmt: skip
    claimed_at = models.DateTimeField(_("taken on at"), null=True, blank=True)
    # The person wrote last: a helper owes an answer (the header counter counts these).
    awaiting_helper = models.BooleanField(_("waiting for an answer"), default=True)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    referred_to = models.ForeignKey(
        "directory.Organisation", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("referred to"),
    )  # fmt: skip
    created_at = models.DateTimeField(_("started at"), default=timezone.now, editable=False)
    # When it last arrived in a country's queue (written, handed over, reopened): escalation counts from here.
    routed_at = models.DateTimeField(_("waiting since"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now, db_index=True)
    escalated_at = models.DateTimeField(_("escalated to moderators at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, db_index=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("closed by"),
    )  # fmt: skip

    objects = ConversationQuerySet.as_manager()

    class Meta:
        verbose_name = _("safe-contact conversation")
        verbose_name_plural = _("safe-contact conversations")
        ordering = ["-last_activity_at", "-pk"]

    def __str__(self):
        # What the audit log keeps as the object's name: never anything the person wrote.
        return f"#{self.pk} ({self.country}, {self.language})"

    @property
    def is_closed(self):
        return self.state == self.State.CLOSED

    def answers(self):
        """What the person reads with their code: the helpers' answers, oldest first."""
        return self.entries.filter(kind=Entry.Kind.ANSWER).order_by("created_at", "pk")


class Entry(models.Model):
    """One step of a conversation: what the person wrote, a helper's answer, an internal note
    (helpers only) or a hand-over to another country."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Message from the person")
        ANSWER = "answer", _("Answer from a helper")
        NOTE = "note", _("Internal note")
        HANDOVER = "handover", _("Handed over")

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="entries")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("written by"),
    )  # fmt: skip
    body = EncryptedTextField(_("text"), blank=True)
    from_country = models.CharField(max_length=2, choices=COUNTRIES, blank=True)
    to_country = models.CharField(max_length=2, choices=COUNTRIES, blank=True)
    created_at = models.DateTimeField(_("written at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("conversation entry")
        verbose_name_plural = _("conversation entries")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"
