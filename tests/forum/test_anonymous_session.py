"""Reading the site leaves no session behind (machina gave every anonymous reader one)."""

from django.contrib.sessions.models import Session
from django.urls import reverse


def test_an_anonymous_reader_gets_no_session_and_no_cookie(client, forums, expert_content, home_page):
    topic = expert_content.public_topic
    addresses = [
        "/en/",
        reverse("forum:index"),
        reverse("forum:forum", kwargs={"slug": topic.forum.slug, "pk": topic.forum.pk}),
        reverse(
            "forum_conversation:topic",
            kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum.pk, "slug": topic.slug, "pk": topic.pk},
        ),
    ]
    for address in addresses:
        response = client.get(address)
        assert response.status_code == 200, address
        assert "sessionid" not in response.cookies, address
    assert not Session.objects.exists()
