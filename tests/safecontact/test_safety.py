"""What protects the person: encryption at rest, nothing in e-mails, a wrong code looking like an
empty mailbox, rate limits, the honeypot, the headers, and the retention job."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from forum.membership.models import AuditEntry
from safecontact import services
from safecontact.models import Conversation, Entry

from .conftest import check, receipt_code, sign_in, write

pytestmark = pytest.mark.django_db

SECRET_TEXT = "Munkáltatóm elvette az útlevelemet XYZZY-4711"
PHONE = "+32 470 00 00 00"


def raw_rows(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table}")  # noqa: S608
        return [" ".join(str(value) for value in row) for row in cursor.fetchall()]


def test_the_database_holds_no_plaintext(people):
    person = Client()
    response = write(person, body=SECRET_TEXT, contact="phone", phone=PHONE, safe_times="hétköznap 10-12")
    code = receipt_code(response)
    conversation = Conversation.objects.get()
    helper = sign_in(Client(), people.belgian)
    helper.post(f"/en/safe-contact/inbox/{conversation.pk}/claim/")
    helper.post(f"/en/safe-contact/inbox/{conversation.pk}/answer/", {"body": "ANSWER-PLAINTEXT-8812"})
    helper.post(f"/en/safe-contact/inbox/{conversation.pk}/note/", {"body": "NOTE-PLAINTEXT-9923"})

    rows = raw_rows("safecontact_conversation") + raw_rows("safecontact_entry") + raw_rows("membership_auditentry")
    dump = "\n".join(rows)
    for plaintext in (SECRET_TEXT, "XYZZY", PHONE, "470 00", "hétköznap", "ANSWER-PLAINTEXT", "NOTE-PLAINTEXT",
                      code, code.replace(" ", "")):  # fmt: skip
        assert plaintext not in dump, f"{plaintext!r} is readable in the database"
    # Fernet tokens, and the code only as a password hash.
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM safecontact_entry")
        assert all(row[0].startswith("gAAAA") for row in cursor.fetchall())
    assert conversation.code_hash.startswith(("md5$", "pbkdf2_sha256$", "argon2", "bcrypt", "scrypt"))
    # Read through the models, everything is there.
    assert conversation.entries.get(kind="person").body == SECRET_TEXT
    assert PHONE in Conversation.objects.get().contact_details


def test_keys_rotate_without_losing_messages(people, settings):
    from cryptography.fernet import Fernet

    old = Fernet.generate_key().decode()
    settings.SAFE_CONTACT_KEYS = [old]
    code = receipt_code(write(Client(), body=SECRET_TEXT))
    settings.SAFE_CONTACT_KEYS = [Fernet.generate_key().decode(), old]
    assert call_command("process_safe_contact", "--rotate-keys") is None
    settings.SAFE_CONTACT_KEYS = settings.SAFE_CONTACT_KEYS[:1]  # the old key is gone
    conversation = services.find(code)
    assert conversation.entries.get().body == SECRET_TEXT


def test_no_content_in_emails(people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        code = receipt_code(write(Client(), body=SECRET_TEXT, contact="phone", phone=PHONE))
    conversation = Conversation.objects.get()
    helper = sign_in(Client(), people.belgian)
    helper.post(f"/en/safe-contact/inbox/{conversation.pk}/claim/")
    with django_capture_on_commit_callbacks(execute=True):
        check(Client(), code, body="SECOND-MESSAGE-5521")
    Conversation.objects.filter(pk=conversation.pk).update(
        state="open", routed_at=timezone.now() - datetime.timedelta(days=3)
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("process_safe_contact")
    kinds = [message.to[0] for message in mail.outbox]
    assert "helper-be@example.org" in kinds and "moderator@example.org" in kinds
    assert len(mail.outbox) >= 3
    for message in mail.outbox:
        text = message.subject + message.body
        for secret in (SECRET_TEXT, "XYZZY", PHONE, "SECOND-MESSAGE", code, code.replace(" ", "")):
            assert secret not in text
        assert "/safe-contact/inbox/" in message.body
        assert f"/{conversation.pk}/" not in message.body
    # The person is never e-mailed: every recipient is a helper or moderator.
    assert set(kinds) <= {"helper-be@example.org", "moderator@example.org", "moderator-no-2fa@example.org"}


def strip_tokens(html):
    return re.sub(r'name="code" value="[^"]*"', "", html)


def test_wrong_code_looks_like_an_empty_mailbox(people):
    person = Client()
    code = receipt_code(write(person, body=SECRET_TEXT))
    real = check(person, code)
    wrong = check(Client(), "1111 2222 3333 4444")
    assert real.status_code == wrong.status_code == 200
    assert strip_tokens(real.content.decode()) == strip_tokens(wrong.content.decode())
    assert "Még nincs válasz" in wrong.content.decode()
    # Writing with a wrong code looks the same as writing with a right one, and stores nothing.
    before = Entry.objects.count()
    sent_wrong = check(Client(), "1111 2222 3333 4444", body="Hello")
    sent_real = check(person, code, body="Hello")
    assert strip_tokens(sent_wrong.content.decode()) == strip_tokens(sent_real.content.decode())
    assert Entry.objects.count() == before + 1


def test_a_malformed_code_gets_a_clear_error_and_keeps_what_was_typed(db):
    response = check(Client(), "1234 5678", language_prefix="en")
    html = response.content.decode()
    assert "A receipt code has 16 digits" in html
    assert 'value="1234 5678"' in html
    assert 'aria-describedby="id_code_helptext id_code_error"' in html


def test_an_expired_conversation_looks_like_an_empty_mailbox(people):
    person = Client()
    code = receipt_code(write(person))
    conversation = Conversation.objects.get()
    helper = sign_in(Client(), people.belgian)
    helper.post(f"/en/safe-contact/inbox/{conversation.pk}/claim/")
    helper.post(f"/en/safe-contact/inbox/{conversation.pk}/answer/", {"body": "ANSWER-1"})
    helper.post(f"/en/safe-contact/inbox/{conversation.pk}/close/", {"outcome": "advice"})
    assert "ANSWER-1" in check(person, code).content.decode()
    Conversation.objects.update(closed_at=timezone.now() - datetime.timedelta(days=91))
    call_command("process_safe_contact")
    assert not Conversation.objects.exists() and not Entry.objects.exists()
    assert strip_tokens(check(person, code).content.decode()) == strip_tokens(
        check(Client(), "9999 9999 9999 9999").content.decode()
    )


def test_retention_job_deletes_closed_unclaimed_and_abandoned_conversations(people, settings):
    settings.SAFE_CONTACT_RETENTION_DAYS = 30
    now = timezone.now()
    old = now - datetime.timedelta(days=31)
    recent = now - datetime.timedelta(days=29)
    cases = {}
    for name, state, closed_at, last_activity in [
        ("closed long ago", "closed", old, old),
        ("closed recently", "closed", recent, recent),
        ("unclaimed long ago", "open", None, old),
        ("abandoned", "claimed", None, old),
        ("active", "claimed", None, recent),
    ]:
        conversation, _code = services.start(country="BE", language="hu", body=name)
        Conversation.objects.filter(pk=conversation.pk).update(state=state, closed_at=closed_at,
                                                               last_activity_at=last_activity)  # fmt: skip
        cases[name] = conversation.pk
    call_command("process_safe_contact", "--dry-run")
    assert Conversation.objects.count() == 5
    call_command("process_safe_contact")
    kept = set(Conversation.objects.values_list("pk", flat=True))
    assert kept == {cases["closed recently"], cases["active"]}
    deleted = AuditEntry.objects.filter(action="safe_contact_deleted")
    assert deleted.count() == 3
    for entry in deleted:
        assert "long ago" not in entry.reason + entry.target_repr and entry.actor is None


def test_writing_is_rate_limited_per_network_and_keeps_the_text(db):
    person = Client()
    for _attempt in range(5):
        assert write(person, body="Test").status_code == 200
    response = write(person, body="A hatodik üzenetem szövege")
    assert response.status_code == 429
    html = response.content.decode()
    assert "A hatodik üzenetem szövege" in html
    assert Conversation.objects.count() == 5
    # Another network is not affected.
    other = Client(REMOTE_ADDR="198.51.100.7")
    assert write(other, body="Test").status_code == 200


def test_guessing_codes_is_rate_limited(db):
    guesser = Client()
    for number in range(10):
        assert check(guesser, f"{number:016d}").status_code == 200
    assert check(guesser, "1234123412341234").status_code == 429


def test_the_network_is_never_stored_raw(db, settings):
    from django.core.cache import cache

    write(Client(REMOTE_ADDR="203.0.113.99"), body="Test")
    keys = list(cache._cache.keys())  # the test settings' local-memory cache
    assert keys and not any("203.0.113.99" in key for key in keys)
    assert "203.0.113.99" not in "\n".join(raw_rows("safecontact_conversation"))


def test_honeypot_stores_nothing_and_looks_like_success(db):
    response = write(Client(), body="spam", website="http://spam.example.org")
    assert response.status_code == 200
    assert receipt_code(response)
    assert not Conversation.objects.exists()


def test_too_long_a_message_is_refused_with_a_translated_error(db, settings):
    response = write(Client(), body="x" * (settings.SAFE_CONTACT_MAX_LENGTH + 1), language_prefix="en")
    html = response.content.decode()
    assert "Please keep it under 5000 characters" in html
    assert not Conversation.objects.exists()


@pytest.mark.parametrize("path", ["/hu/safe-contact/", "/hu/safe-contact/check/"])
def test_public_pages_headers(db, path):
    for response in (Client().get(path), Client().post(path, {"code": "1234 1234 1234 1234"})):
        assert "no-store" in response["Cache-Control"]
        assert response["Referrer-Policy"] == "no-referrer"
        assert "noindex" in response["X-Robots-Tag"]
        html = response.content.decode()
        assert '<meta name="robots" content="noindex, nofollow">' in html
        # No cookie at all: no session, no CSRF token (the forms are exempt), no language cookie.
        assert not response.cookies, response.cookies


def test_message_text_never_reaches_logs_or_urls(db, caplog):
    import logging

    with caplog.at_level(logging.DEBUG):
        response = write(Client(), body=SECRET_TEXT)
        check(Client(), receipt_code(response), body=SECRET_TEXT)
    assert SECRET_TEXT not in caplog.text
    assert SECRET_TEXT not in response.get("Location", "")


def test_a_person_who_writes_to_a_closed_conversation_reopens_it_but_not_after_abuse(people):
    person = Client()
    code = receipt_code(write(person))
    conversation = Conversation.objects.get()
    helper = sign_in(Client(), people.belgian)
    helper.post(f"/en/safe-contact/inbox/{conversation.pk}/claim/")
    helper.post(f"/en/safe-contact/inbox/{conversation.pk}/close/", {"outcome": "no_reply"})
    check(person, code, body="Még itt vagyok.")
    conversation.refresh_from_db()
    assert conversation.state == "claimed" and conversation.awaiting_helper
    moderator = sign_in(Client(), people.moderator)
    assert moderator.post(f"/en/safe-contact/inbox/{conversation.pk}/abuse/").status_code == 302
    conversation.refresh_from_db()
    assert conversation.state == "closed" and conversation.outcome == "abuse"
    count = conversation.entries.count()
    check(person, code, body="Spam again")
    assert conversation.entries.count() == count
    assert AuditEntry.objects.filter(action="safe_contact_abuse").exists()


def test_the_person_can_send_the_form_with_the_origin_a_no_referrer_page_gives(db):
    """With Referrer-Policy: no-referrer a browser sends `Origin: null`: the forms must still work."""
    browser = Client(enforce_csrf_checks=True)
    response = write(browser, HTTP_ORIGIN="null")
    assert response.status_code == 200 and receipt_code(response)
    assert check(browser, receipt_code(response), HTTP_ORIGIN="null").status_code == 200


def test_helper_pages_are_not_cached_or_indexed_and_keep_csrf(people):
    client = sign_in(Client(enforce_csrf_checks=True), people.belgian)
    response = client.get("/en/safe-contact/inbox/")
    assert "no-store" in response["Cache-Control"] and "noindex" in response["X-Robots-Tag"]
    conversation, _code = services.start(country="BE", language="hu", body="x")
    assert client.post(f"/en/safe-contact/inbox/{conversation.pk}/claim/").status_code == 403


def test_after_retention_the_audit_log_holds_no_word_of_the_conversation(people, settings):
    """A whole conversation (message, contact details, answer, note, hand-over note, the person's
    reply, closure) goes through the retention job; the audit log keeps that each step happened,
    by whom and when, and not one of the words, in any of its columns."""
    settings.SAFE_CONTACT_RETENTION_DAYS = 30
    words = {
        "message": "Munkáltatóm elvette az útlevelemet QUOKKA-MESSAGE",
        "contact": "+32 470 99 88 77 QUOKKA-CONTACT",
        "answer": "Holnap felhívjuk QUOKKA-ANSWER",
        "note": "Check with the shelter QUOKKA-NOTE",
        "handover": "Returning to Miskolc QUOKKA-HANDOVER",
        "reply": "Köszönöm QUOKKA-REPLY",
    }
    conversation, _code = services.start(
        country="BE", language="hu", body=words["message"], contact_details=words["contact"]
    )
    services.claim(conversation, people.belgian)
    services.answer(conversation, people.belgian, words["answer"])
    services.add_note(conversation, people.belgian, words["note"])
    services.hand_over(conversation, people.belgian, "HU", note=words["handover"])
    conversation.refresh_from_db()
    services.person_writes(conversation, words["reply"])
    services.claim(conversation, people.hungarian)
    services.close(conversation, people.hungarian, Conversation.Outcome.ADVICE)
    Conversation.objects.filter(pk=conversation.pk).update(closed_at=timezone.now() - datetime.timedelta(days=31))

    call_command("process_safe_contact")

    assert not Conversation.objects.filter(pk=conversation.pk).exists()
    assert not Entry.objects.filter(conversation_id=conversation.pk).exists()
    entries = AuditEntry.objects.filter(action__startswith="safe_contact")
    assert {
        "safe_contact_claimed",
        "safe_contact_answered",
        "safe_contact_handed_over",
        "safe_contact_deleted",
    } <= set(entries.values_list("action", flat=True))
    for row in raw_rows(AuditEntry._meta.db_table):
        assert "QUOKKA" not in row and "Miskolc" not in row and "99 88 77" not in row, row
