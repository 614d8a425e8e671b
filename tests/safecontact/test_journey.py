"""The whole journey through the real views: a person in Belgium writes in Hungarian, keeps the
code; a Belgian helper takes it on and answers, hands over to a Hungarian helper, who answers too;
the person reads both answers with the code and writes back."""

import pytest
from django.core import mail
from django.test import Client

from forum.membership.models import AuditEntry
from safecontact.models import Conversation, Entry

from .conftest import check, receipt_code, sign_in, write

pytestmark = pytest.mark.django_db

BODY = "Elvették az útlevelemet, és nem engednek el a munkahelyről."
FIRST_ANSWER = "Köszönjük, hogy írt. Brüsszelben tudunk szállást adni."
SECOND_ANSWER = "Budapesten is segítünk, amikor hazatér."


def test_person_writes_helpers_answer_and_hand_over_person_reads_both(people, django_capture_on_commit_callbacks):
    person = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = write(person, country="BE", language="hu", body=BODY)
    assert response.status_code == 200
    code = receipt_code(response)
    assert len(code.replace(" ", "")) == 16
    conversation = Conversation.objects.get()
    assert (conversation.country, conversation.language, conversation.state) == ("BE", "hu", "open")
    # Only the helpers of Belgium in Hungarian are told, and without content.
    assert [message.to for message in mail.outbox] == [["helper-be@example.org"]]

    # Before anyone answers: an empty mailbox.
    page = check(person, code).content.decode()
    assert "Még nincs válasz" in page or "There is no answer yet" in page

    belgian = sign_in(Client(), people.belgian)
    inbox = belgian.get("/en/safe-contact/inbox/")
    assert inbox.status_code == 200 and f"Conversation {conversation.pk}" in inbox.content.decode()
    detail = belgian.get(f"/en/safe-contact/inbox/{conversation.pk}/").content.decode()
    assert BODY in detail
    assert belgian.post(f"/en/safe-contact/inbox/{conversation.pk}/claim/").status_code == 302
    assert belgian.post(f"/en/safe-contact/inbox/{conversation.pk}/answer/", {"body": FIRST_ANSWER}).status_code == 302
    belgian.post(f"/en/safe-contact/inbox/{conversation.pk}/note/", {"body": "Hívjuk fel a menedékházat."})
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = belgian.post(
            f"/en/safe-contact/inbox/{conversation.pk}/hand-over/", {"to_country": "HU", "note": "Hazautazik."}
        )
    assert response.status_code == 302
    conversation.refresh_from_db()
    assert (conversation.country, conversation.state, conversation.claimed_by) == ("HU", "open", None)
    assert [message.to for message in mail.outbox] == [["helper-hu@example.org"]]
    # The Belgian helper no longer sees it; the Hungarian one does.
    assert belgian.get(f"/en/safe-contact/inbox/{conversation.pk}/").status_code == 404

    hungarian = sign_in(Client(), people.hungarian)
    detail = hungarian.get(f"/hu/safe-contact/inbox/{conversation.pk}/").content.decode()
    assert BODY in detail and FIRST_ANSWER in detail and "Hazautazik." in detail
    hungarian.post(f"/hu/safe-contact/inbox/{conversation.pk}/claim/")
    hungarian.post(f"/hu/safe-contact/inbox/{conversation.pk}/answer/", {"body": SECOND_ANSWER})

    page = check(person, code).content.decode()
    assert FIRST_ANSWER in page and SECOND_ANSWER in page
    assert "Hazautazik." not in page and "menedékházat" not in page, "internal notes reach the person"
    assert BODY not in page

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = check(person, code, body="Köszönöm, jövő héten utazom haza.")
    assert response.status_code == 200
    assert "Az üzenetét elküldtük." in response.content.decode() or "Your message has been sent." in (
        response.content.decode()
    )
    last = conversation.entries.order_by("-pk").first()
    assert last.kind == Entry.Kind.PERSON and last.body == "Köszönöm, jövő héten utazom haza."
    assert [message.to for message in mail.outbox] == [["helper-hu@example.org"]]

    hungarian.post(f"/hu/safe-contact/inbox/{conversation.pk}/close/", {"outcome": "advice"})
    conversation.refresh_from_db()
    assert conversation.state == "closed" and conversation.outcome == "advice"

    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {
        "safe_contact_read", "safe_contact_claimed", "safe_contact_answered", "safe_contact_note",
        "safe_contact_handed_over", "safe_contact_closed",
    } <= actions  # fmt: skip
    for entry in AuditEntry.objects.filter(action__startswith="safe_contact"):
        assert BODY not in entry.reason + entry.target_repr
