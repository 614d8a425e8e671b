"""machina's list of posts awaiting approval leads to the one review queue, which counts what
waits in proper grammar, in every language."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from tests.accounts.mfa import force_login_with_2fa

from .conftest import make_topic, make_vetted


@pytest.fixture
def newcomer(forums, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 2
    return make_vetted("newcomer@example.org")


def queue_text(client, language):
    with translation.override(language):
        url = reverse("forum_moderation:queue")
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("review:queue") + "?kind=post"
    page = client.get(response["Location"])
    return " ".join(page.content.decode().split())


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 item matches the filter", "2 items match the filter"),
        ("nl", "1 item past bij het filter", "2 items passen bij het filter"),
        ("hu", "1 tétel felel meg a szűrésnek", "2 tétel felel meg a szűrésnek"),
        ("fr", "1 élément correspond au filtre", "2 éléments correspondent au filtre"),
    ],
)
def test_queue_says_one_item_and_two_items(client, forums, roles, newcomer, language, one, two):
    force_login_with_2fa(client, roles["moderator"])
    profile = UserProfile.get_for_user(roles["moderator"])  # the admin speaks the moderator's language
    profile.preferred_language = language
    profile.save()
    make_topic(forums["Belgium"], newcomer, "First waiting topic (sample)", "Pending text.", approved=False)
    page = queue_text(client, language)
    assert one in page and "First waiting topic (sample)" in page
    assert "1 items" not in page and "1 posts" not in page
    make_topic(forums["Belgium"], newcomer, "Second waiting topic (sample)", "Pending text.", approved=False)
    assert two in queue_text(client, language)
