"""The retention schedule: `manage.py apply_retention` deletes, reduces and pseudonymises
exactly what its period has caught, `--dry-run` only says so, and the privacy notice
states the same periods in every language.

Time is moved by giving records the age they would have (queryset.update, which neither
auto_now nor the audit log's refusal to change entries gets in the way of)."""

import io

import pytest
from dateutil.relativedelta import relativedelta
from django.apps import apps
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.db import models
from django.utils import timezone

from forum.community import notifications
from forum.community.models import UnsubscribeLink
from forum.membership.audit import pseudonym_for, record
from forum.membership.models import Application, AuditEntry

from .conftest import make_application, make_user


def ago(**period):
    return timezone.now() - relativedelta(**period)


def age_application(application, **fields):
    Application.objects.filter(pk=application.pk).update(**fields)


def rejected(user, moderator, decided):
    application = make_application(user)
    application.submit(by=user)
    application.reject(by=moderator, reason="Not a professional in this field.")
    age_application(application, decided_at=decided, updated_at=decided)
    return application


def expired(user, moderator, ended):
    application = make_application(user)
    application.submit(by=user)
    application.approve(by=moderator)
    application.expire()
    age_application(application, valid_until=ended, updated_at=ended)
    return application


@pytest.fixture
def records(moderator):
    """One record of every kind on each side of its period."""
    people = {name: make_user(f"{name}@example.org", first_name=name.title()) for name in (
        "rejectedold", "rejectednew", "draftold", "infoold", "infonew", "waitingold", "expiredold",
        "expirednew", "revokedold", "member", "veteran",
    )}  # fmt: skip
    made = {
        "rejected_old": rejected(people["rejectedold"], moderator, ago(months=6, days=1)),
        "rejected_new": rejected(people["rejectednew"], moderator, ago(months=5, days=27)),
        "expired_old": expired(people["expiredold"], moderator, ago(months=12, days=1)),
        "expired_new": expired(people["expirednew"], moderator, ago(months=11, days=27)),
    }
    draft = make_application(people["draftold"])
    age_application(draft, updated_at=ago(months=7))
    made["draft_old"] = draft
    for name, changed in (("info_old", ago(months=6, days=1)), ("info_new", ago(months=5))):
        user = people[name.replace("_", "")]
        application = make_application(user)
        application.submit(by=user)
        application.request_information(by=moderator, message="Which unit do you work in?")
        age_application(application, updated_at=changed, decided_at=changed)
        made[name] = application
    # Waiting for a moderator is not withdrawn, however long it waits.
    waiting = make_application(people["waitingold"])
    waiting.submit(by=people["waitingold"])
    age_application(waiting, updated_at=ago(years=1), submitted_at=ago(years=1))
    made["waiting_old"] = waiting
    revoked = make_application(people["revokedold"])
    revoked.submit(by=people["revokedold"])
    revoked.approve(by=moderator)
    revoked.revoke(by=moderator, reason="Shared a victim's name.")
    age_application(revoked, decided_at=ago(months=13))
    made["revoked_old"] = revoked
    current = make_application(people["member"])
    current.submit(by=people["member"])
    current.approve(by=moderator)
    made["member"] = current

    # The veteran's first entries are six years old; their latest is from last week.
    veteran = people["veteran"]
    veteran_application = make_application(veteran)
    veteran_application.submit(by=veteran)
    veteran_application.approve(by=moderator)
    AuditEntry.objects.filter(subject=veteran).update(created_at=ago(years=6))
    recent = record(actor=veteran, subject=veteran, action="data_exported")
    AuditEntry.objects.filter(pk=recent.pk).update(created_at=ago(days=7))
    made["veteran_application"] = veteran_application

    live, stale = SessionStore(), SessionStore()
    live.create()
    stale.create()
    Session.objects.filter(session_key=stale.session_key).update(expire_date=ago(seconds=1))

    valid_token = notifications.unsubscribe_token(people["member"])
    old_token = notifications.unsubscribe_token(people["member"])
    UnsubscribeLink.objects.filter(pk=UnsubscribeLink.objects.latest("pk").pk).update(expires_at=ago(seconds=1))
    return {
        **made,
        "people": people,
        "sessions": (live.session_key, stale.session_key),
        "tokens": (valid_token, old_token),
    }


def snapshot():
    """Every row the schedule may touch, as plain values."""
    return {
        "applications": list(Application.objects.order_by("pk").values()),
        "audit": list(AuditEntry.objects.order_by("pk").values()),
        "sessions": sorted(Session.objects.values_list("session_key", flat=True)),
        "links": list(UnsubscribeLink.objects.order_by("pk").values()),
    }


def run(*args):
    out = io.StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


def test_dry_run_says_what_would_go_and_changes_nothing(records):
    before = snapshot()
    output = run("--dry-run")
    assert "Dry run: nothing was changed." in output
    assert "3 rejected or withdrawn applications to delete" in output
    assert "2 ended memberships to reduce" in output
    old_entries = AuditEntry.objects.filter(created_at__lt=ago(years=5)).count()
    assert old_entries >= 2  # the veteran's submission and approval
    assert f"{old_entries} audit log entries to pseudonymise" in output
    assert "1 expired sessions to delete" in output
    assert "1 expired unsubscribe links to delete" in output
    assert snapshot() == before


def test_the_run_removes_exactly_what_is_due(records, moderator):
    expected_pseudonymised = AuditEntry.objects.filter(created_at__lt=ago(years=5)).count()
    output = run()
    assert "3 rejected or withdrawn applications deleted" in output
    assert "2 ended memberships reduced" in output
    assert f"{expected_pseudonymised} audit log entries pseudonymised" in output

    remaining = set(Application.objects.values_list("pk", flat=True))
    for gone in ("rejected_old", "draft_old", "info_old"):
        assert records[gone].pk not in remaining, gone
    for kept in ("rejected_new", "info_new", "waiting_old", "expired_new", "expired_old", "revoked_old", "member"):
        assert records[kept].pk in remaining, kept
    # The accounts stay; the deletion itself is on their record.
    for name in ("rejectedold", "draftold", "infoold"):
        user = records["people"][name]
        user.refresh_from_db()
        assert AuditEntry.objects.filter(subject=user, action="retention_application_deleted").exists()

    for name in ("expired_old", "revoked_old"):
        application = Application.objects.get(pk=records[name].pk)
        assert application.details_deleted
        assert application.full_name == application.role == application.motivation == ""
        assert application.professional_email == application.referee_name == application.referee_email == ""
        assert application.state == records[name].state and application.valid_from is not None
        assert application.code_of_conduct_version and application.privacy_notice_version
        assert AuditEntry.objects.filter(subject=application.user, action="retention_application_reduced").exists()
    intact = Application.objects.get(pk=records["expired_new"].pk)
    assert intact.full_name and intact.motivation and intact.professional_email

    veteran = records["people"]["veteran"]
    old = AuditEntry.objects.filter(created_at__lt=ago(years=5))
    assert old.count() == expected_pseudonymised > 0
    assert not old.filter(models.Q(actor__isnull=False) | models.Q(subject__isnull=False)).exists()
    assert set(old.values_list("subject_label", flat=True)) == {pseudonym_for(veteran)}
    assert set(old.values_list("target_repr", flat=True)) <= {pseudonym_for(veteran), ""}
    assert pseudonym_for(moderator) in set(old.values_list("actor_label", flat=True))
    for text in ("Veteran", "veteran@example.org", "mod@example.org", "Mona"):
        for field in ("actor_label", "subject_label", "target_repr"):
            assert not old.filter(**{f"{field}__icontains": text}).exists(), (text, field)
    # Last week's entry about the same person keeps their name.
    assert AuditEntry.objects.get(subject=veteran, action="data_exported").subject_label.startswith("Veteran")

    live, stale = records["sessions"]
    assert set(Session.objects.values_list("session_key", flat=True)) == {live}
    valid_token, old_token = records["tokens"]
    assert notifications.read_unsubscribe_token(valid_token) is not None
    assert UnsubscribeLink.objects.count() == 1

    # A second night finds nothing left to do.
    assert run().splitlines() == [
        "0 rejected or withdrawn applications deleted",
        "0 ended memberships reduced",
        "0 audit log entries pseudonymised",
        "0 expired sessions deleted",
        "0 expired unsubscribe links deleted",
        "0 forum drafts left alone deleted",
    ]


def test_a_reduced_membership_says_so_and_asks_for_no_verification(client, records):
    run()
    user = records["people"]["expiredold"]
    client.force_login(user)
    page = client.get("/en/membership/").content.decode()
    assert "The details of your application were deleted" in page
    assert "is not confirmed yet" not in page
    assert "Reconfirm your details" in page


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        ("en", ["6 months after the decision", "12 months after your membership", "after 5 years", "30 days after"]),
        ("nl", ["6 maanden na de beslissing", "12 maanden nadat uw lidmaatschap", "na 5 jaar", "30 dagen nadat"]),
        ("hu", ["6 hónappal töröljük", "12 hónappal azután", "5 év után", "30 nappal az utolsó"]),
        ("fr", ["6 mois après la décision", "12 mois après l’expiration", "au bout de 5 ans", "30 jours après"]),
    ],
)
def test_the_privacy_notice_states_the_schedule(client, db, language, phrases):
    page = client.get(f"/{language}/membership/privacy/").content.decode()
    for phrase in phrases:
        assert phrase in page
    assert "As long as you have an account" not in page


def test_the_notice_follows_the_settings(client, db, settings):
    settings.RETENTION = {**settings.RETENTION, "closed_applications": relativedelta(months=3)}
    assert "3 months after the decision" in client.get("/en/membership/privacy/").content.decode()


def test_searching_stores_nothing(client, home_page):
    """Search terms are not kept anywhere in the database (no search log, no hit counts)."""
    term = "Zwartewaterkloosterveld"
    assert client.get("/en/search/", {"q": term}).status_code == 200
    for model in apps.get_models():
        text_fields = [f.name for f in model._meta.get_fields() if isinstance(f, (models.CharField, models.TextField))]
        if not text_fields:
            continue
        matches = models.Q()
        for name in text_fields:
            matches |= models.Q(**{f"{name}__icontains": term})
        assert not model._default_manager.filter(matches).exists(), model
