"""What the review queue keeps of its own: each moderator's e-mail preference, and a copy of
an application as it was at each submission, so a resubmission shows what changed."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewPreference(models.Model):
    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("At once, one e-mail per new item")
        DAILY = "daily", _("Once a day, in a digest")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="review_preference",
        verbose_name=_("moderator"),
    )
    frequency = models.CharField(
        _("e-mails about the review queue"),
        max_length=16,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATE,
        help_text=_("E-mails name only the kind of item and its number, never what was written."),
    )
    last_digest_at = models.DateTimeField(_("last digest sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("review queue e-mail preference")
        verbose_name_plural = _("review queue e-mail preferences")

    def __str__(self):
        return f"{self.user} ({self.get_frequency_display()})"

    @classmethod
    def for_user(cls, user):
        return cls.objects.get_or_create(user=user)[0]


class ApplicationSnapshot(models.Model):
    """The answers of an application at the moment it was submitted (first time, resubmission,
    reconfirmation). Deleted with the application, so the retention schedule covers it."""

    application = models.ForeignKey(
        "membership.Application", on_delete=models.CASCADE, related_name="review_snapshots"
    )
    submitted_at = models.DateTimeField(db_index=True)
    data = models.JSONField(default=dict)

    class Meta:
        ordering = ["submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["application", "submitted_at"], name="review_one_snapshot_per_submission")
        ]

    def __str__(self):
        return f"{self.application_id} @ {self.submitted_at:%Y-%m-%d %H:%M}"
