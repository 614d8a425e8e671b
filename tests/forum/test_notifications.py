"""E-mails about new replies: at once or in a daily digest, in the recipient's
language, with one-click unsubscribe, and never with expert-area text."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from forum.community import notifications
from forum.community.models import ForumSubscription, NotificationSettings

from .conftest import make_topic, make_user, make_vetted


@pytest.fixture
def no_approval(settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0


def reply(topic, author, text, django_capture_on_commit_callbacks):
    from machina.core.db.models import get_model

    Post = get_model("forum_conversation", "Post")
    with django_capture_on_commit_callbacks(execute=True):
        return Post.objects.create(topic=topic, poster=author, subject=f"Re: {topic.subject}", content=text)


def test_immediate_email_for_expert_reply_has_a_link_and_no_text(
    forums, roles, no_approval, django_capture_on_commit_callbacks
):
    follower = make_vetted("follower@example.org", language="nl")
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "Shelter capacity in spring", "First post.")
    topic.subscribers.add(follower)
    mail.outbox.clear()
    reply(topic, roles["vetted"], "CONFIDENTIAL-REPLY-TEXT", django_capture_on_commit_callbacks)

    assert [m.to for m in mail.outbox] == [[follower.email]]
    message = mail.outbox[0]
    assert "CONFIDENTIAL-REPLY-TEXT" not in message.body and "Shelter capacity" not in message.body
    assert "Shelter capacity" not in message.subject
    assert "/nl/forum/" in message.body  # the link is in the recipient's language
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The link names the post by number: the topic's slug is its title.
    assert topic.slug not in message.body and "Hungary" not in message.body
    assert f"/nl/forum/community/posts/{topic.last_post_id}/" in message.body


def test_immediate_email_for_public_reply_quotes_it(forums, roles, no_approval, django_capture_on_commit_callbacks):
    follower = make_user("asker@example.org")
    topic, _post = make_topic(forums["Questions to the experts"], follower, "Who do I call?", "My question.")
    topic.subscribers.add(follower)
    mail.outbox.clear()
    reply(topic, roles["vetted"], "Call the national contact point.", django_capture_on_commit_callbacks)
    assert [m.to for m in mail.outbox] == [[follower.email]]
    assert "Call the national contact point." in mail.outbox[0].body
    assert "Who do I call?" in mail.outbox[0].subject


def test_nobody_hears_about_their_own_post_or_twice(forums, roles, no_approval, django_capture_on_commit_callbacks):
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "A topic", "First post.")
    topic.subscribers.add(roles["vetted"])
    mail.outbox.clear()
    post = reply(topic, roles["vetted"], "My own reply.", django_capture_on_commit_callbacks)
    assert mail.outbox == []
    other = make_vetted("other@example.org")
    topic.subscribers.add(other)
    with django_capture_on_commit_callbacks(execute=True):
        post.content = "Edited."
        post.save()
    assert mail.outbox == []  # an edit is no news


def test_member_who_lost_access_gets_nothing(forums, roles, no_approval, django_capture_on_commit_callbacks):
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "A topic", "First post.")
    topic.subscribers.add(roles["suspended"])
    ForumSubscription.objects.create(user=roles["unvetted"], forum=forums["Hungary"])
    mail.outbox.clear()
    reply(topic, roles["moderator"], "A reply.", django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_forum_subscription_brings_new_topics(client, forums, roles, no_approval, django_capture_on_commit_callbacks):
    follower = make_vetted("forumfan@example.org")
    client.force_login(follower)
    forum = forums["Belgium"]
    client.post(reverse("community:forum_subscription", args=[forum.pk]), {"subscribe": "1"})
    assert ForumSubscription.objects.filter(user=follower, forum=forum).exists()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        make_topic(forum, roles["vetted"], "New Belgian topic", "SECRET-BELGIAN-TEXT")
    assert [m.to for m in mail.outbox] == [[follower.email]]
    assert "SECRET-BELGIAN-TEXT" not in mail.outbox[0].body


def test_daily_digest_collects_replies_without_expert_text(
    forums, roles, no_approval, django_capture_on_commit_callbacks
):
    reader = make_vetted("digest@example.org", language="hu")
    NotificationSettings.objects.create(user=reader, frequency=NotificationSettings.Frequency.DAILY)
    expert_topic, _post = make_topic(forums["Netherlands"], roles["vetted"], "Dutch care question", "First.")
    public_topic, _post = make_topic(forums["Questions to the experts"], roles["unvetted"], "Public Q", "Ask.")
    expert_topic.subscribers.add(reader)
    public_topic.subscribers.add(reader)
    mail.outbox.clear()
    reply(expert_topic, roles["moderator"], "EXPERT-DIGEST-TEXT", django_capture_on_commit_callbacks)
    reply(public_topic, roles["vetted"], "PUBLIC-DIGEST-TEXT", django_capture_on_commit_callbacks)
    assert mail.outbox == []  # digest readers get nothing at once

    later = timezone.now() + datetime.timedelta(minutes=5)
    assert notifications.send_digests(now=later) == 1
    assert [m.to for m in mail.outbox] == [[reader.email]]
    body = mail.outbox[0].body
    assert "EXPERT-DIGEST-TEXT" not in body and "Dutch care question" not in body
    assert expert_topic.slug not in body and public_topic.slug not in body
    assert "PUBLIC-DIGEST-TEXT" in body
    assert "/hu/forum/" in body
    # Nothing new: no second digest.
    assert notifications.send_digests(now=later + datetime.timedelta(days=1)) == 0


def test_digest_command_runs(forums, capsys):
    from django.core.management import call_command

    call_command("send_forum_digests")
    assert "digest" in capsys.readouterr().out


def test_one_click_unsubscribe(client, forums, roles, no_approval):
    follower = make_vetted("leaver@example.org")
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "A topic", "First post.")
    topic.subscribers.add(follower)
    token = notifications.unsubscribe_token(follower, topic=topic)
    url = reverse("community:unsubscribe", args=[token])
    assert client.get(url).status_code == 200
    assert topic.subscribers.filter(pk=follower.pk).exists()  # a GET (a link scanner) changes nothing
    # A mail client's one-click POST: no session, no CSRF token.
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert NotificationSettings.objects.get(user=follower).frequency == NotificationSettings.Frequency.NEVER
    client.post(url, {"scope": "topic"})
    assert not topic.subscribers.filter(pk=follower.pk).exists()
    assert client.get(reverse("community:unsubscribe", args=[token + "x"])).status_code == 400


def test_notification_settings_page(client, forums, roles):
    client.force_login(roles["vetted"])
    url = reverse("community:notification_settings")
    assert client.get(url).status_code == 200
    assert client.post(url, {"frequency": "daily"}).status_code == 302
    assert NotificationSettings.objects.get(user=roles["vetted"]).frequency == "daily"


def test_moderators_hear_of_expert_area_posts_without_the_forum_or_topic(
    forums, roles, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    topic, post = make_topic(forums["Belgium"], roles["vetted"], "Waiting Belgian question", "First.", approved=False)
    notifications.tell_moderators_pending(post.pk)
    assert mail.outbox
    for message in mail.outbox:
        assert "Belgium" not in message.body and topic.slug not in message.body
        assert "A new post in the expert area is waiting" in message.body
        # The link leads to the post in the one review queue (forum.review), by number.
        assert f"/admin/review/?item=post-{post.pk}" in message.body


def test_post_link_leads_readers_to_the_post_and_others_nowhere(client, forums, roles, no_approval):
    topic, post = make_topic(forums["Hungary"], roles["vetted"], "Linked by number", "First post.")
    link = reverse("community:go_to_post", args=[post.pk])

    anonymous = client.get(link)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("account_login"))
    assert topic.slug not in anonymous["Location"]

    client.force_login(roles["unvetted"])
    assert client.get(link).status_code == 404

    client.force_login(roles["vetted"])
    response = client.get(link)
    assert response.status_code == 302
    assert response["Location"] == notifications.post_path(post)
    assert client.get(reverse("community:go_to_post", args=[post.pk + 1000])).status_code == 404
