"""Safe-contact fixtures: helpers made the way moderators make them (a HelperRole for a vetted
member), moderators with and without 2FA, and a person's browser (the test client) writing."""

from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import cache

from safecontact.models import HelperRole
from tests.accounts.mfa import force_login_with_2fa, give_mfa
from tests.forum.conftest import make_user, make_vetted


def make_helper(email, *scopes, language="en"):
    user = make_vetted(email, language=language)
    for country, answer_language in scopes:
        HelperRole.objects.create(user=user, country=country, language=answer_language)
    give_mfa(user)
    return user


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def people(db):
    moderator = make_user("moderator@example.org", groups=(settings.MODERATORS_GROUP,))
    give_mfa(moderator)
    return SimpleNamespace(
        belgian=make_helper("helper-be@example.org", ("BE", "hu"), ("BE", "nl")),
        hungarian=make_helper("helper-hu@example.org", ("HU", "hu"), language="hu"),
        dutch=make_helper("helper-nl@example.org", ("NL", "hu"), ("NL", "en")),
        vetted=make_vetted("vetted@example.org"),
        moderator=moderator,
        moderator_without_2fa=make_user("moderator-no-2fa@example.org", groups=(settings.MODERATORS_GROUP,)),
    )


def sign_in(client, user):
    return force_login_with_2fa(client, user)


def write(client, *, country="BE", language="hu", body="Elvették az útlevelemet.", language_prefix="hu", **extra):
    headers = {key: extra.pop(key) for key in list(extra) if key.startswith("HTTP_")}
    data = {"country": country, "language": language, "body": body, "contact": "here", "website": "", **extra}
    return client.post(f"/{language_prefix}/safe-contact/", data, **headers)


def receipt_code(response):
    import re

    match = re.search(r'<p class="receipt__code">([\d ]+)</p>', response.content.decode())
    assert match, "no receipt code on the page"
    return match.group(1)


def check(client, code, language_prefix="hu", **extra):
    headers = {key: extra.pop(key) for key in list(extra) if key.startswith("HTTP_")}
    return client.post(f"/{language_prefix}/safe-contact/check/", {"code": code, **extra}, **headers)
