"""Issue 13, item 2, "Replies that flow": quoting a post into a reply, unread markers with a
"First unread" link, and the earlier versions of edited posts for the forum's moderators."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from machina.core.db.models import get_model

from forum.community.models import PostRevision
from forum.membership.data_export import export_user_data
from forum.membership.privacy import erase_traces
from tests.accounts.mfa import force_login_with_2fa

from .conftest import make_topic, make_vetted

Post = get_model("forum_conversation", "Post")
TopicReadTrack = get_model("forum_tracking", "TopicReadTrack")

pytestmark = pytest.mark.django_db
ForumReadTrack = get_model("forum_tracking", "ForumReadTrack")
FORMSETS = {
    "attachment-TOTAL_FORMS": "0",
    "attachment-INITIAL_FORMS": "0",
    "attachment-MIN_NUM_FORMS": "0",
    "attachment-MAX_NUM_FORMS": "5",
}


def topic_url(topic):
    return reverse(
        "forum_conversation:topic",
        kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum_id, "slug": topic.slug, "pk": topic.pk},
    )


def reply_url(topic):
    return reverse(
        "forum_conversation:post_create",
        kwargs={
            "forum_slug": topic.forum.slug,
            "forum_pk": topic.forum_id,
            "topic_slug": topic.slug,
            "topic_pk": topic.pk,
        },
    )


def edit_url(post):
    topic = post.topic
    return reverse(
        "forum_conversation:post_update",
        kwargs={
            "forum_slug": topic.forum.slug,
            "forum_pk": topic.forum_id,
            "topic_slug": topic.slug,
            "topic_pk": topic.pk,
            "pk": post.pk,
        },
    )


@pytest.fixture
def world(forums, roles, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    writer = roles["vetted"]
    topic, head = make_topic(
        forums["Hungary"], writer, "Referral from Győr", "First line of the referral.\n\nSecond paragraph here."
    )
    reader = make_vetted("reader@example.org")
    reply = Post.objects.create(topic=topic, poster=reader, subject="Re: Referral from Győr", content="READER-REPLY")
    public_topic, public_head = make_topic(
        forums["Questions to the experts"], writer, "A public question", "PUBLIC-QUESTION-TEXT"
    )
    return {"topic": topic, "head": head, "reply": reply, "writer": writer, "reader": reader,
            "public_topic": public_topic, "public_head": public_head, **roles}  # fmt: skip


# Quoting


def test_a_member_who_may_reply_quotes_a_post_with_its_writer_name(client, world):
    client.force_login(world["reader"])
    page = client.get(topic_url(world["topic"])).content.decode()
    quote_link = f"{reply_url(world['topic'])}?quote={world['head'].pk}#id_content"
    assert quote_link in page
    form = client.get(f"{reply_url(world['topic'])}?quote={world['head'].pk}").content.decode()
    assert "&gt; **vetted** wrote:\n&gt;\n&gt; First line of the referral.\n&gt;\n&gt; Second paragraph here." in form
    # The script that narrows the quote to a selection is a file (the CSP allows no inline script).
    assert "community/replies.js" in form and 'data-quote-heading="&gt; **vetted** wrote:"' in form


def test_readers_who_may_not_reply_see_no_quote_link(client, world):
    # Anonymous readers read the public question forum but may not reply there.
    page = client.get(topic_url(world["public_topic"])).content.decode()
    assert "PUBLIC-QUESTION-TEXT" in page
    assert "?quote=" not in page and "community/replies.js" not in page


def test_a_quote_never_carries_a_post_the_reader_cannot_read(client, world):
    # A signed-in member who is not vetted may reply in the public forum, never read the expert one.
    unvetted = world["unvetted"]
    client.force_login(world["writer"])
    url = reply_url(world["public_topic"])
    # A post of another topic is never quoted, even for a reader of both.
    assert "First line of the referral" not in client.get(f"{url}?quote={world['head'].pk}").content.decode()
    client.force_login(unvetted)
    response = client.get(f"{url}?quote={world['head'].pk}")
    assert "First line of the referral" not in response.content.decode()
    # A post that waits for approval is not quoted either.
    hidden = Post.objects.create(
        topic=world["topic"], poster=world["reader"], subject="Re", content="PENDING-WORDS", approved=False
    )
    client.force_login(world["writer"])
    response = client.get(f"{reply_url(world['topic'])}?quote={hidden.pk}")
    assert response.status_code == 200 and "PENDING-WORDS" not in response.content.decode()
    response = client.get(f"{reply_url(world['topic'])}?quote=nonsense")
    assert response.status_code == 200


def test_a_reply_with_a_quote_is_posted_as_markdown_blockquote(client, world):
    client.force_login(world["reader"])
    url = reply_url(world["topic"])
    content = "> **vetted** wrote:\n>\n> First line of the referral.\n\nI agree with this."
    response = client.post(url, {"subject": "Re: Referral from Győr", "content": content, **FORMSETS})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "<blockquote>" in page and "I agree with this." in page


# Unread markers and "First unread"


def forum_url(forum):
    return reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk})


def test_unread_marker_and_first_unread_lead_to_the_first_post_not_read(client, world):
    topic, reader = world["topic"], world["reader"]
    client.force_login(reader)
    listing = client.get(forum_url(topic.forum)).content.decode()
    first_unread = reverse("community:first_unread", args=[topic.pk])
    assert "Unread posts" in listing and first_unread in listing
    # Never read: the first post.
    response = client.get(first_unread)
    assert response["Location"].endswith(f"?post={world['head'].pk}#{world['head'].pk}")
    client.get(topic_url(topic))  # reading the topic marks it read (machina's tracking)
    listing = client.get(forum_url(topic.forum)).content.decode()
    assert "Unread posts" not in listing and first_unread not in listing

    # Fourteen more replies read, then twenty new ones by someone else: the first new one is
    # post 17, on page 2 of 15 posts a page.
    for number in range(14):
        Post.objects.create(topic=topic, poster=world["writer"], subject="Re", content=f"OLD-{number}")
    TopicReadTrack.objects.filter(user=reader, topic=topic).update(mark_time=timezone.now())
    ForumReadTrack.objects.filter(user=reader, forum=topic.forum).update(mark_time=timezone.now())
    later = timezone.now() + datetime.timedelta(minutes=5)
    posts = []
    for number in range(20):
        post = Post.objects.create(topic=topic, poster=world["writer"], subject="Re", content=f"NEW-{number}")
        Post.objects.filter(pk=post.pk).update(created=later + datetime.timedelta(seconds=number))
        posts.append(post)
    topic.refresh_from_db()
    topic.last_post_on = later + datetime.timedelta(seconds=20)
    topic.save()
    listing = client.get(forum_url(topic.forum)).content.decode()
    assert "Unread posts" in listing
    response = client.get(first_unread)
    assert response["Location"].endswith(f"?post={posts[0].pk}#{posts[0].pk}")
    page = client.get(response["Location"])
    html = page.content.decode()
    assert f'id="{posts[0].pk}"' in html and "NEW-0<" in html and "READER-REPLY" not in html
    assert page.context["page_obj"].number == 2


def test_first_unread_is_for_members_who_may_read_the_topic(client, world):
    url = reverse("community:first_unread", args=[world["topic"].pk])
    assert client.get(url)["Location"].startswith(reverse("account_login"))
    client.force_login(world["unvetted"])
    assert client.get(url).status_code == 404
    # Anonymous readers of a public forum get no marker.
    client.logout()
    listing = client.get(forum_url(world["public_topic"].forum)).content.decode()
    assert "Unread posts" not in listing and "first-unread" not in listing


# Edit history


def edit(client, post, content, reason=""):
    data = {"subject": post.subject, "content": content, "update_reason": reason, **FORMSETS}
    return client.post(edit_url(post), data)


def test_an_edit_keeps_the_previous_version_for_moderators_only(client, world):
    reply, reader, moderator = world["reply"], world["reader"], world["moderator"]
    client.force_login(reader)
    assert edit(client, reply, "READER-REPLY-SECOND", "typo").status_code == 302
    revision = PostRevision.objects.get(post=reply)
    assert revision.content == "READER-REPLY" and revision.written_by == reader and revision.edited_by == reader
    # An edit that changes nothing keeps nothing.
    reply.refresh_from_db()
    edit(client, reply, "READER-REPLY-SECOND")
    assert PostRevision.objects.filter(post=reply).count() == 1

    history = reverse("community:post_history", args=[reply.pk])
    page = client.get(topic_url(reply.topic)).content.decode()
    assert "Edited" in page and history not in page and "Edited · history" not in page
    assert client.get(history).status_code == 404

    # A moderator whose session has no second factor is a visitor: no history.
    client.force_login(moderator)
    assert history not in client.get(topic_url(reply.topic)).content.decode()
    assert client.get(history).status_code in (302, 404)

    force_login_with_2fa(client, moderator)
    page = client.get(topic_url(reply.topic)).content.decode()
    assert "Edited · history" in page and history in page
    page = client.get(history).content.decode()
    assert "READER-REPLY-SECOND" in page and "READER-REPLY<" in page and "Replaced by reader" in page


def test_a_moderators_edit_is_kept_and_the_topic_head_too(client, world):
    head, moderator = world["head"], world["moderator"]
    force_login_with_2fa(client, moderator)
    topic = head.topic
    url = reverse(
        "forum_conversation:topic_update",
        kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum_id, "slug": topic.slug, "pk": topic.pk},
    )
    response = client.post(
        url,
        {
            "subject": topic.subject,
            "content": "Rewritten by a moderator.",
            "update_reason": "x",
            **{f"poll-{name}": value for name, value in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))},
            **FORMSETS,
        },
    )
    assert response.status_code == 302
    revision = PostRevision.objects.get(post=head)
    assert revision.content.startswith("First line") and revision.edited_by == moderator
    assert revision.written_by == world["writer"]


def test_erasure_and_export_treat_the_versions_like_the_posts(client, world):
    reply, reader = world["reply"], world["reader"]
    client.force_login(reader)
    edit(client, reply, "READER-REPLY-SECOND")
    versions = export_user_data(reader)["forum"]["posts"]
    exported = {post["post_id"]: post for post in versions}[reply.pk]
    assert exported["earlier_versions"][0]["content"] == "READER-REPLY"
    assert "earlier_versions" not in str(export_user_data(world["writer"])["forum"]["posts"][0]) or not any(
        post["earlier_versions"] for post in export_user_data(world["writer"])["forum"]["posts"]
    )

    # Keeping the text keeps the versions, signed by nobody.
    erase_traces(reader, keep_text=True)
    revision = PostRevision.objects.get(post=reply)
    assert revision.written_by is None and revision.edited_by is None and revision.content == "READER-REPLY"

    # Removing the text removes the versions too.
    other = make_vetted("other@example.org")
    client.force_login(other)
    post = Post.objects.create(topic=world["topic"], poster=other, subject="Re", content="OTHER-FIRST")
    edit(client, post, "OTHER-SECOND")
    assert PostRevision.objects.filter(post=post).exists()
    erase_traces(other, keep_text=False)
    assert not PostRevision.objects.filter(post=post).exists()
    assert "OTHER-FIRST" not in str(list(PostRevision.objects.values_list("content", flat=True)))
