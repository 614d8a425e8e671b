"""@mentions (issue 13): a member named in a post hears of it by e-mail, in their language and
without expert-area text, only if they may read the discussion; a follower who is also named
gets one e-mail, not two."""

import pytest
from django.core import mail
from machina.core.db.models import get_model

from forum.community import notifications
from forum.community.models import NotificationSettings

from .conftest import make_topic, make_user, make_vetted
from .test_moderation import form_data
from .test_notifications import reply
from .test_replies_that_flow import edit_url

Post = get_model("forum_conversation", "Post")


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


def edit(client, post, text, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(post), form_data(post.subject, text))
    assert response.status_code == 302, response.content.decode()[:2000]


def test_an_edit_tells_only_the_members_it_newly_mentions(
    client, forums, roles, no_approval, django_capture_on_commit_callbacks
):
    first = make_vetted("first@example.org")
    second = make_vetted("second@example.org", language="hu")
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "A case", "First post.")
    post = reply(topic, roles["vetted"], f"@{first.username} have a look", django_capture_on_commit_callbacks)
    client.force_login(roles["vetted"])

    mail.outbox.clear()
    edit(client, post, f"@{first.username} and @{second.username} have a look", django_capture_on_commit_callbacks)
    assert [message.to for message in mail.outbox] == [[second.email]]
    assert mail.outbox[0].subject == "Megemlítették Önt a szakértői térben"

    # Taking a name out and putting it back tells nobody again; nor does a plain correction.
    mail.outbox.clear()
    edit(client, post, "Have a look", django_capture_on_commit_callbacks)
    edit(
        client, post, f"@{second.username}, @{first.username}: have a look, please", django_capture_on_commit_callbacks
    )
    assert mail.outbox == []
    # Someone who may not read the forum is not told by an edit either.
    edit(client, post, f"@{roles['unvetted'].username} have a look", django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_a_post_awaiting_approval_tells_the_members_its_approved_words_mention(
    client, forums, roles, settings, django_capture_on_commit_callbacks
):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 5
    newcomer = make_vetted("newcomer@example.org")
    colleague = make_vetted("colleague@example.org")
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "A case", "First post.")
    post = Post.objects.create(
        topic=topic, poster=newcomer, subject="Re: A case", content="A first draft.", approved=False
    )
    client.force_login(newcomer)
    mail.outbox.clear()
    edit(client, post, f"@{colleague.username} a first draft", django_capture_on_commit_callbacks)
    assert not [message for message in mail.outbox if message.to == [colleague.email]]
    post.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        post.approved = True
        post.save()
    assert [message.to for message in mail.outbox if "mentioned" in message.subject] == [[colleague.email]]


def test_the_members_export_lists_the_mentions_they_were_told_of_and_erasure_forgets_them(
    forums, roles, no_approval, django_capture_on_commit_callbacks
):
    from forum.community.models import MentionNotice
    from forum.membership.privacy import erase_traces, export_user_data

    colleague = make_vetted("colleague@example.org")
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "Return to Miskolc", "First post.")
    post = reply(topic, roles["vetted"], f"@{colleague.username} see this", django_capture_on_commit_callbacks)
    [told] = export_user_data(colleague)["forum"]["mentions_told"]
    assert told["post_id"] == post.pk and told["topic"] == "Return to Miskolc"
    erase_traces(colleague)
    assert not MentionNotice.objects.filter(user=colleague).exists()
