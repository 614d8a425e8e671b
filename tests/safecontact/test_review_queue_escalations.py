"""Escalated safe-contact conversations (nobody took them on in time) wait in the moderators'
review queue: number, country, answer language and how long they have waited, never what the
person wrote. A moderator returns one to the country's helpers or closes it as abuse."""

import datetime

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from forum.membership.models import AuditEntry
from forum.review.models import ReviewPreference
from safecontact import services
from safecontact.models import Conversation, Entry
from tests.forum.conftest import make_user

from .conftest import sign_in

pytestmark = pytest.mark.django_db

QUEUE = "/admin/review/"
BODY = "ESCALATED-SECRET: elvették az útlevelemet."
CONTACT = "CONTACT-SECRET: csak este hívjanak."


def text(response):
    return " ".join(response.content.decode().split())


def waiting_conversation(country="BE", language="hu", body=BODY, hours=72):
    """A conversation written `hours` ago that nobody has taken on."""
    conversation, _code = services.start(country=country, language=language, body=body, contact_details=CONTACT)
    Conversation.objects.filter(pk=conversation.pk).update(routed_at=timezone.now() - datetime.timedelta(hours=hours))
    return conversation


def escalated(country="BE", language="hu", body=BODY):
    conversation = waiting_conversation(country, language, body)
    services.escalate_unclaimed()
    conversation.refresh_from_db()
    assert conversation.escalated_at is not None
    return conversation


@pytest.fixture
def moderator(people):
    return sign_in(Client(), people.moderator)


def test_an_escalated_conversation_waits_in_the_queue_without_what_the_person_wrote(people, moderator):
    waiting = escalated()
    not_yet = waiting_conversation(hours=1, body="NOT-YET-ESCALATED")
    taken = escalated(body="TAKEN-ON")
    services.claim(taken, people.belgian)

    for address in (QUEUE, QUEUE + "?kind=escalation", QUEUE + "?country=BE"):
        page = text(moderator.get(address))
        assert f'id="escalation-{waiting.pk}"' in page
        assert f"Conversation {waiting.pk}" in page and "Belgium" in page and "Magyar" in page
        assert f'href="/en/safe-contact/inbox/{waiting.pk}/"' in page
        assert 'name="decision" value="return"' in page and 'name="decision" value="abuse"' in page
        assert f'id="escalation-{not_yet.pk}"' not in page and f'id="escalation-{taken.pk}"' not in page
        assert "SECRET" not in page and "NOT-YET-ESCALATED" not in page and "TAKEN-ON" not in page
    # The country filter applies; a forum filter leaves escalations out (they have no forum).
    assert f'id="escalation-{waiting.pk}"' not in text(moderator.get(QUEUE + "?country=HU"))
    assert f'id="escalation-{waiting.pk}"' not in text(moderator.get(QUEUE + "?forum=1"))
    assert "Review queue (1)" in text(moderator.get("/admin/"))
    # The moderator reads the conversation on its own page.
    detail = moderator.get(f"/en/safe-contact/inbox/{waiting.pk}/")
    assert detail.status_code == 200 and BODY in detail.content.decode()


def test_the_digest_names_escalations_without_their_text(people):
    daily = make_user("daily-moderator@example.org", groups=(settings.MODERATORS_GROUP,))
    ReviewPreference.objects.create(user=daily, frequency=ReviewPreference.Frequency.DAILY)
    conversation = escalated()
    mail.outbox.clear()
    call_command("send_review_digest")
    digest = next(message for message in mail.outbox if message.to == [daily.email])
    assert "Safe-contact escalations" in digest.body and str(conversation.pk) in digest.body
    assert "SECRET" not in digest.body + digest.subject


def test_helpers_cannot_decide_from_the_queue(people):
    conversation = escalated()
    helper = sign_in(Client(), people.belgian)
    helper.post(QUEUE, {"kind": "escalation", "pk": conversation.pk, "decision": "return", "reason": ""})
    conversation.refresh_from_db()
    assert conversation.escalated_at is not None


def test_returning_to_the_helpers_tells_them_again_and_it_can_escalate_again(
    people, moderator, django_capture_on_commit_callbacks
):
    conversation = escalated()
    escalated_routed_at = conversation.routed_at
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator.post(
            QUEUE, {"kind": "escalation", "pk": conversation.pk, "decision": "return", "reason": "Please look today."}
        )
    assert response.status_code == 302
    conversation.refresh_from_db()
    assert conversation.state == "open" and conversation.escalated_at is None
    assert conversation.routed_at > escalated_routed_at
    entry = AuditEntry.objects.get(action="safe_contact_returned_to_helpers")
    assert entry.actor == people.moderator and entry.target_object_id == str(conversation.pk)
    assert "Please look" not in entry.reason
    # The moderator's words are an internal note for the helpers, not in the log.
    note = conversation.entries.get(kind=Entry.Kind.NOTE)
    assert note.body == "Please look today." and note.author == people.moderator
    # Belgium's helper in Hungarian is told again, without content.
    assert [message.to for message in mail.outbox] == [["helper-be@example.org"]]
    assert "SECRET" not in mail.outbox[0].body
    assert f'id="escalation-{conversation.pk}"' not in text(moderator.get(QUEUE))
    # Nobody takes it on this time either: it escalates again.
    Conversation.objects.filter(pk=conversation.pk).update(routed_at=timezone.now() - datetime.timedelta(hours=72))
    assert services.escalate_unclaimed() == 1


def test_marking_as_abuse_from_the_queue_closes_it(people, moderator):
    conversation = escalated()
    response = moderator.post(QUEUE, {"kind": "escalation", "pk": conversation.pk, "decision": "abuse", "reason": ""})
    assert response.status_code == 302
    conversation.refresh_from_db()
    assert conversation.state == "closed" and conversation.outcome == "abuse"
    assert conversation.closed_by == people.moderator
    assert AuditEntry.objects.get(action="safe_contact_abuse").actor == people.moderator
    assert not conversation.entries.filter(kind=Entry.Kind.NOTE).exists()
    assert "Review queue (" not in text(moderator.get("/admin/"))


@pytest.mark.parametrize("decision", ["return", "abuse"])
def test_a_conversation_taken_on_meanwhile_is_no_longer_waiting(people, moderator, decision):
    conversation = escalated()
    services.claim(conversation, people.belgian)
    response = moderator.post(QUEUE, {"kind": "escalation", "pk": conversation.pk, "decision": decision, "reason": ""})
    assert response.status_code == 400
    assert "This item is no longer waiting" in text(response)
    conversation.refresh_from_db()
    assert conversation.state == "claimed" and conversation.outcome == ""
    assert not AuditEntry.objects.filter(
        action__in=["safe_contact_returned_to_helpers", "safe_contact_abuse"]
    ).exists()


def test_the_query_count_does_not_grow_with_the_number_of_escalations(moderator):
    escalated()
    moderator.get(QUEUE)  # the second request of each size is measured: caches are warm
    with CaptureQueriesContext(connection) as one:
        assert moderator.get(QUEUE).status_code == 200
    for _index in range(4):
        escalated()
    moderator.get(QUEUE)
    with CaptureQueriesContext(connection) as five:
        page = text(moderator.get(QUEUE))
    assert page.count('class="review-item review-item--escalation') == 5
    assert len(five) == len(one), "\n".join(query["sql"] for query in five.captured_queries)
