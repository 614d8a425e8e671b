"""Only helpers of the conversation's country and language, and moderators with 2FA, reach a
conversation; everyone else is refused on every helper surface. Helpers need 2FA like every
privileged role."""

import pytest
from django.test import Client

from safecontact import services
from safecontact.models import Conversation
from tests.forum.conftest import PASSWORD

from .conftest import make_helper, sign_in

pytestmark = pytest.mark.django_db

SECRET = "CONVERSATION-SECRET-3141"
LOGIN, TWO_FACTOR, DENIED, NOT_FOUND = "login", "2fa", 403, 404


@pytest.fixture
def conversation(people):
    conversation, _code = services.start(country="BE", language="hu", body=SECRET, contact_details="+32 470 1")
    return conversation


def client_for(people, role):
    client = Client()
    user = {
        "anonymous": None,
        "vetted non-helper": people.vetted,
        "helper of another country": people.dutch,
        "helper of another language": None,
        "helper without 2FA": None,
        "right helper": people.belgian,
        "moderator": people.moderator,
        "moderator without 2FA": people.moderator_without_2fa,
    }[role]
    if role == "helper of another language":
        user = make_helper("helper-be-fr@example.org", ("BE", "fr"))
    if role == "helper without 2FA":
        from allauth.mfa.models import Authenticator

        user = make_helper("helper-be-no-2fa@example.org", ("BE", "hu"))
        Authenticator.objects.filter(user=user).delete()
        assert client.login(email=user.email, password=PASSWORD)
        return client
    if role == "moderator without 2FA":
        assert client.login(email=user.email, password=PASSWORD)
        return client
    if user is not None:
        sign_in(client, user)
    return client


# role: (inbox, conversation page, may claim)
EXPECTED = {
    "anonymous": (LOGIN, LOGIN, LOGIN),
    "vetted non-helper": (DENIED, DENIED, DENIED),
    "helper of another country": (200, NOT_FOUND, NOT_FOUND),
    "helper of another language": (200, NOT_FOUND, NOT_FOUND),
    "helper without 2FA": (TWO_FACTOR, TWO_FACTOR, TWO_FACTOR),
    "moderator without 2FA": (TWO_FACTOR, TWO_FACTOR, TWO_FACTOR),
    "right helper": (200, 200, 302),
    "moderator": (200, 200, DENIED),
}


def assert_outcome(response, expected, what):
    if expected == LOGIN:
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], what
    elif expected == TWO_FACTOR:
        assert response.status_code == 302 and "/2fa/" in response["Location"], what
    else:
        assert response.status_code == expected, f"{what}: {response.status_code}"


@pytest.mark.parametrize("role", list(EXPECTED))
def test_who_reaches_a_conversation(people, conversation, role):
    client = client_for(people, role)
    inbox, detail, claim = EXPECTED[role]
    pk = conversation.pk
    responses = {
        "inbox": client.get("/en/safe-contact/inbox/"),
        "conversation": client.get(f"/en/safe-contact/inbox/{pk}/"),
    }
    assert_outcome(responses["inbox"], inbox, f"{role} × inbox")
    assert_outcome(responses["conversation"], detail, f"{role} × conversation")
    for action, data in [("claim", {}), ("answer", {"body": "x"}), ("note", {"body": "x"}),
                         ("hand-over", {"to_country": "HU"}), ("close", {"outcome": "advice"})]:  # fmt: skip
        response = client.post(f"/en/safe-contact/inbox/{pk}/{action}/", data)
        if action == "claim":
            assert_outcome(response, claim, f"{role} × claim")
        elif role not in ("right helper",):
            assert response.status_code in (302, 403, 404) and response.status_code != 200
            if response.status_code == 302:
                assert "/accounts/" in response["Location"], f"{role} × {action}"
    for response in responses.values():
        if role not in ("right helper", "moderator"):
            assert SECRET not in response.content.decode(), f"{role}: CONVERSATION LEAKED"
    if role in ("right helper", "moderator"):
        assert SECRET in responses["conversation"].content.decode()
    conversation.refresh_from_db()
    if role != "right helper":
        assert conversation.state == Conversation.State.OPEN and not conversation.entries.exclude(kind="person")


def test_helper_role_makes_two_factor_required(people):
    from accounts.mfa import mfa_required_for

    assert mfa_required_for(people.belgian)
    assert not mfa_required_for(people.vetted)


def test_a_helper_whose_membership_ended_sees_nothing(people, conversation):
    from django.utils import timezone

    people.belgian.membership_application.__class__.objects.filter(user=people.belgian).update(
        valid_until=timezone.now()
    )
    client = sign_in(Client(), people.belgian)
    assert client.get(f"/en/safe-contact/inbox/{conversation.pk}/").status_code in (302, 403)


def test_header_counter_and_inbox_lists_without_content(people, conversation):
    client = sign_in(Client(), people.belgian)
    html = client.get("/en/safe-contact/inbox/").content.decode()
    assert "Helper inbox" in html and "(1 waiting)" in html
    assert SECRET not in html, "the inbox list shows no content"
    assert "(0 waiting)" in sign_in(Client(), people.dutch).get("/en/safe-contact/inbox/").content.decode()
    assert "Helper inbox" not in sign_in(Client(), people.vetted).get("/en/membership/").content.decode()


def test_moderators_give_and_take_helper_roles(people):
    from forum.membership.models import AuditEntry

    moderator = sign_in(Client(), people.moderator)
    response = moderator.post("/en/safe-contact/helpers/", {"email": people.vetted.email, "country": "NL",
                                                            "language": "nl"})  # fmt: skip
    assert response.status_code == 302
    role = people.vetted.helper_roles.get()
    assert (role.country, role.language, role.granted_by) == ("NL", "nl", people.moderator)
    refused = moderator.post("/en/safe-contact/helpers/", {"email": "nobody@example.org", "country": "NL",
                                                           "language": "nl"})  # fmt: skip
    assert "There is no vetted member with this address." in refused.content.decode()
    assert 'value="nobody@example.org"' in refused.content.decode()
    moderator.post(f"/en/safe-contact/helpers/{role.pk}/revoke/")
    assert not people.vetted.helper_roles.exists()
    assert {"safe_contact_helper_granted", "safe_contact_helper_revoked"} <= set(
        AuditEntry.objects.values_list("action", flat=True)
    )
    helper = sign_in(Client(), people.belgian)
    assert helper.get("/en/safe-contact/helpers/").status_code == 403


def test_the_conversation_page_offers_no_way_into_the_forum(people, conversation):
    client = sign_in(Client(), people.belgian)
    html = client.get(f"/en/safe-contact/inbox/{conversation.pk}/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert "/forum/" not in main, "a conversation page links or posts into the forum"
    assert "do not copy it into the forum" in main
