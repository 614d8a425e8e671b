"""@mentions (issue 13): a member named in a post hears of it by e-mail, in their language and
without expert-area text, only if they may read the discussion; a follower who is also named
gets one e-mail, not two."""

import pytest
from django.core import mail

from forum.community import notifications
from forum.community.models import NotificationSettings

from .conftest import make_topic, make_user, make_vetted
from .test_notifications import reply


@pytest.fixture
def no_approval(settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0


def test_mentioned_names_ignore_e_mail_addresses_and_repeat_once():
    text = "Ask @anna-k and @b.tamas, or write to office@example.org. Thanks @anna-k!"
    assert notifications.mentioned_names(text) == ["anna-k", "b.tamas"]


def test_a_mentioned_reader_is_told_without_the_expert_text(forums, roles, no_approval,
                                                            django_capture_on_commit_callbacks):  # fmt: skip
    colleague = make_vetted("colleague@example.org", language="hu")
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "Return to Miskolc", "First post.")
    mail.outbox.clear()
    reply(topic, roles["vetted"], f"@{colleague.username} MENTION-SECRET-TEXT", django_capture_on_commit_callbacks)
    assert [message.to for message in mail.outbox] == [[colleague.email]]
    message = mail.outbox[0]
    assert message.subject == "Megemlítették Önt a szakértői térben"
    assert "MENTION-SECRET-TEXT" not in message.body and "Miskolc" not in message.body
    assert f"/hu/forum/community/posts/{topic.last_post_id}/" in message.body


def test_a_public_mention_quotes_the_post(forums, roles, no_approval, django_capture_on_commit_callbacks):
    asker = make_user("asker@example.org")
    topic, _post = make_topic(forums["Questions to the experts"], asker, "Who do I call?", "My question.")
    mail.outbox.clear()
    reply(topic, asker, f"@{roles['vetted'].username} could you answer?", django_capture_on_commit_callbacks)
    assert [message.to for message in mail.outbox] == [[roles["vetted"].email]]
    assert "could you answer?" in mail.outbox[0].body and "Who do I call?" in mail.outbox[0].subject


@pytest.mark.parametrize("outsider", ["unvetted", "pending", "expired", "suspended"])
def test_someone_who_cannot_read_the_discussion_is_not_told(forums, roles, no_approval, outsider,
                                                            django_capture_on_commit_callbacks):  # fmt: skip
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "A case", "First post.")
    mail.outbox.clear()
    post = reply(topic, roles["vetted"], f"@{roles[outsider].username} see this", django_capture_on_commit_callbacks)
    # Nothing about the post; an overdue membership is expired first, which sends its own notice.
    assert not [message for message in mail.outbox if f"/posts/{post.pk}/" in message.body]
    assert not [message for message in mail.outbox if "mentioned" in message.subject]
    if outsider != "expired":
        assert mail.outbox == []


def test_a_follower_who_is_mentioned_gets_one_e_mail_and_never_means_never(
    forums, roles, no_approval, django_capture_on_commit_callbacks
):
    follower = make_vetted("follower@example.org")
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "A case", "First post.")
    topic.subscribers.add(follower)
    mail.outbox.clear()
    reply(topic, roles["vetted"], f"@{follower.username} what do you think?", django_capture_on_commit_callbacks)
    assert [message.to for message in mail.outbox] == [[follower.email]]
    assert "mentioned" in mail.outbox[0].subject

    NotificationSettings.objects.update_or_create(user=follower, defaults={"frequency": "never"})
    mail.outbox.clear()
    reply(topic, roles["vetted"], f"@{follower.username} again", django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_writing_your_own_name_tells_nobody(forums, roles, no_approval, django_capture_on_commit_callbacks):
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "A case", "First post.")
    mail.outbox.clear()
    reply(topic, roles["vetted"], f"I, @{roles['vetted'].username}, add this.", django_capture_on_commit_callbacks)
    assert mail.outbox == []
