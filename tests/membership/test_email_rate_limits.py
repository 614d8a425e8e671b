"""Forms that send e-mail are rate limited, with a message in the reader's language (issue 10, finding 5)."""

import pytest
from django.core import mail
from django.core.cache import cache

from .conftest import make_application, make_user

THIRD_PARTY = "someone.else@example.net"


@pytest.fixture(autouse=True)
def fresh_counters():
    cache.clear()
    yield
    cache.clear()


def test_resending_the_verification_cannot_flood_an_address(client, db):
    user = make_user("applicant@example.org", language="nl")
    make_application(user, professional_email=THIRD_PARTY)
    client.force_login(user)
    for _attempt in range(15):
        response = client.post("/nl/membership/verify-email/resend/", follow=True)
    sent = [message for message in mail.outbox if message.to == [THIRD_PARTY]]
    assert 1 <= len(sent) <= 3
    page = response.content.decode()
    assert "bevestigingsmails" in page  # the refusal, in Dutch


def test_several_accounts_cannot_flood_one_address_either(client, db):
    for index in range(4):
        user = make_user(f"applicant{index}@example.org")
        make_application(user, professional_email=THIRD_PARTY)
        client.force_login(user)
        for _attempt in range(3):
            client.post("/en/membership/verify-email/resend/")
    assert len([message for message in mail.outbox if message.to == [THIRD_PARTY]]) <= 5
