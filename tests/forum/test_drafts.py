"""Drafts kept while writing (issue 13, item 2): a reply or a new topic that is not posted yet
is kept on the server for its writer alone, comes back into the form, and goes when it is
posted, discarded or left alone for the retention period."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from forum.community.drafts import MAX_DRAFT_LENGTH
from forum.community.models import PostDraft
from forum.membership import retention
from forum.membership.privacy import erase_traces, export_user_data

from .conftest import make_topic, make_vetted
from .test_moderation import form_data
from .test_replies_that_flow import reply_url as replies_reply_url

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def topic(forums, roles, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "Return to Miskolc", "First post.")
    return topic


def reply_url(topic, **query):
    url = replies_reply_url(topic)
    return url + ("?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else "")


def topic_url(forum):
    return reverse("forum_conversation:topic_create", kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk})


def reply_draft_url(topic):
    return reverse("community:save_reply_draft", args=[topic.pk])


def test_a_reply_draft_is_kept_comes_back_and_goes_once_posted(client, topic, roles):
    writer = make_vetted("writer@example.org")
    client.force_login(writer)
    response = client.post(reply_draft_url(topic), {"subject": "Re: Return", "content": "HALF-WRITTEN-REPLY"}, **JSON)
    assert response.status_code == 200 and response.json()["saved"] is True

    page = client.get(reply_url(topic)).content.decode()
    assert "HALF-WRITTEN-REPLY</textarea>" in page
    assert "This form holds your draft saved on" in page and "Discard draft" in page

    # Nobody else ever sees it, not even the topic's writer replying in the same topic.
    client.force_login(roles["vetted"])
    assert "HALF-WRITTEN-REPLY" not in client.get(reply_url(topic)).content.decode()

    client.force_login(writer)
    response = client.post(reply_url(topic), form_data("Re: Return", "The finished reply."))
    assert response.status_code == 302
    assert not PostDraft.objects.filter(user=writer).exists()
    assert "HALF-WRITTEN-REPLY" not in client.get(reply_url(topic)).content.decode()


def test_a_preview_or_a_refused_post_keeps_the_draft(client, topic, roles):
    client.force_login(roles["vetted"])
    client.post(reply_draft_url(topic), {"content": "KEPT-WHILE-PREVIEWING"}, **JSON)
    client.post(reply_url(topic), form_data("Re: Return", "KEPT-WHILE-PREVIEWING", preview="1"))
    assert PostDraft.objects.filter(user=roles["vetted"], content="KEPT-WHILE-PREVIEWING").exists()


def test_a_new_topic_draft_is_kept_per_forum(client, forums, roles):
    client.force_login(roles["vetted"])
    url = reverse("community:save_topic_draft", args=[forums["Hungary"].pk])
    client.post(url, {"subject": "Shelter places in Szeged", "content": "A TOPIC IN THE MAKING"}, **JSON)
    page = client.get(topic_url(forums["Hungary"])).content.decode()
    assert 'value="Shelter places in Szeged"' in page and "A TOPIC IN THE MAKING</textarea>" in page
    assert "A TOPIC IN THE MAKING" not in client.get(topic_url(forums["Belgium"])).content.decode()


def test_without_javascript_the_buttons_save_and_discard(client, topic, roles):
    client.force_login(roles["vetted"])
    form = client.get(reply_url(topic)).content.decode()
    assert f'formaction="{reply_draft_url(topic)}"' in form and "Save draft" in form
    assert "Discard draft" not in form  # nothing to discard yet

    response = client.post(
        reply_draft_url(topic),
        {**form_data("Re: Return", "SAVED BY THE BUTTON"), "next": reply_url(topic)},
        follow=True,
    )
    page = response.content.decode()
    assert response.redirect_chain[-1][0] == reply_url(topic)
    assert "Your draft is saved" in page and "SAVED BY THE BUTTON</textarea>" in page

    response = client.post(
        reply_draft_url(topic),
        {**form_data("Re: Return", "SAVED BY THE BUTTON"), "discard": "1", "next": reply_url(topic)},
        follow=True,
    )
    assert "Your draft is discarded." in response.content.decode()
    assert not PostDraft.objects.exists()


def test_an_address_elsewhere_is_not_followed(client, topic, roles):
    client.force_login(roles["vetted"])
    response = client.post(reply_draft_url(topic), {"content": "x", "next": "https://evil.example.org/"})
    assert response["Location"] == "/"


def test_a_too_long_draft_is_refused_and_the_saved_one_kept(client, topic, roles):
    client.force_login(roles["vetted"])
    client.post(reply_draft_url(topic), {"content": "THE SAVED DRAFT"}, **JSON)
    response = client.post(reply_draft_url(topic), {"content": "x" * (MAX_DRAFT_LENGTH + 1)}, **JSON)
    assert response.status_code == 400
    assert response.json()["error"] == (
        "The draft is too long to be kept (at most 100,000 characters). Nothing was changed."
    )
    assert PostDraft.objects.get().content == "THE SAVED DRAFT"


def test_an_emptied_form_leaves_no_draft(client, topic, roles):
    client.force_login(roles["vetted"])
    client.post(reply_draft_url(topic), {"content": "something"}, **JSON)
    assert client.post(reply_draft_url(topic), {"subject": " ", "content": "  "}, **JSON).json()["discarded"]
    assert not PostDraft.objects.exists()


@pytest.mark.parametrize("role", ["unvetted", "pending", "expired", "suspended"])
def test_only_those_who_may_write_there_keep_a_draft(client, topic, roles, role):
    client.force_login(roles[role])
    assert client.post(reply_draft_url(topic), {"content": "x"}, **JSON).status_code == 404
    assert not PostDraft.objects.exists()


def test_anonymous_visitors_keep_no_draft(client, topic):
    response = client.post(reply_draft_url(topic), {"content": "x"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not PostDraft.objects.exists()


def test_a_quote_asked_for_goes_after_the_draft(client, topic, roles):
    writer = make_vetted("writer@example.org")
    client.force_login(writer)
    client.post(reply_draft_url(topic), {"content": "MY OWN WORDS"}, **JSON)
    page = client.get(reply_url(topic, quote=topic.first_post_id)).content.decode()
    assert "MY OWN WORDS\n\n&gt; **vetted** wrote:" in page
    assert f'data-quote-start="{len("MY OWN WORDS") + 2}"' in page


def test_the_retention_job_deletes_drafts_left_alone(topic, roles):
    fresh = PostDraft.objects.create(user=roles["vetted"], topic=topic, content="recent")
    stale = PostDraft.objects.create(user=make_vetted("writer@example.org"), topic=topic, content="old")
    PostDraft.objects.filter(pk=stale.pk).update(updated_at=timezone.now() - datetime.timedelta(days=31))
    assert {outcome.label: outcome.count for outcome in retention.due()}["forum drafts left alone to delete"] == 1
    retention.apply()
    assert list(PostDraft.objects.all()) == [fresh]


def test_the_export_holds_the_drafts_and_erasure_deletes_them(topic, roles):
    writer = make_vetted("writer@example.org")
    PostDraft.objects.create(user=writer, topic=topic, subject="Re: Return", content="MY-DRAFT-TEXT")
    [draft] = export_user_data(writer)["forum"]["drafts"]
    assert draft["content"] == "MY-DRAFT-TEXT" and draft["topic"] == "Return to Miskolc" and draft["kind"] == "reply"
    erase_traces(writer)
    assert not PostDraft.objects.filter(user=writer).exists()
