"""The moderation queue counts its posts in proper grammar, in every language."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.accounts.mfa import force_login_with_2fa

from .conftest import make_topic, make_vetted


@pytest.fixture
def newcomer(forums, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 2
    return make_vetted("newcomer@example.org")


def queue_text(client, language):
    with translation.override(language):
        url = reverse("forum_moderation:queue")
    return " ".join(client.get(url).content.decode().split())


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 post found", "2 posts found"),
        ("nl", "1 bericht gevonden", "2 berichten gevonden"),
        ("hu", "1 hozzászólás található", "2 hozzászólás található"),
        ("fr", "1 message trouvé", "2 messages trouvés"),
    ],
)
def test_queue_says_one_post_and_two_posts(client, forums, roles, newcomer, language, one, two):
    force_login_with_2fa(client, roles["moderator"])
    make_topic(forums["Belgium"], newcomer, "First waiting topic (sample)", "Pending text.", approved=False)
    page = queue_text(client, language)
    assert one in page
    assert "1 posts found" not in page
    make_topic(forums["Belgium"], newcomer, "Second waiting topic (sample)", "Pending text.", approved=False)
    assert two in queue_text(client, language)
