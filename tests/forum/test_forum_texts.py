"""The forum's structure in the reader's language (issue 11, item 2): forum names and
descriptions exist per language, moderators edit them in the admin, and every place that
names a forum uses the reader's language."""

import re

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from machina.core.db.models import get_model
from wagtail.users.models import UserProfile

from forum.community.forum_texts import localized
from forum.community.models import ForumText
from forum.community.notifications import tell_moderators_pending
from forum.community.structure import setup_forums
from forum.review.registry import Filters
from forum.review.sources import PendingPostSource
from search.indexing import process_pending as process_search_updates
from tests.accounts.mfa import force_login_with_2fa

from .conftest import make_topic, make_user

Forum = get_model("forum", "Forum")
ADMIN = "/admin/forum_texts/"


def forum_url(language, forum):
    return f"/{language}/forum/forum/{forum.slug}-{forum.pk}/"


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_setup_names_every_forum_in_four_languages_and_keeps_what_moderators_changed(forums):
    for forum in forums.values():
        assert set(forum.texts.values_list("language", flat=True)) == {"en", "nl", "hu", "fr"}
    assert localized(forums["Questions to the experts"], "hu").name == "Kérdések a szakértőkhöz"
    assert localized(forums["Cross-border cases"], "fr").name == "Affaires transfrontalières"
    assert localized(forums["Netherlands"], "nl").name == "Nederland"
    ForumText.objects.filter(forum=forums["Announcements"], language="hu").update(name="Hírek és közlemények")
    setup_forums()
    assert ForumText.objects.get(forum=forums["Announcements"], language="hu").name == "Hírek és közlemények"
    assert ForumText.objects.filter(forum=forums["Announcements"]).count() == 4


@pytest.mark.parametrize(
    "language, names, english_names",
    [
        ("hu", ["Nyilvános terület", "Közlemények", "Kérdések a szakértőkhöz"], ["Public area", "Announcements"]),
        ("nl", ["Openbaar gedeelte", "Mededelingen", "Vragen aan de experts"], ["Public area", "Announcements"]),
        ("fr", ["Espace public", "Annonces", "Questions aux experts"], ["Public area", "Announcements"]),
    ],
)
def test_the_forum_index_names_the_forums_in_the_reader_s_language(client, forums, language, names, english_names):
    page = text_of(client.get(f"/{language}/forum/").content.decode())
    for name in names:
        assert name in page
    for name in english_names:
        assert name not in page
    if language == "hu":
        assert "Mindenki számára nyitott: hírek a projektről" in page


def test_forum_page_topic_page_and_breadcrumbs_are_in_the_reader_s_language(client, forums, roles, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    topic, _post = make_topic(forums["Announcements"], roles["moderator"], "Workshop dates", "Dates below.")
    page = client.get(forum_url("hu", forums["Announcements"])).content.decode()
    assert re.search(r"<h1>\s*Közlemények\s*</h1>", page)
    assert re.search(r"<title>[^<]*Közlemények", page)
    assert "Hírek a RAVOT-EUR partnereitől" in page
    topic_page = client.get(
        f"/hu/forum/forum/{topic.forum.slug}-{topic.forum.pk}/topic/{topic.slug}-{topic.pk}/"
    ).content.decode()
    breadcrumb = re.search(r'<nav class="breadcrumbs forum-breadcrumbs".*?</nav>', topic_page, re.S).group(0)
    assert "Nyilvános terület" in breadcrumb and "Közlemények" in breadcrumb
    assert "Announcements" not in breadcrumb


def test_a_forum_without_a_text_in_the_reader_s_language_shows_the_english_one_marked_as_english(client, forums):
    ForumText.objects.filter(forum=forums["Announcements"], language="hu").delete()
    page = client.get(forum_url("hu", forums["Announcements"])).content.decode()
    assert re.search(r'<h1>\s*<span lang="en">Announcements</span>\s*</h1>', page)
    assert '<div lang="en"><p>News from the RAVOT-EUR partners.' in page


def test_a_forum_s_feed_is_titled_in_the_reader_s_language(client, forums, roles, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    make_topic(forums["Announcements"], roles["moderator"], "Workshop dates", "Dates below.")
    forum = forums["Announcements"]
    with translation.override("fr"):
        url = reverse("forum_feeds:forum_latest_topics_with_descendants", args=[forum.slug, forum.pk])
    feed = client.get(url).content.decode()
    assert "<title>Derniers sujets dans Annonces</title>" in feed
    assert "<language>fr</language>" in feed
    assert "Annonces • Workshop dates" in feed


def test_moderators_are_told_of_a_waiting_post_with_the_forum_named_in_their_language(forums, roles):
    moderator_hu = make_user("mod-hu@example.org", groups=(roles["moderator"].groups.first().name,), language="hu")
    _topic, post = make_topic(
        forums["Questions to the experts"], roles["unvetted"], "Shelter question", "Which shelter?", approved=False
    )
    mail.outbox.clear()
    tell_moderators_pending(post.pk)
    (message,) = [message for message in mail.outbox if message.to == [moderator_hu.email]]
    assert "Kérdések a szakértőkhöz" in message.body
    assert "Questions to the experts" not in message.body


def test_the_review_queue_names_the_forum_in_the_moderator_s_language(forums, roles):
    make_topic(forums["Questions to the experts"], roles["unvetted"], "Shelter question", "Which?", approved=False)
    with translation.override("nl"):
        (item,) = PendingPostSource().items(roles["moderator"], Filters(), 10)
        assert item.forum_name == "Vragen aan de experts"
        assert ("forum", "Vragen aan de experts") in [(str(label), value) for label, value in item.details]


def test_search_results_name_the_forum_in_the_reader_s_language(client, forums, roles, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    make_topic(forums["Announcements"], roles["moderator"], "Workshop ZX4711", "Dates of workshop ZX4711.")
    process_search_updates()
    page = client.get("/hu/search/", {"q": "ZX4711"}).content.decode()
    assert '<span class="search-result__context">Közlemények</span>' in page
    page = client.get("/en/search/", {"q": "ZX4711"}).content.decode()
    assert '<span class="search-result__context">Announcements</span>' in page


def test_machina_s_own_forms_offer_the_forums_in_the_reader_s_language(forums):
    with translation.override("hu"):
        assert str(forums["Hungary"]) == "Magyarország"
    with translation.override("en"):
        assert str(forums["Hungary"]) == "Hungary"


# The admin -----------------------------------------------------------------------------------


def edit_data(forum, **changes):
    data = {}
    for text in forum.texts.all():
        data[f"name_{text.language}"] = text.name
        data[f"description_{text.language}"] = text.description
    data.update(changes)
    return data


def test_moderators_see_every_forum_in_the_four_languages(client, forums, roles, django_assert_max_num_queries):
    force_login_with_2fa(client, roles["moderator"])
    page = text_of(client.get(ADMIN).content.decode())
    for name in ("Workshops and study visits", "Workshops en studiebezoeken", "Műhelymunkák és tanulmányutak"):
        assert name in page
    assert "Ateliers et visites d’étude" in page or "Ateliers et visites d&#x27;étude" in page
    assert f"{ADMIN}new/" not in client.get(ADMIN).content.decode()
    # The listing does not ask once per forum (asked twice: the first fills the cache).
    client.get(ADMIN)
    with CaptureQueriesContext(connection) as few:
        client.get(ADMIN)
    queries_for_ten_forums = len(few.captured_queries)
    Forum.objects.create(name="New working group", type=Forum.FORUM_POST, parent=forums["Expert area"])
    Forum.objects.create(name="Another working group", type=Forum.FORUM_POST, parent=forums["Expert area"])
    client.get(ADMIN)
    with django_assert_max_num_queries(queries_for_ten_forums):
        client.get(ADMIN)


def test_a_moderator_renames_a_forum_in_hungarian_and_readers_see_it(client, forums, roles):
    forum = forums["Announcements"]
    edit_url = f"{ADMIN}edit/{forum.pk}/"
    client.force_login(roles["vetted"])
    assert edit_url not in client.get(forum_url("hu", forum)).content.decode()
    force_login_with_2fa(client, roles["moderator"])
    assert f'href="{edit_url}"' in client.get(forum_url("hu", forum)).content.decode()
    form = client.get(edit_url).content.decode()
    assert 'name="name_hu"' in form and 'value="Közlemények"' in form
    response = client.post(
        edit_url,
        edit_data(forum, name_hu="Hírek a partnerektől", description_hu="A partnerek **hírei**, mindenkinek."),
    )
    assert response.status_code == 302
    page = client.get(forum_url("hu", forum)).content.decode()
    assert re.search(r"<h1>\s*Hírek a partnerektől\s*</h1>", page)
    assert "A partnerek <strong>hírei</strong>, mindenkinek." in page
    forum.refresh_from_db()
    assert forum.name == "Announcements" and forum.slug == "announcements"  # its address stays
    assert client.get(forum_url("en", forum)).status_code == 200


def test_emptying_a_translation_falls_back_to_english_and_a_description_needs_a_name(client, forums, roles):
    force_login_with_2fa(client, roles["moderator"])
    forum = forums["Announcements"]
    edit_url = f"{ADMIN}edit/{forum.pk}/"
    response = client.post(edit_url, edit_data(forum, name_fr="", description_fr="Une description seule."))
    assert response.status_code == 200
    assert "Give the forum a name in this language, or leave its description empty too." in response.content.decode()
    assert localized(forum, "fr").name == "Annonces"  # nothing saved
    response = client.post(edit_url, edit_data(forum, name_en=""))
    assert response.status_code == 200 and "This field is required." in response.content.decode()
    assert client.post(edit_url, edit_data(forum, name_fr="", description_fr="")).status_code == 302
    assert not forum.texts.filter(language="fr").exists()
    assert localized(forum, "fr") == localized(forum, "en")


def test_the_admin_form_s_errors_are_in_the_moderator_s_language(client, forums, roles):
    moderator = roles["moderator"]
    UserProfile.get_for_user(moderator).__class__.objects.filter(user=moderator).update(preferred_language="hu")
    force_login_with_2fa(client, moderator)
    forum = forums["Announcements"]
    response = client.post(f"{ADMIN}edit/{forum.pk}/", edit_data(forum, name_nl="", description_nl="Alleen tekst."))
    with translation.override("hu"):
        from django.utils.translation import gettext

        message = gettext("Give the forum a name in this language, or leave its description empty too.")
    assert message != "Give the forum a name in this language, or leave its description empty too."
    assert message in response.content.decode()


def test_people_who_are_not_moderators_cannot_rename_forums(client, forums, roles, settings):
    editor = make_user("editor@example.org", groups=[settings.EDITORS_GROUP], is_staff=True)
    force_login_with_2fa(client, editor)
    forum = forums["Announcements"]
    assert client.get(ADMIN).status_code in (302, 403)
    response = client.post(f"{ADMIN}edit/{forum.pk}/", edit_data(forum, name_hu="Feltört"))
    assert response.status_code in (302, 403)
    assert localized(forum, "hu").name == "Közlemények"
