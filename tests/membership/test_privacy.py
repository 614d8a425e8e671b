"""A member's own data: download it, and delete the account with the audit trail kept."""

import io
import json
import zipfile

from django.contrib.auth import get_user_model

from forum.membership.audit import pseudonym_for
from forum.membership.models import Application, AuditEntry
from forum.membership.privacy import export_user_data

from .conftest import PASSWORD, make_application, make_user


def test_data_export_contains_own_data_and_nobody_elses(client, member, moderator):
    other = make_user("other@example.org", first_name="Otto")
    other_application = make_application(other, motivation="Otto's secret motivation")
    other_application.submit(by=other)
    client.force_login(member)
    response = client.post("/en/membership/my-data/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    data = json.loads(archive.read("data.json"))
    assert data["account"]["email"] == member.email
    assert data["application"]["full_name"] == member.membership_application.full_name
    assert [entry["action"] for entry in data["audit_entries"]][:2] == ["submitted", "approved"]
    assert {entry["by"] for entry in data["audit_entries"]} <= {"you", "moderator", "system"}
    text = "\n".join(archive.read(name).decode() for name in archive.namelist())
    for foreign in ("other@example.org", "Otto", moderator.email, "Mona", "Sam Supervisor", "sam@example.org"):
        assert foreign not in text


def test_export_without_application(db):
    user = make_user("plain@example.org")
    data = export_user_data(user)
    assert data["application"] is None and data["account"]["email"] == "plain@example.org"


def test_account_deletion_keeps_the_trail_under_a_pseudonym(client, member, moderator):
    pseudonym = pseudonym_for(member)
    user_id = member.pk
    entries_before = AuditEntry.objects.filter(subject=member).count()
    client.force_login(member)
    response = client.post("/en/membership/delete-account/", {"password": "wrong", "confirm": "on"})
    assert "This is not your current password." in response.content.decode()
    response = client.post(
        "/en/membership/delete-account/", {"password": PASSWORD, "confirm": "on", "posts": "remove"}
    )
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=user_id).exists()
    assert not Application.objects.filter(user_id=user_id).exists()
    kept = AuditEntry.objects.filter(subject_label=pseudonym)
    assert kept.count() == entries_before + 1
    assert kept.filter(action="account_deleted").exists()
    assert not AuditEntry.objects.filter(subject_label__icontains="anna@example.org").exists()
    assert not AuditEntry.objects.filter(actor_label__icontains="anna@example.org").exists()
    # The moderator's identity in the entries about the deleted member stays.
    assert kept.filter(action="approved", actor=moderator).exists()


def test_deletion_needs_confirmation_and_keeps_nothing_typed_lost(client, member):
    client.force_login(member)
    response = client.post("/en/membership/delete-account/", {"password": PASSWORD})
    assert response.status_code == 200
    assert "Tick the box to confirm" in response.content.decode()
    assert get_user_model().objects.filter(pk=member.pk).exists()
