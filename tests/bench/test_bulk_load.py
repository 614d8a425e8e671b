"""The load bench's bulk loader (bench/bulk_load.py) at a tiny size: it must keep filling the
platform with rows the pages can show, and keep machina's denormalised counters right."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from machina.core.db.models import get_model

from bench.bulk_load import Loader
from directory.models import Organisation
from forum.community.structure import setup_forums

Forum = get_model("forum", "Forum")
Topic = get_model("forum_conversation", "Topic")
Post = get_model("forum_conversation", "Post")
ForumProfile = get_model("forum_member", "ForumProfile")


@pytest.fixture
def loaded(db, home_page):
    setup_forums()
    Loader(posts=200, topics=10, members=20, organisations=30, long_topic=50, out=lambda line: None).run(
        search_index=False
    )


def test_counts(loaded):
    vetted = get_user_model().objects.filter(groups__name=settings.VETTED_GROUP)
    assert vetted.count() == 20
    assert ForumProfile.objects.filter(user__in=vetted).count() == 20
    assert all(user.membership_application.grants_access for user in vetted)
    assert Topic.objects.count() == 10
    assert Post.objects.count() == 200
    organisations = Organisation.objects.public().filter(slug__startswith="bench-organisation-")
    assert organisations.count() == 30
    assert all(organisation.services.exists() and organisation.languages.exists() for organisation in organisations)
    assert sum(ForumProfile.objects.values_list("posts_count", flat=True)) == 200


def test_machina_counters_match_machina(loaded):
    """What the bulk UPDATE stored is what machina's own update_trackers() computes."""
    for topic in Topic.objects.all():
        stored = (topic.posts_count, topic.first_post_id, topic.last_post_id, topic.last_post_on)
        assert stored[0] == topic.posts.count()
        topic.update_trackers()  # machina's, one topic at a time
        topic.refresh_from_db()
        assert stored == (topic.posts_count, topic.first_post_id, topic.last_post_id, topic.last_post_on)
    long = Topic.objects.order_by("-posts_count").first()
    assert long.posts_count == 50
    assert long.last_post == long.posts.order_by("-created").first()
    questions = Forum.objects.get(slug="questions-to-the-experts")
    assert questions.direct_topics_count == questions.topics.count() > 0
    assert questions.direct_posts_count == Post.objects.filter(topic__forum=questions).count()
    assert questions.last_post == Post.objects.filter(topic__forum=questions).order_by("-created").first()


def test_topic_page_shows_the_last_post(loaded):
    forum = Forum.objects.get(slug="questions-to-the-experts")
    topic = Topic.objects.filter(forum=forum).order_by("-posts_count").first()
    last_page = -(-topic.posts_count // 15)  # machina's 15 posts a page
    url = reverse(
        "forum_conversation:topic",
        kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk, "slug": topic.slug, "pk": topic.pk},
    )
    response = Client().get(f"{url}?page={last_page}")
    assert response.status_code == 200
    page = response.content.decode()
    assert f'<article id="{topic.last_post_id}"' in page
    last = Post.objects.get(pk=topic.last_post_id)
    assert last.content.raw[:30] in page  # its Markdown rendered, though bulk_create sent no pre_save signal
    forum_page = Client().get(reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk}))
    assert topic.subject in forum_page.content.decode()
