"""A post waiting for a moderator's approval says so in its author's "My posts" list."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.accounts.mfa import force_login_with_2fa

from .conftest import make_topic, make_vetted


@pytest.fixture
def newcomer(forums, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 2
    return make_vetted("newcomer@example.org")


def posts_page(client, user, language="en"):
    with translation.override(language):
        url = reverse("forum_member:user_posts", kwargs={"pk": user.pk})
    return client.get(url).content.decode()


def test_author_sees_awaiting_approval_on_their_pending_post_only(client, forums, roles, newcomer):
    make_topic(forums["Hungary"], newcomer, "Still waiting (sample)", "Pending text.", approved=False)
    client.force_login(newcomer)
    page = posts_page(client, newcomer)
    assert "Still waiting (sample)" in page
    assert page.count("Awaiting approval") == 1

    make_topic(forums["Hungary"], roles["vetted"], "Already published (sample)", "Approved text.")
    client.force_login(roles["vetted"])
    assert "Awaiting approval" not in posts_page(client, roles["vetted"])


def test_moderator_sees_the_label_other_members_see_neither_post_nor_label(client, forums, roles, newcomer):
    make_topic(forums["Hungary"], newcomer, "Still waiting (sample)", "Pending text.", approved=False)
    client.force_login(roles["vetted"])
    page = posts_page(client, newcomer)
    assert "Still waiting (sample)" not in page and "Awaiting approval" not in page
    force_login_with_2fa(client, roles["moderator"])
    assert "Awaiting approval" in posts_page(client, newcomer)


@pytest.mark.parametrize(
    ("language", "label"),
    [("nl", "Wacht op goedkeuring"), ("hu", "Jóváhagyásra vár"), ("fr", "En attente de validation")],
)
def test_awaiting_approval_label_is_translated(client, forums, newcomer, language, label):
    make_topic(forums["Hungary"], newcomer, "Still waiting (sample)", "Pending text.", approved=False)
    client.force_login(newcomer)
    assert label in posts_page(client, newcomer, language)
