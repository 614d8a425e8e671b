"""Membership vetting: applications, their states, and the audit trail.

An `Application` is one person's request to be a vetted professional, and,
once approved, their membership: the state machine below is the single place
where states change. Each transition checks who may make it, records an audit
entry, brings the person's group membership in line (the "Vetted
professionals" group is what the forum's permissions are granted to) and
e-mails the applicant in their own language.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .choices import COUNTRIES, SECTORS


class TransitionError(ValidationError):
    """A state change that the application's current state does not allow."""


class ApplicationQuerySet(models.QuerySet):
    def awaiting_decision(self):
        """The moderators' queue: new and resubmitted applications, and
        reconfirmations of members whose membership is still running."""
        return self.filter(
            models.Q(state=Application.State.SUBMITTED)
            | models.Q(state=Application.State.APPROVED, reconfirmation_requested_at__isnull=False)
        )

    def current_members(self):
        return self.filter(state=Application.State.APPROVED, valid_until__gt=timezone.now())


class Application(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("Not yet submitted")
        SUBMITTED = "submitted", _("Submitted")
        INFO_REQUESTED = "info_requested", _("More information requested")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        EXPIRED = "expired", _("Expired")
        SUSPENDED = "suspended", _("Suspended")
        REVOKED = "revoked", _("Revoked")

    class RefereeKind(models.TextChoices):
        MEMBER = "member", _("A vetted member of this platform")
        SUPERVISOR = "supervisor", _("My supervisor")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="membership_application",
        verbose_name=_("applicant"),
    )
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.DRAFT, db_index=True)

    full_name = models.CharField(_("full name"), max_length=200)
    organisation = models.ForeignKey(
        "directory.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation in the directory"),
    )
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=255,
        blank=True,
        help_text=_("If your organisation is not in the list, type its name here."),
    )
    organisation_website = models.URLField(
        _("organisation website"),
        blank=True,
        help_text=_("Helps moderators check your organisation when it is not in the directory."),
    )
    role = models.CharField(_("role or job title"), max_length=200)
    sector = models.CharField(_("sector"), max_length=20, choices=SECTORS)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES)
    professional_email = models.EmailField(
        _("professional e-mail address"),
        help_text=_("The address your employer gave you. If it differs from your login address we will verify it."),
    )
    professional_email_verified_at = models.DateTimeField(_("professional e-mail verified at"), null=True, blank=True)

    referee_kind = models.CharField(
        _("referee"), max_length=20, choices=RefereeKind.choices, default=RefereeKind.SUPERVISOR
    )
    referee_member_email = models.EmailField(
        _("referee's login e-mail address"),
        blank=True,
        help_text=_("The address the vetted member signs in with."),
    )
    referee_member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("referee (member)"),
    )
    referee_name = models.CharField(_("supervisor's name"), max_length=200, blank=True)
    referee_email = models.EmailField(_("supervisor's e-mail address"), blank=True)

    motivation = models.TextField(
        _("motivation"), help_text=_("Why do you want to join, and how does your work relate to human trafficking?")
    )
    create_directory_entry = models.BooleanField(
        _("list me in the expert directory"),
        default=False,
        help_text=_("When your membership is approved, other members can find you in the directory."),
    )
    code_of_conduct_version = models.CharField(_("code of conduct version accepted"), max_length=50, blank=True)
    privacy_notice_version = models.CharField(_("privacy notice version accepted"), max_length=50, blank=True)
    terms_accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)

    moderator_message = models.TextField(
        _("message to the applicant"),
        blank=True,
        help_text=_("The reason for a rejection, suspension or revocation, or the information requested."),
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True, db_index=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    valid_from = models.DateTimeField(_("member since"), null=True, blank=True)
    valid_until = models.DateTimeField(_("membership valid until"), null=True, blank=True, db_index=True)
    reconfirmation_requested_at = models.DateTimeField(_("reconfirmation requested at"), null=True, blank=True)
    reminders_sent = models.JSONField(
        _("reminders sent"),
        default=list,
        blank=True,
        help_text=_("Days-before-expiry reminders already sent for the current period."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        ordering = ["submitted_at", "pk"]

    def __str__(self):
        return f"{self.full_name or self.user} ({self.get_state_display()})"

    # Facts --------------------------------------------------------------------

    @property
    def organisation_display(self):
        organisation = getattr(self, "organisation", None)
        return str(organisation) if organisation else self.organisation_name

    @property
    def grants_access(self):
        return self.state == self.State.APPROVED and self.valid_until is not None and self.valid_until > timezone.now()

    @property
    def details_deleted(self):
        """The retention schedule has reduced this ended membership to what the audit needs."""
        return self.state in {self.State.EXPIRED, self.State.REVOKED} and not self.professional_email

    @property
    def needs_professional_email_verification(self):
        return not self.details_deleted and not self.professional_email_is_verified

    @property
    def professional_email_is_verified(self):
        if self.professional_email_verified_at:
            return True
        return self.login_email_matches_professional_email()

    def login_email_matches_professional_email(self):
        from allauth.account.models import EmailAddress

        return EmailAddress.objects.filter(
            user_id=self.user_id, email__iexact=self.professional_email, verified=True
        ).exists()

    @property
    def is_in_queue(self):
        return self.state == self.State.SUBMITTED or (
            self.state == self.State.APPROVED and self.reconfirmation_requested_at is not None
        )

    @property
    def can_be_edited_by_applicant(self):
        return self.state in {self.State.DRAFT, self.State.INFO_REQUESTED, self.State.REJECTED, self.State.EXPIRED}

    @property
    def can_reconfirm(self):
        return (self.state == self.State.APPROVED and self.reconfirmation_requested_at is None) or (
            self.state == self.State.EXPIRED
        )

    def days_left(self, now=None):
        if not self.valid_until:
            return None
        return max(0, (self.valid_until - (now or timezone.now())).days)

    # Transitions ----------------------------------------------------------------

    def submit(self, *, by=None):
        """The applicant sends the application (first time, after a request for
        information, after a rejection, or after expiry)."""
        by = by or self.user
        self._require_applicant(by)
        allowed = {self.State.DRAFT, self.State.INFO_REQUESTED, self.State.REJECTED, self.State.EXPIRED}
        self._require_state(allowed)
        self._accept_current_terms()
        from_state = self.state
        self.submitted_at = timezone.now()
        action = "resubmitted" if from_state == self.State.INFO_REQUESTED else "submitted"
        if from_state == self.State.EXPIRED:
            action = "reconfirmation_requested"
        self.state = self.State.SUBMITTED
        self._finish(by, action, from_state, notify="submitted")

    def request_reconfirmation(self, *, by=None):
        """A member confirms their details before the period ends. The membership
        keeps running while moderators look at it again."""
        by = by or self.user
        self._require_applicant(by)
        if self.state == self.State.EXPIRED:
            return self.submit(by=by)
        self._require_state({self.State.APPROVED})
        if self.reconfirmation_requested_at is not None:
            raise TransitionError(_("A reconfirmation is already waiting for a moderator."))
        self._accept_current_terms()
        self.reconfirmation_requested_at = timezone.now()
        self.submitted_at = self.reconfirmation_requested_at
        self._finish(by, "reconfirmation_requested", self.state, notify="submitted")

    def request_information(self, *, by, message):
        self._require_moderator(by)
        self._require_state({self.State.SUBMITTED})
        message = self._require_text(message, _("Write what information you need."))
        from_state = self.state
        self.state = self.State.INFO_REQUESTED
        self.moderator_message = message
        self._decided(by)
        with transaction.atomic():
            ApplicationMessage.objects.create(
                application=self, author=by, role=ApplicationMessage.Role.MODERATOR, body=message
            )
            self._finish(by, "information_requested", from_state, reason=message)
        from .emails import send_application_email

        send_application_email(self, "info_requested")

    def answer(self, *, by, body):
        """The applicant answers the moderator's question in the conversation. The
        application goes back to the queue as it is: no re-editing, no new consent."""
        self._require_applicant(by)
        self._require_state({self.State.INFO_REQUESTED})
        body = self._require_text(body, _("Write your answer."))
        from_state = self.state
        self.state = self.State.SUBMITTED
        with transaction.atomic():
            ApplicationMessage.objects.create(
                application=self, author=by, role=ApplicationMessage.Role.APPLICANT, body=body
            )
            self._finish(by, "resubmitted", from_state)
        from .emails import send_answer_to_moderators

        pk = self.pk
        transaction.on_commit(lambda: send_answer_to_moderators(pk))

    def approve(self, *, by, days=None):
        self._require_moderator(by)
        if not self.is_in_queue:
            raise TransitionError(_("Only an application waiting in the queue can be approved."))
        if not self.professional_email_is_verified:
            raise TransitionError(_("The applicant has not yet verified their professional e-mail address."))
        days = int(days or settings.MEMBERSHIP_DEFAULT_PERIOD_DAYS)
        if days < 1 or days > 3 * 365:
            raise TransitionError(_("The vetting period must be between 1 and 1095 days."))
        from_state = self.state
        now = timezone.now()
        action = "reconfirmed" if self.reconfirmation_requested_at else "approved"
        self.state = self.State.APPROVED
        self.valid_from = self.valid_from if action == "reconfirmed" and self.valid_from else now
        self.valid_until = now + timedelta(days=days)
        self.reconfirmation_requested_at = None
        self.reminders_sent = []
        self.moderator_message = ""
        self._decided(by)
        self._finish(
            by,
            action,
            from_state,
            reason=_("Vetting period: %(days)s days") % {"days": days},
            notify="approved",
        )
        from .directory_link import link_expert

        link_expert(self)

    def reject(self, *, by, reason):
        self._require_moderator(by)
        if not self.is_in_queue:
            raise TransitionError(_("Only an application waiting in the queue can be rejected."))
        reason = self._require_text(reason, _("Give the reason for the rejection: the applicant will read it."))
        from_state = self.state
        self.state = self.State.REJECTED
        self.moderator_message = reason
        self.reconfirmation_requested_at = None
        self._decided(by)
        self._finish(by, "rejected", from_state, reason=reason, notify="rejected")

    def expire(self, *, by=None):
        """The period has ended. A reconfirmation that was still waiting goes
        on waiting, as an ordinary application in the queue."""
        self._require_state({self.State.APPROVED})
        from_state = self.state
        pending_reconfirmation = self.reconfirmation_requested_at is not None
        self.state = self.State.EXPIRED
        self.reconfirmation_requested_at = None
        self._finish(by, "expired", from_state, notify=None if pending_reconfirmation else "expired")
        if pending_reconfirmation:
            self.state = self.State.SUBMITTED
            self._finish(by, "returned_to_queue", self.State.EXPIRED, notify=None)

    def suspend(self, *, by, reason):
        self._require_moderator(by)
        self._require_state({self.State.APPROVED})
        reason = self._require_text(reason, _("Give the reason for the suspension: the member will read it."))
        from_state = self.state
        self.state = self.State.SUSPENDED
        self.moderator_message = reason
        self.reconfirmation_requested_at = None
        self._decided(by)
        self._finish(by, "suspended", from_state, reason=reason, notify="suspended")

    def reinstate(self, *, by, reason=""):
        self._require_moderator(by)
        self._require_state({self.State.SUSPENDED})
        from_state = self.state
        self.state = self.State.APPROVED
        self.moderator_message = ""
        self._decided(by)
        self._finish(by, "reinstated", from_state, reason=reason, notify="reinstated")
        if self.valid_until and self.valid_until <= timezone.now():
            self.expire(by=by)

    def revoke(self, *, by, reason):
        self._require_moderator(by)
        self._require_state({self.State.APPROVED, self.State.SUSPENDED})
        reason = self._require_text(reason, _("Give the reason for the revocation: the member will read it."))
        from_state = self.state
        self.state = self.State.REVOKED
        self.moderator_message = reason
        self.reconfirmation_requested_at = None
        self._decided(by)
        self._finish(by, "revoked", from_state, reason=reason, notify="revoked")

    def mark_professional_email_verified(self, email):
        if email.lower() != self.professional_email.lower():
            raise TransitionError(_("This link is for an address that is no longer on your application."))
        if not self.professional_email_verified_at:
            self.professional_email_verified_at = timezone.now()
            self.save(update_fields=["professional_email_verified_at", "updated_at"])
            from .audit import record

            record(actor=self.user, subject=self.user, action="professional_email_verified", target=self)

    # Internals ------------------------------------------------------------------

    def _require_state(self, allowed):
        if self.state not in allowed:
            raise TransitionError(
                _("This is not possible while the application is “%(state)s”.") % {"state": self.get_state_display()}
            )

    def _require_applicant(self, by):
        if by.pk != self.user_id:
            raise PermissionDenied(_("Only the applicant can do this."))

    def _require_moderator(self, by):
        from .access import is_moderator

        if by is None or not is_moderator(by):
            raise PermissionDenied(_("Only moderators can decide on applications."))
        if by.pk == self.user_id:
            raise PermissionDenied(_("You cannot decide on your own application or membership."))

    @staticmethod
    def _require_text(text, message):
        text = (text or "").strip()
        if not text:
            raise TransitionError(message)
        return text

    def _accept_current_terms(self):
        self.code_of_conduct_version = settings.MEMBERSHIP_CODE_OF_CONDUCT_VERSION
        self.privacy_notice_version = settings.MEMBERSHIP_PRIVACY_NOTICE_VERSION
        self.terms_accepted_at = timezone.now()

    def _decided(self, by):
        self.decided_by = by
        self.decided_at = timezone.now()

    def _finish(self, by, action, from_state, *, reason="", notify=None):
        from .access import sync_vetted_group
        from .audit import record
        from .emails import send_application_email

        with transaction.atomic():
            self.save()
            record(
                actor=by,
                subject=self.user,
                action=action,
                from_state=from_state,
                to_state=self.state,
                reason=reason,
                target=self,
            )
            sync_vetted_group(self.user, self)
        if notify:
            send_application_email(self, notify)


class ApplicationMessage(models.Model):
    """One question of a moderator or one answer of the applicant, in the
    conversation on an application. Deleted with the application."""

    class Role(models.TextChoices):
        MODERATOR = "moderator", _("Moderator")
        APPLICANT = "applicant", _("Applicant")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    role = models.CharField(max_length=20, choices=Role.choices)
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_role_display()} {self.created_at:%Y-%m-%d %H:%M}"


class AuditEntryQuerySet(models.QuerySet):
    def about(self, user):
        return self.filter(subject=user)


class AuditEntry(models.Model):
    """One thing that happened to a membership or in moderation. Entries are
    only ever added: `save()` refuses to change a stored entry and the admin
    offers no way to edit or delete one. The one exception is `pseudonymise()`,
    which replaces a deleted person's identity and keeps the event."""

    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True, editable=False)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    actor_label = models.CharField(_("who"), max_length=255, blank=True)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="audit_entries",
        verbose_name=_("about"),
    )
    subject_label = models.CharField(_("about"), max_length=255, blank=True)
    action = models.CharField(_("what"), max_length=60, db_index=True)
    from_state = models.CharField(_("from state"), max_length=30, blank=True)
    to_state = models.CharField(_("to state"), max_length=30, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    target_content_type = models.ForeignKey(
        ContentType, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("object type")
    )
    target_object_id = models.CharField(_("object id"), max_length=64, blank=True)
    target_repr = models.CharField(_("object"), max_length=255, blank=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log entries")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label or '—'}: {self.action_display}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise PermissionDenied(_("Audit log entries cannot be changed."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied(_("Audit log entries cannot be deleted."))

    # get_<field>_display: Wagtail's inspect view and the listing's columns show these.
    def get_action_display(self):
        from .audit import action_label

        return action_label(self.action)

    action_display = property(get_action_display)

    def get_from_state_display(self):
        from .audit import state_label

        return state_label(self.action, self.from_state)

    def get_to_state_display(self):
        from .audit import state_label

        return state_label(self.action, self.to_state)

    from_state_display = property(get_from_state_display)
    to_state_display = property(get_to_state_display)

    def get_reason_display(self):
        from .audit import reason_label

        return reason_label(self.action, self.reason)

    def get_actor_display(self):
        """The person as they are now, or what was recorded: "System", a pseudonym."""
        from .audit import person_label

        return person_label(self.actor) if self.actor else (self.actor_label or str(_("System")))

    def get_subject_display(self):
        from .audit import person_label

        return person_label(self.subject) if self.subject else self.subject_label

    def get_created_at_display(self):
        return date_format(timezone.localtime(self.created_at), "DATETIME_FORMAT")

    @property
    def change_display(self):
        """ "Submitted → More information requested", or the one state there is."""
        before, after = self.get_from_state_display(), self.get_to_state_display()
        return f"{before} → {after}" if before and after else (after or before)
