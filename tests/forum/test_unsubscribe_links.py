"""The one-click unsubscribe link of a forum e-mail: opaque (a reader learns nothing
from it), new in every e-mail, and valid for a limited time, after which the page says
how to change one's e-mails after signing in."""

import base64
import binascii
import re
import zlib

import pytest
from dateutil.relativedelta import relativedelta
from django.core import mail
from django.utils import timezone

from forum.community.models import ForumSubscription, NotificationSettings, UnsubscribeLink

from .conftest import make_topic, make_vetted
from .test_notifications import reply

LINK = re.compile(r"https?://[^\s>]+/forum/community/unsubscribe/([^/\s>]+)/")


@pytest.fixture(autouse=True)
def no_approval(settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0


def tokens_in(message):
    found = set(LINK.findall(message.body)) | set(LINK.findall(message.extra_headers["List-Unsubscribe"]))
    assert len(found) == 1, found
    return found.pop()


def readings(token):
    """Everything a curious reader could decode from the token: each part as it is, as
    base64 (with or without padding) and as zlib-compressed base64, as Django signs it."""
    parts = {token, *re.split(r"[:.]", token)}
    out = set(parts)
    for part in parts:
        for candidate in (part, part.lstrip(".")):
            try:
                raw = base64.urlsafe_b64decode(candidate + "=" * (-len(candidate) % 4))
            except (binascii.Error, ValueError):
                continue
            out.add(raw.decode("latin-1"))
            try:
                out.add(zlib.decompress(raw).decode("latin-1"))
            except zlib.error:
                pass
    return out


def mail_a_reply(topic, author, text, capture):
    mail.outbox.clear()
    reply(topic, author, text, capture)
    assert len(mail.outbox) == 1
    return mail.outbox[0]


def test_the_link_says_nothing_about_the_reader(forums, roles, django_capture_on_commit_callbacks):
    reader = make_vetted("reader@example.org", id=918273645)
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "A topic", "First post.")
    topic.subscribers.add(reader)
    token = tokens_in(mail_a_reply(topic, roles["vetted"], "A reply.", django_capture_on_commit_callbacks))
    for reading in readings(token):
        for secret in (str(reader.pk), reader.email, "reader"):
            assert secret not in reading, (secret, reading)
    # Not kept in the clear either: the table cannot be used to unsubscribe anyone.
    link = UnsubscribeLink.objects.get(user=reader)
    assert token not in {str(value) for value in UnsubscribeLink.objects.values_list("digest", flat=True)}
    assert link.topic == topic


def test_every_email_gets_its_own_link_and_each_works(client, forums, roles, django_capture_on_commit_callbacks):
    reader = make_vetted("twice@example.org")
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "A topic", "First post.")
    topic.subscribers.add(reader)
    first = tokens_in(mail_a_reply(topic, roles["vetted"], "One.", django_capture_on_commit_callbacks))
    second = tokens_in(mail_a_reply(topic, roles["moderator"], "Two.", django_capture_on_commit_callbacks))
    assert first != second
    for token in (first, second):
        assert client.get(f"/en/forum/community/unsubscribe/{token}/").status_code == 200
    client.post(f"/en/forum/community/unsubscribe/{first}/", {"scope": "topic"})
    assert not topic.subscribers.filter(pk=reader.pk).exists()


def test_a_link_expires(client, forums, roles, django_capture_on_commit_callbacks, settings):
    reader = make_vetted("late@example.org", language="nl")
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "A topic", "First post.")
    topic.subscribers.add(reader)
    token = tokens_in(mail_a_reply(topic, roles["vetted"], "A reply.", django_capture_on_commit_callbacks))
    link = UnsubscribeLink.objects.get(user=reader)
    valid_for = settings.RETENTION["unsubscribe_links"]
    assert timezone.now() + valid_for - relativedelta(minutes=1) < link.expires_at <= timezone.now() + valid_for

    UnsubscribeLink.objects.filter(pk=link.pk).update(expires_at=timezone.now() - relativedelta(seconds=1))
    url = f"/nl/forum/community/unsubscribe/{token}/"
    response = client.get(url)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Deze link is verlopen of niet geldig" in page
    assert 'href="/nl/forum/community/notifications/"' in page
    # A mail client's one-click POST changes nothing either.
    assert client.post(url, {"List-Unsubscribe": "One-Click"}).status_code == 400
    assert not NotificationSettings.objects.filter(
        user=reader, frequency=NotificationSettings.Frequency.NEVER
    ).exists()
    assert topic.subscribers.filter(pk=reader.pk).exists()

    english = client.get(f"/en/forum/community/unsubscribe/{token}/").content.decode()
    assert "This link has expired or is not valid" in english


def test_a_forum_follower_can_stop_that_forum(client, forums, roles, django_capture_on_commit_callbacks):
    reader = make_vetted("forumfan@example.org")
    ForumSubscription.objects.create(user=reader, forum=forums["Hungary"])
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "A topic", "First post.")
    token = tokens_in(mail_a_reply(topic, roles["vetted"], "A reply.", django_capture_on_commit_callbacks))
    url = f"/en/forum/community/unsubscribe/{token}/"
    assert "Stop e-mails about this forum" in client.get(url).content.decode()
    client.post(url, {"scope": "forum"})
    assert not ForumSubscription.objects.filter(user=reader).exists()
    assert not NotificationSettings.objects.filter(
        user=reader, frequency=NotificationSettings.Frequency.NEVER
    ).exists()
