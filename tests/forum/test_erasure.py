"""Deleting an account erases the member and keeps every word other members wrote."""

import os

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from machina.core.db.models import get_model
from machina.core.loading import get_class
from wagtail.models import Locale

from directory.models import Expert, Organisation
from forum.community.models import ForumSubscription, NotificationSettings, RejectedPost
from forum.membership.audit import pseudonym_for
from forum.membership.models import AuditEntry

from .conftest import PASSWORD, give_mfa, make_topic, make_vetted

Topic = get_model("forum_conversation", "Topic")
Post = get_model("forum_conversation", "Post")
Attachment = get_model("forum_attachments", "Attachment")
ForumProfile = get_model("forum_member", "ForumProfile")
TopicReadTrack = get_model("forum_tracking", "TopicReadTrack")
attachments_cache = get_class("forum_attachments.cache", "cache")


@pytest.fixture
def leaving(forums, roles, settings):
    """Lena started a topic Viktor answered, replied in Viktor's topic, started a topic
    nobody answered, attached a file, and has everything else a member can have."""
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    lena = make_vetted("lena@example.org", first_name="Lena", last_name="Leaving")
    viktor = roles["vetted"]
    forum = forums["Hungary"]
    started, lena_head = make_topic(forum, lena, "Shelter capacity in Győr", "LENA-QUESTION-TEXT")
    viktor_answer = Post.objects.create(
        topic=started, poster=viktor, subject="Re: Shelter capacity in Győr", content="VIKTOR-ANSWER-TEXT"
    )
    viktors_topic, viktor_head = make_topic(forum, viktor, "Referral to Antwerp", "VIKTOR-QUESTION-TEXT")
    lena_reply = Post.objects.create(
        topic=viktors_topic, poster=lena, subject="Re: Referral to Antwerp", content="LENA-REPLY-TEXT"
    )
    lonely, _post = make_topic(forum, lena, "Nobody answered this", "LENA-LONELY-TEXT")
    attachment = Attachment.objects.create(
        post=lena_head, file=SimpleUploadedFile("lena-notes.pdf", b"%PDF-1.4\n%lena\n", content_type="application/pdf")
    )
    ForumProfile.objects.update_or_create(user=lena, defaults={"signature": "LENA-SIGNATURE"})
    started.subscribers.add(lena)
    ForumSubscription.objects.create(user=lena, forum=forum)
    NotificationSettings.for_user(lena)
    TopicReadTrack.objects.create(user=lena, topic=viktors_topic)
    RejectedPost.objects.create(author=lena, subject="Rejected", content="LENA-REJECTED", reason="Off topic")
    give_mfa(lena)
    organisation = Organisation.objects.create(
        name="Sample NGO", slug="sample-ngo", kind="ngo", country="HU", city="Budapest", locale=Locale.get_default()
    )
    Expert.objects.create(organisation=organisation, full_name="Lena Leaving", email="lena@example.org", user=lena)
    Expert.objects.create(organisation=organisation, full_name="Lena L.", email="LENA@example.org")
    Expert.objects.create(organisation=organisation, full_name="Someone Else", email="else@example.org")
    return {
        "lena": lena,
        "viktor": viktor,
        "forum": forum,
        "started": started,
        "lena_head": lena_head,
        "viktor_answer": viktor_answer,
        "viktors_topic": viktors_topic,
        "lena_reply": lena_reply,
        "lonely": lonely,
        "attachment_path": attachment.file.path,
    }


def _delete_via_page(client, user, posts):
    client.force_login(user)
    client.session.save()
    key = f"attachments_{client.session.session_key}"
    attachments_cache.set(key, {"file": SimpleUploadedFile("draft.jpg", b"draft", content_type="image/jpeg")})
    assert attachments_cache.get(key)
    response = client.post("/en/membership/delete-account/", {"password": PASSWORD, "confirm": "on", "posts": posts})
    assert response.status_code == 302
    assert not attachments_cache.get(key), "the attachments of an unfinished post left the cache"


def test_deleting_an_account_keeps_other_members_replies_and_removes_the_member(client, leaving):
    lena, viktor, started = leaving["lena"], leaving["viktor"], leaving["started"]
    lena_id = lena.pk
    _delete_via_page(client, lena, "remove")

    assert not get_user_model().objects.filter(pk=lena_id).exists()
    # Lena's topic survives with Viktor's answer; machina's counters and pointers are right.
    started.refresh_from_db()
    assert started.poster_id is None
    assert started.posts_count == 2
    assert started.first_post_id == leaving["lena_head"].pk
    assert started.last_post_id == leaving["viktor_answer"].pk
    assert Post.objects.get(pk=leaving["viktor_answer"].pk).content.raw == "VIKTOR-ANSWER-TEXT"
    # Her posts stay as placeholders without text or author.
    head = Post.objects.get(pk=leaving["lena_head"].pk)
    reply = Post.objects.get(pk=leaving["lena_reply"].pk)
    for post in (head, reply):
        assert post.poster_id is None and post.username is None and post.content.raw == ""
    assert reply.subject == "Re: Referral to Antwerp"
    assert Topic.objects.get(pk=leaving["viktors_topic"].pk).posts_count == 2
    # The topic nobody answered is gone, and the forum counts what is left.
    assert not Topic.objects.filter(pk=leaving["lonely"].pk).exists()
    forum = leaving["forum"]
    forum.refresh_from_db()
    assert forum.direct_topics_count == 2 and forum.direct_posts_count == 4
    assert forum.last_post_id == leaving["lena_reply"].pk
    # Nothing else of hers is left: files, profile, signature, subscriptions, 2FA, directory.
    assert not Attachment.objects.exists()
    assert not os.path.exists(leaving["attachment_path"])
    assert not ForumProfile.objects.filter(user_id=lena_id).exists()
    assert not ForumProfile.objects.filter(signature__icontains="LENA").exists()
    assert not ForumSubscription.objects.filter(user_id=lena_id).exists()
    assert not NotificationSettings.objects.filter(user_id=lena_id).exists()
    assert not TopicReadTrack.objects.filter(user_id=lena_id).exists()
    assert not RejectedPost.objects.filter(author_id=lena_id).exists()
    assert not Authenticator.objects.filter(user_id=lena_id).exists()
    assert not started.subscribers.filter(pk=lena_id).exists()
    assert list(Expert.objects.values_list("full_name", flat=True)) == ["Someone Else"]
    # The audit trail keeps the events under a pseudonym only.
    assert AuditEntry.objects.filter(subject_label=pseudonym_for(lena), action="account_deleted").exists()
    assert not AuditEntry.objects.filter(subject_label__icontains="lena").exists()
    assert not AuditEntry.objects.filter(actor_label__icontains="lena").exists()

    # The topic page still answers, with Viktor's words and no trace of Lena.
    client.force_login(viktor)
    page = client.get(f"/en/forum/forum/{forum.slug}-{forum.pk}/topic/{started.slug}-{started.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "VIKTOR-ANSWER-TEXT" in html
    assert "former member" in html
    assert "This message was removed at the request of its author." in html
    for trace in ("LENA-QUESTION-TEXT", "Lena", "lena@example.org", "LENA-SIGNATURE", "lena-notes"):
        assert trace not in html


def test_a_member_may_keep_the_text_of_their_posts_signed_former_member(client, leaving):
    _delete_via_page(client, leaving["lena"], "keep")
    head = Post.objects.get(pk=leaving["lena_head"].pk)
    assert head.poster_id is None and head.content.raw == "LENA-QUESTION-TEXT"
    client.force_login(leaving["viktor"])
    started = leaving["started"]
    page = client.get(
        f"/hu/forum/forum/{leaving['forum'].slug}-{leaving['forum'].pk}/topic/{started.slug}-{started.pk}/"
    )
    html = page.content.decode()
    assert "LENA-QUESTION-TEXT" in html and "Lena" not in html
    assert "korábbi tag" in html


def test_the_deletion_page_explains_the_choice_and_requires_one(client, leaving):
    client.force_login(leaving["lena"])
    page = client.get("/en/membership/delete-account/").content.decode()
    assert "Remove their text" in page and "Keep their text" in page
    response = client.post("/en/membership/delete-account/", {"password": PASSWORD, "confirm": "on"})
    assert "Choose what happens to your forum posts." in response.content.decode()
    assert get_user_model().objects.filter(pk=leaving["lena"].pk).exists()


def test_deletion_by_staff_erases_the_same_way(leaving):
    """Wagtail's user admin calls user.delete(); the bulk action deletes a queryset."""
    viktor_answer = leaving["viktor_answer"]
    leaving["lena"].delete()
    assert Post.objects.filter(pk=viktor_answer.pk).exists()
    assert Post.objects.get(pk=leaving["lena_head"].pk).content.raw == ""
    assert not Expert.objects.filter(full_name__startswith="Lena").exists()


def test_bulk_deletion_by_staff_keeps_other_members_replies(leaving):
    get_user_model().objects.filter(pk=leaving["lena"].pk).delete()
    assert Topic.objects.filter(pk=leaving["started"].pk).exists()
    assert Post.objects.get(pk=leaving["viktor_answer"].pk).content.raw == "VIKTOR-ANSWER-TEXT"


def test_an_unverified_address_does_not_make_a_colleagues_entry_ones_own(leaving):
    """Adding a colleague's address to one's account (without being able to verify it) and then
    deleting the account must not erase the colleague's directory entry."""
    from allauth.account.models import EmailAddress

    lena = leaving["lena"]
    EmailAddress.objects.create(user=lena, email="else@example.org", verified=False)
    lena.delete()
    assert list(Expert.objects.values_list("full_name", flat=True)) == ["Someone Else"]
