"""The audit log in the Wagtail admin reads as sentences about people, in the moderator's
language: what happened in words, states in words, people by name and forum name, dates
on one line, filters by who, what and when, and an export in the same words."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.users.models import UserProfile

from forum.community.models import PostReport
from forum.membership import audit
from forum.membership.models import AuditEntry
from safecontact.models import Conversation
from tests.accounts.mfa import force_login_with_2fa
from tests.spreadsheets import download_rows

from .conftest import make_application

LOG = "/admin/membership_audit/"


@pytest.fixture
def mod_client(client, moderator):
    moderator.last_name = "Moderátor"
    moderator.save()
    return force_login_with_2fa(client, moderator)


@pytest.fixture
def asked(moderator, applicant):
    """An application a moderator asked a question about: submitted, then information requested."""
    application = make_application(applicant)
    application.submit(by=applicant)
    application.request_information(by=moderator, message="Which unit do you work in?")
    return application


def speak(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def listing(page):
    """The log's own table (the admin's keyboard-shortcut dialog is a table too)."""
    return page[page.index('<table class="listing') : page.index("</table>", page.index('<table class="listing'))]


def rows_text(client, **params):
    table = listing(client.get(LOG, params).content.decode())
    body = table[table.index("<tbody") : table.index("</tbody>")]
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in body.split("</tr>")[:-1]]


def test_the_log_names_actions_states_and_people_in_words(mod_client, asked, moderator, applicant):
    page = mod_client.get(LOG).content.decode()
    assert "Action display" not in page and "info_requested" not in page
    table = listing(page)
    head = table[table.index("<thead") : table.index("</thead>")]
    headings = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", head)).split()
    assert [word for word in headings if word in {"When", "Who", "What", "About", "Change", "Reason"}] == [
        "When", "Who", "What", "About", "Change", "Reason"
    ]  # fmt: skip
    newest = rows_text(mod_client)[0]
    assert "Mona Moderátor (@mod)" in newest
    assert "Anna Kovács (@anna)" in newest
    assert "More information requested" in newest
    assert "Submitted → More information requested" in newest
    assert "Which unit do you work in?" in newest
    assert moderator.email not in newest and applicant.email not in newest


def test_the_date_stays_on_one_line_in_the_readers_format(mod_client, asked):
    page = mod_client.get(LOG).content.decode()
    cell = re.search(r'<td class="w-whitespace-nowrap[^"]*">\s*<time datetime="([^"]+)">([^<]+)</time>', page)
    assert cell is not None
    entry = AuditEntry.objects.order_by("-created_at", "-pk").first()
    assert cell.group(1).startswith(timezone.localtime(entry.created_at).strftime("%Y-%m-%dT%H:%M"))
    assert str(timezone.localtime(entry.created_at).year) in cell.group(2)


def test_the_log_speaks_hungarian_to_a_hungarian_moderator(mod_client, asked, moderator):
    speak(moderator, "hu")
    page = mod_client.get(LOG).content.decode()
    newest = rows_text(mod_client)[0]
    assert "További információ kérve" in newest
    assert "Beküldve → További információ kérve" in newest
    assert "Végrehajtó" in page and "Esemény" in page and "Változás" in page
    assert "More information requested" not in page


def test_forum_and_safe_contact_events_are_in_words(mod_client, moderator, applicant):
    audit.record(
        actor=moderator, subject=applicant, action="forum_report_warn", from_state="open", to_state="actioned"
    )
    audit.record(actor=moderator, subject=applicant, action="forum_topic_type_changed", to_state="1")
    audit.record(
        actor=moderator,
        subject=None,
        action="safe_contact_closed",
        from_state=Conversation.State.CLAIMED,
        to_state=Conversation.State.CLOSED,
        reason=Conversation.Outcome.REFERRED,
    )
    report_row, topic_row, safe_row = reversed(rows_text(mod_client)[:3])
    assert "Report decided: the author was warned" in report_row
    assert f"{PostReport.Status.OPEN.label} → {PostReport.Status.ACTIONED.label}" in report_row
    assert "forum report warn" not in mod_client.get(LOG).content.decode()
    assert "Forum topic type changed" in topic_row and "Sticky topic" in topic_row
    assert "Taken on by a helper → Closed" in safe_row
    assert "Referred to an organisation in the directory" in safe_row


def test_filters_by_what_who_and_when(mod_client, asked, moderator, other_moderator, applicant):
    audit.record(actor=other_moderator, subject=applicant, action="suspended", reason="Second moderator.")
    old = audit.record(actor=other_moderator, subject=applicant, action="reinstated", reason="Long ago.")
    AuditEntry.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=400))

    only_questions = rows_text(mod_client, action="information_requested")
    assert len(only_questions) == 1 and "More information requested" in only_questions[0]

    by_mona = rows_text(mod_client, actor="Mona")
    assert by_mona and all("Mona Moderátor" in row for row in by_mona)
    by_forum_name = rows_text(mod_client, actor="@mod2")
    assert len(by_forum_name) == 2 and all(" @mod2 " in row for row in by_forum_name)
    about_anna = rows_text(mod_client, subject="kovács")
    assert len(about_anna) == 4

    since = (timezone.localdate() - timedelta(days=30)).isoformat()
    recent = rows_text(mod_client, created_at_from=since)
    assert recent and not any("Long ago." in row for row in recent)
    assert any("Long ago." in row for row in rows_text(mod_client))


def test_the_choice_of_actions_is_in_the_moderators_language(mod_client, moderator):
    speak(moderator, "hu")
    page = mod_client.get(LOG).content.decode()
    assert '<option value="information_requested">További információ kérve</option>' in page


def test_a_deleted_member_stays_a_pseudonym(mod_client, asked, applicant):
    pseudonym = audit.pseudonymise(applicant)
    applicant.delete()
    rows = rows_text(mod_client)
    assert all("Anna" not in row for row in rows)
    assert any(pseudonym in row for row in rows)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_export_uses_the_same_words(mod_client, asked, applicant, export_format):
    rows = download_rows(mod_client, LOG, export_format)
    heading, newest = rows[0], rows[1]
    assert heading[:7] == ["When", "Who", "What", "About", "From state", "To state", "Reason"]
    record = dict(zip(heading, newest, strict=True))
    assert record["What"] == "More information requested"
    assert record["From state"] == "Submitted" and record["To state"] == "More information requested"
    assert record["Who"] == "Mona Moderátor (@mod)"
    assert record["Action code"] == "information_requested"
    # The identity as it was recorded stays in the export, address included.
    assert applicant.email in record["About, as recorded at the time"]


def test_the_entry_page_shows_words_and_the_recorded_identity(mod_client, asked, applicant):
    entry = AuditEntry.objects.filter(action="information_requested").get()
    page = mod_client.get(f"{LOG}inspect/{entry.pk}/").content.decode()
    assert "More information requested" in page and "info_requested" not in page
    assert "Anna Kovács (@anna)" in page
    assert applicant.email in page and "About, as recorded at the time" in page


def test_the_query_count_does_not_grow_with_the_entries(mod_client, moderator, applicant):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert mod_client.get(LOG).status_code == 200
        return len(captured)

    for _ in range(3):
        audit.record(actor=moderator, subject=applicant, action="suspended", reason="x")
    queries()  # the first request fills the admin's caches
    few = queries()
    for _ in range(30):
        audit.record(actor=moderator, subject=applicant, action="suspended", reason="x")
    assert queries() == few
