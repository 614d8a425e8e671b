"""allauth's e-mails speak as the platform, from its public address, in the reader's language."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import override_settings

from tests.membership.conftest import make_user

PUBLIC = "https://ravot-eur.example.org"
GREETING = {"en": "Hello,", "hu": "Tisztelt Címzett!"}


@pytest.fixture(autouse=True)
def public_base_url():
    cache.clear()
    with override_settings(SITE_BASE_URL=PUBLIC):
        yield
    cache.clear()


def assert_speaks_as_the_platform(message, language, *, username=None):
    text = message.subject + "\n" + message.body
    assert message.from_email.startswith("RAVOT-EUR <")
    for host in ("127.0.0.1", "localhost", "testserver", ":8000", ":8090"):
        assert host not in text
    if username:
        assert username not in text
    assert GREETING[language] in message.body
    links = re.findall(r"https?://\S+", message.body)
    assert links and all(link.startswith(PUBLIC + "/") for link in links)


@pytest.mark.parametrize("language", ["en", "hu"])
def test_signup_confirmation(client, db, language):
    client.post(
        f"/{language}/accounts/signup/",
        {"email": "new@example.org", "password1": "Vörös-hajnal-2014", "password2": "Vörös-hajnal-2014"},
    )
    username = get_user_model().objects.get(email="new@example.org").username
    (message,) = mail.outbox
    assert_speaks_as_the_platform(message, language, username=username)
    assert "/accounts/confirm-email/" in message.body


@pytest.mark.parametrize("language", ["en", "hu"])
def test_password_reset(client, db, language):
    user = make_user("zsofia.reset@example.org", language=language)
    client.post(f"/{language}/accounts/password/reset/", {"email": "zsofia.reset@example.org"})
    (message,) = mail.outbox
    assert_speaks_as_the_platform(message, language, username=user.username)
    assert "/accounts/password/reset/key/" in message.body


@pytest.mark.parametrize("language", ["en", "hu"])
def test_email_change_confirmation(client, db, language):
    user = make_user("pieter.old@example.org", language=language)
    client.force_login(user)
    client.post(f"/{language}/accounts/email/", {"action_add": "", "email": "new@example.org"})
    (message,) = [message for message in mail.outbox if message.to == ["new@example.org"]]
    assert_speaks_as_the_platform(message, language, username=user.username)
