"""The forum areas and their permissions, created idempotently."""

from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from machina.core.db.models import get_model
from machina.core.loading import get_class

from forum.community import demo
from forum.community.personal_data import find_personal_data
from forum.community.structure import setup_forums

Forum = get_model("forum", "Forum")
GroupForumPermission = get_model("forum_permission", "GroupForumPermission")
UserForumPermission = get_model("forum_permission", "UserForumPermission")
Topic = get_model("forum_conversation", "Topic")
Post = get_model("forum_conversation", "Post")
PermissionHandler = get_class("forum_permission.handler", "PermissionHandler")

EXPECTED = {
    "Public area", "Announcements", "Questions to the experts", "Expert area", "Cross-border cases",
    "Hungary", "Belgium", "Netherlands", "Handbook and training", "Workshops and study visits",
}  # fmt: skip


def counts():
    return Forum.objects.count(), GroupForumPermission.objects.count(), UserForumPermission.objects.count()


def test_setup_forums_is_idempotent(db, capsys):
    call_command("setup_forums")
    first = counts()
    call_command("setup_forums")
    assert counts() == first
    assert set(Forum.objects.values_list("name", flat=True)) == EXPECTED
    assert "10 forums are in place." in capsys.readouterr().out


def test_one_forum_per_country_under_cross_border_cases(db):
    forums = setup_forums()
    assert {f.name for f in forums["Cross-border cases"].get_children()} == {"Hungary", "Belgium", "Netherlands"}


def test_who_may_post_where(db, roles, forums):
    handler = PermissionHandler()
    anonymous, unvetted, vetted, moderator = AnonymousUser(), roles["unvetted"], roles["vetted"], roles["moderator"]
    announcements, questions = forums["Announcements"], forums["Questions to the experts"]
    assert handler.can_read_forum(announcements, anonymous)
    assert not handler.can_add_topic(announcements, unvetted) and not handler.can_add_topic(announcements, vetted)
    assert handler.can_add_topic(announcements, moderator)
    assert handler.can_add_topic(questions, unvetted) and not handler.can_add_topic(questions, anonymous)
    assert not handler.can_post_without_approval(questions, unvetted)  # public questions are checked first
    assert handler.can_add_topic(forums["Hungary"], vetted) and not handler.can_read_forum(forums["Hungary"], unvetted)


def test_a_new_forum_is_private_until_opened(db, roles, forums):
    new = Forum.objects.create(name="New working group", type=Forum.FORUM_POST, parent=forums["Expert area"])
    handler = PermissionHandler()
    for user in (AnonymousUser(), roles["unvetted"], roles["vetted"]):
        assert not handler.can_read_forum(new, user)


class Quiet:
    class stdout:
        @staticmethod
        def write(text):
            pass


def test_demo_is_idempotent_and_free_of_personal_data(db, roles):
    demo.load(Quiet)
    topics = Topic.objects.count()
    demo.load(Quiet)
    assert Topic.objects.count() == topics >= 8
    for post in Post.objects.all():
        assert find_personal_data(post.subject + "\n" + post.content.raw) == [], post.subject
        assert "(sample)" in post.topic.subject


def test_listing_queries_do_not_grow_with_content(client, roles, forums, settings, django_assert_max_num_queries):
    from .conftest import make_topic

    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    client.force_login(roles["vetted"])
    forum = forums["Hungary"]

    def measure():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/en/forum/forum/{forum.slug}-{forum.pk}/").status_code == 200
            assert client.get("/en/forum/").status_code == 200
        return len(queries)

    make_topic(forum, roles["vetted"], "Topic 0 (sample)", "Text.")
    baseline = measure()
    for number in range(1, 8):
        make_topic(forum, roles["vetted"], f"Topic {number} (sample)", "Text.")
    with django_assert_max_num_queries(baseline + 2):
        measure()


def test_topic_page_queries_do_not_grow_with_replies(client, roles, forums, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from .conftest import Post, make_topic

    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    client.force_login(roles["vetted"])
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "Long topic (sample)", "Text.")
    url = f"/en/forum/forum/{topic.forum.slug}-{topic.forum.pk}/topic/{topic.slug}-{topic.pk}/"

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    Post.objects.create(topic=topic, poster=roles["moderator"], subject="Re", content="Reply.")
    few = count()
    for number in range(8):
        Post.objects.create(topic=topic, poster=roles["moderator"], subject="Re", content=f"Reply {number}.")
    assert count() <= few + 2
