"""The new-topic form asks "Post topic as" only of someone who has more than one kind of topic to choose from."""

import pytest
from django.urls import reverse
from machina.core.db.models import get_model

from tests.accounts.mfa import force_login_with_2fa

from .test_moderation import form_data

Topic = get_model("forum_conversation", "Topic")


@pytest.fixture(autouse=True)
def no_first_post_approval(settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0


def create_url(forum):
    return reverse("forum_conversation:topic_create", kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk})


def test_member_with_only_default_topics_is_not_asked_post_topic_as(client, forums, roles):
    client.force_login(roles["vetted"])
    page = client.get(create_url(forums["Hungary"])).content.decode()
    assert "Post topic as" not in page
    assert 'name="topic_type"' not in page
    response = client.post(create_url(forums["Hungary"]), form_data("A plain question (sample)", "Plain text."))
    assert response.status_code == 302
    assert Topic.objects.get(subject="A plain question (sample)").type == Topic.TOPIC_POST


def test_moderator_still_chooses_sticky_or_announcement(client, forums, roles):
    force_login_with_2fa(client, roles["moderator"])
    page = client.get(create_url(forums["Hungary"])).content.decode()
    assert "Post topic as" in page
    assert 'name="topic_type"' in page
    response = client.post(
        create_url(forums["Hungary"]),
        form_data("Read this first (sample)", "Pinned text.", topic_type=str(Topic.TOPIC_STICKY)),
    )
    assert response.status_code == 302
    assert Topic.objects.get(subject="Read this first (sample)").type == Topic.TOPIC_STICKY
