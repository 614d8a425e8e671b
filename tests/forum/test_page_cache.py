"""Forum pages in the anonymous page cache (home.page_cache): a member's page never reaches an
anonymous reader, and a new public post is visible at once."""

from django.urls import reverse
from machina.core.db.models import get_model

from tests.forum.conftest import make_topic

Post = get_model("forum_conversation", "Post")


def topic_address(topic):
    return reverse(
        "forum_conversation:topic",
        kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum.pk, "slug": topic.slug, "pk": topic.pk},
    )


def test_a_vetted_members_pages_are_never_served_to_an_anonymous_reader(client, expert_content, roles):
    client.force_login(roles["vetted"])
    for address in (reverse("forum:index"), topic_address(expert_content.public_topic)):
        for _twice in range(2):
            response = client.get(address)
            assert response.status_code == 200 and "X-Page-Cache" not in response
    hungary = reverse(
        "forum:forum", kwargs={"slug": expert_content.topic.forum.slug, "pk": expert_content.topic.forum.pk}
    )
    assert hungary in client.get(reverse("forum:index")).content.decode()
    client.logout()
    for _twice in range(2):
        index = client.get(reverse("forum:index"))
        assert hungary not in index.content.decode()
        topic = client.get(topic_address(expert_content.public_topic)).content.decode()
        assert "PUBLIC-TEXT" in topic
        assert "vetted@example.org" not in topic and "csrfmiddlewaretoken" not in topic
    assert client.get(reverse("forum:index"))["X-Page-Cache"] == "hit"


def test_a_new_public_post_is_visible_at_once(client, expert_content, roles):
    address = topic_address(expert_content.public_topic)
    client.get(address)
    client.get(address)
    assert client.get(address)["X-Page-Cache"] == "hit"
    Post.objects.create(
        topic=expert_content.public_topic, poster=roles["moderator"], subject="Re", content="LATER-PUBLIC-REPLY"
    )
    response = client.get(address)
    assert "X-Page-Cache" not in response and "LATER-PUBLIC-REPLY" in response.content.decode()
    make_topic(expert_content.public_topic.forum, roles["moderator"], "A second announcement", "More news.")
    forum = expert_content.public_topic.forum
    listing = client.get(reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk})).content.decode()
    assert "A second announcement" in listing
