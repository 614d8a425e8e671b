"""The language of what members write (issue 11, item 5): each post records the language its
writer chose (their interface language unless they pick another), is marked up with it on
every page that shows it, and is analysed in it by search."""

import pytest
from django.urls import reverse
from django.utils import translation
from machina.core.db.models import get_model

from forum.community.models import PostLanguage
from forum.community.search import ForumPostSource

from .conftest import make_topic, make_vetted
from .test_moderation import form_data

pytestmark = pytest.mark.django_db
Post = get_model("forum_conversation", "Post")
Topic = get_model("forum_conversation", "Topic")


@pytest.fixture
def writer(client, settings, forums):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    user = make_vetted("writer@example.org", language="hu")
    client.force_login(user)
    return user


def topic_create_url(forum, language="hu"):
    with translation.override(language):
        return reverse("forum_conversation:topic_create", kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk})


def topic_url(topic, language="hu"):
    with translation.override(language):
        return reverse(
            "forum_conversation:topic",
            kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum_id, "slug": topic.slug, "pk": topic.pk},
        )


def test_the_form_starts_on_the_writers_language_and_names_each_language_in_itself(client, forums, writer):
    page = client.get(topic_create_url(forums["Hungary"])).content.decode()
    assert "A hozzászólás nyelve" in page
    assert '<option value="hu" selected lang="hu">Magyar</option>' in page
    for code, autonym in (("en", "English"), ("nl", "Nederlands"), ("fr", "Français")):
        assert f'<option value="{code}" lang="{code}">{autonym}</option>' in page


def test_an_english_post_under_the_hungarian_site_is_marked_and_indexed_as_english(client, forums, writer):
    response = client.post(
        topic_create_url(forums["Hungary"]),
        form_data("Shelter places in Szeged", "The shelter in Szeged has two places (sample).", written_language="en"),
    )
    assert response.status_code == 302, response["Location"]
    topic = Topic.objects.get(subject="Shelter places in Szeged")
    assert PostLanguage.objects.get(post=topic.first_post).language == "en"
    reply = Post.objects.create(topic=topic, poster=writer, subject="Re: Shelter", content="Köszönöm (minta).")

    response = client.get(topic_url(topic))
    assert response.status_code == 200
    page = response.content.decode()
    assert f'data-quote-source="{topic.first_post_id}" lang="en">' in page
    # A post with no recorded language is in its writer's interface language.
    assert f'data-quote-source="{reply.pk}" lang="hu">' in page
    assert '<html lang="hu"' in page

    [document] = ForumPostSource().documents(topic.first_post_id)
    assert document.language == "en"


def test_an_edit_keeps_the_language_or_changes_it(client, forums, writer):
    topic, post = make_topic(forums["Hungary"], writer, "Visszatérés", "Első (minta).")
    PostLanguage.objects.create(post=post, language="fr")
    url = reverse(
        "forum_conversation:topic_update",
        kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum_id, "slug": topic.slug, "pk": topic.pk},
    )
    page = client.get(url).content.decode()
    assert '<option value="fr" selected lang="fr">Français</option>' in page
    client.post(url, form_data("Visszatérés", "Első, javítva (minta).", written_language="nl"))
    assert PostLanguage.objects.get(post=post).language == "nl"


def test_a_form_sent_without_the_field_keeps_the_writers_language(client, forums, writer):
    response = client.post(topic_create_url(forums["Hungary"]), form_data("Régi űrlap", "Szöveg (minta)."))
    assert response.status_code == 302
    assert PostLanguage.objects.get(post__topic__subject="Régi űrlap").language == "hu"
