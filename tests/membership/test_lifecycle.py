"""The whole life of an application, through every state, without HTTP."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.template.loader import render_to_string
from django.utils import timezone, translation

from forum.membership.access import is_vetted
from forum.membership.lifecycle import expire_due, send_due_reminders
from forum.membership.models import Application, AuditEntry, TransitionError

from .conftest import make_application, make_user


def in_vetted_group(user):
    return user.groups.filter(name=settings.VETTED_GROUP).exists()


def last_mail():
    assert mail.outbox, "no e-mail was sent"
    return mail.outbox[-1]


def subject_of(kind, language):
    with translation.override(language):
        return " ".join(render_to_string(f"membership/email/{kind}_subject.txt", {}).split())


def assert_status_mail(message, recipient, kind, language="hu"):
    """The e-mail of this kind, in the recipient's language (not English), linking to their status page."""
    assert message.to == [recipient]
    assert message.subject == subject_of(kind, language)
    assert message.subject != subject_of(kind, "en"), f"the {kind} subject is not translated into {language}"
    assert f"{settings.SITE_BASE_URL}/{language}/membership/" in message.body


def test_full_life_of_an_application(applicant, moderator):
    application = make_application(applicant)
    assert application.state == Application.State.DRAFT

    application.submit(by=applicant)
    assert application.state == Application.State.SUBMITTED
    assert application.code_of_conduct_version == settings.MEMBERSHIP_CODE_OF_CONDUCT_VERSION
    assert application.privacy_notice_version == settings.MEMBERSHIP_PRIVACY_NOTICE_VERSION
    assert_status_mail(last_mail(), applicant.email, "submitted")

    application.request_information(by=moderator, message="Which unit do you work in?")
    assert application.state == Application.State.INFO_REQUESTED
    message = last_mail()
    assert_status_mail(message, applicant.email, "info_requested")
    assert "Which unit do you work in?" in message.body

    application.submit(by=applicant)
    assert application.state == Application.State.SUBMITTED

    application.approve(by=moderator)
    assert application.state == Application.State.APPROVED
    assert (application.valid_until - timezone.now()).days in (729, 730)
    assert in_vetted_group(applicant) and is_vetted(applicant)
    assert_status_mail(last_mail(), applicant.email, "approved")

    # Reminders 30 and 7 days before the end, each sent once.
    mail.outbox.clear()
    now = application.valid_until - timedelta(days=29)
    assert [days for _app, days in send_due_reminders(now)] == [30]
    assert send_due_reminders(now) == []
    reminder = last_mail()
    with translation.override("hu"):
        expected = render_to_string("membership/email/reminder_subject.txt", {"days": 30}).strip()
    assert reminder.subject == expected and "30" in expected
    assert f"{settings.SITE_BASE_URL}/hu/membership/reconfirm/" in reminder.body
    now = application.valid_until - timedelta(days=6)
    assert [days for _app, days in send_due_reminders(now)] == [7]
    assert send_due_reminders(now) == []
    assert len(mail.outbox) == 2

    # Reconfirmation goes back to the queue; the membership runs on meanwhile.
    application.refresh_from_db()
    application.request_reconfirmation(by=applicant)
    assert application in Application.objects.awaiting_decision()
    assert is_vetted(applicant)
    application.approve(by=moderator, days=365)
    assert application.reconfirmation_requested_at is None
    assert application.reminders_sent == []
    assert application not in Application.objects.awaiting_decision()

    application.suspend(by=moderator, reason="Shared a victim's name.")
    assert application.state == Application.State.SUSPENDED
    assert not in_vetted_group(applicant) and not is_vetted(applicant)
    assert "Shared a victim's name." in last_mail().body

    application.reinstate(by=moderator)
    assert application.state == Application.State.APPROVED and is_vetted(applicant)

    application.revoke(by=moderator, reason="Left the police.")
    assert application.state == Application.State.REVOKED
    assert not in_vetted_group(applicant)
    assert_status_mail(last_mail(), applicant.email, "revoked")
    with pytest.raises(TransitionError):
        application.submit(by=applicant)

    actions = list(
        AuditEntry.objects.filter(subject=applicant).order_by("created_at", "pk").values_list("action", flat=True)
    )
    assert actions == [
        "submitted",
        "information_requested",
        "resubmitted",
        "approved",
        "reminder_sent",
        "reminder_sent",
        "reconfirmation_requested",
        "reconfirmed",
        "suspended",
        "reinstated",
        "revoked",
    ]
    transitions = AuditEntry.objects.filter(subject=applicant, action="suspended").get()
    assert (transitions.from_state, transitions.to_state) == ("approved", "suspended")
    assert transitions.actor == moderator and transitions.reason == "Shared a victim's name."


def test_rejection_then_new_application(submitted, moderator, applicant):
    with pytest.raises(TransitionError):
        submitted.reject(by=moderator, reason="  ")
    submitted.reject(by=moderator, reason="Not a professional role.")
    assert submitted.state == Application.State.REJECTED
    message = last_mail()
    assert_status_mail(message, applicant.email, "rejected")
    assert "Not a professional role." in message.body
    submitted.submit(by=applicant)
    assert submitted.state == Application.State.SUBMITTED


def test_expiry_by_command_and_reconfirmation_after_expiry(member, moderator):
    application = member.membership_application
    Application.objects.filter(pk=application.pk).update(valid_until=timezone.now() - timedelta(minutes=1))
    call_command("process_memberships", stdout=open("/dev/null", "w"))
    application.refresh_from_db()
    assert application.state == Application.State.EXPIRED
    assert not in_vetted_group(member)
    assert_status_mail(last_mail(), member.email, "expired")
    application.request_reconfirmation(by=member)
    assert application.state == Application.State.SUBMITTED
    application.approve(by=moderator)
    assert is_vetted(member)


def test_pending_reconfirmation_stays_in_the_queue_when_the_period_ends(member):
    application = member.membership_application
    application.request_reconfirmation(by=member)
    Application.objects.filter(pk=application.pk).update(valid_until=timezone.now() - timedelta(seconds=1))
    expire_due()
    application.refresh_from_db()
    assert application.state == Application.State.SUBMITTED
    assert application in Application.objects.awaiting_decision()


def test_a_moderator_cannot_decide_on_their_own_application(moderator, other_moderator):
    application = make_application(moderator)
    application.submit(by=moderator)
    for decide in (
        lambda: application.approve(by=moderator),
        lambda: application.reject(by=moderator, reason="x"),
        lambda: application.request_information(by=moderator, message="x"),
    ):
        with pytest.raises(PermissionDenied):
            decide()
    application.approve(by=other_moderator)
    with pytest.raises(PermissionDenied):
        application.suspend(by=moderator, reason="x")


def test_only_moderators_decide(submitted):
    someone = make_user("someone@example.org")
    with pytest.raises(PermissionDenied):
        submitted.approve(by=someone)


def test_approval_waits_for_a_verified_professional_email(applicant, moderator):
    application = make_application(applicant, professional_email="anna@police.example.org")
    application.submit(by=applicant)
    assert application.needs_professional_email_verification
    with pytest.raises(TransitionError):
        application.approve(by=moderator)
    application.mark_professional_email_verified("ANNA@police.example.org")
    application.approve(by=moderator)
    assert application.state == Application.State.APPROVED


def test_nobody_enters_the_vetted_group_by_hand(applicant):
    from forum.membership.access import vetted_group

    applicant.groups.add(vetted_group())
    assert not in_vetted_group(applicant) and not is_vetted(applicant)
    vetted_group().user_set.add(applicant)
    assert not in_vetted_group(applicant)


def test_approved_members_stay_in_the_group_when_added_again(member):
    from forum.membership.access import vetted_group

    member.groups.add(vetted_group())
    assert in_vetted_group(member) and is_vetted(member)


def test_approval_links_the_directory_expert_entry(applicant, moderator):
    from wagtail.models import Locale

    from directory.models import Expert, Organisation

    organisation = Organisation.objects.create(
        name="Sample NGO", slug="sample-ngo", kind="ngo", country="HU", city="Budapest", locale=Locale.get_default()
    )
    application = make_application(applicant, organisation=organisation, create_directory_entry=True)
    application.submit(by=applicant)
    application.approve(by=moderator)
    expert = Expert.objects.get(user=applicant)
    assert expert.organisation == organisation and expert.email == applicant.email
