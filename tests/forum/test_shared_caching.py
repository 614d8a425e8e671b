"""The forum's cached structure and permissions (forum.community.caching) follow every change at
once, and what one reader may see is never served to another."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from machina.core.db.models import get_model

from forum.membership.models import Application

UserForumPermission = get_model("forum_permission", "UserForumPermission")


def forum_address(forum):
    return reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk})


def topic_address(topic):
    return reverse(
        "forum_conversation:topic",
        kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum.pk, "slug": topic.slug, "pk": topic.pk},
    )


def test_a_vetted_members_forum_is_never_served_to_others(client, expert_content, roles):
    member = roles["vetted"]
    client.force_login(member)
    assert forum_address(expert_content.topic.forum) in client.get(reverse("forum:index")).content.decode()
    for _twice in range(2):
        assert "Expert-only shelter question" in client.get(forum_address(expert_content.topic.forum)).content.decode()
        assert "EXPERT-SECRET-TEXT" in client.get(topic_address(expert_content.topic)).content.decode()
    client.logout()
    for role in ("anonymous", "unvetted", "pending", "expired"):
        if roles[role] is not None:
            client.force_login(roles[role])
        index = client.get(reverse("forum:index")).content.decode()
        assert forum_address(expert_content.topic.forum) not in index, role
        assert (
            "Expert-only shelter question"
            not in client.get(forum_address(expert_content.topic.forum)).content.decode()
        )
        assert "EXPERT-SECRET-TEXT" not in client.get(topic_address(expert_content.topic)).content.decode(), role
        assert "PUBLIC-TEXT" in client.get(topic_address(expert_content.public_topic)).content.decode(), role
        client.logout()


def test_a_suspended_member_loses_the_forum_on_the_next_request(client, expert_content, roles):
    member = roles["vetted"]
    client.force_login(member)
    assert "EXPERT-SECRET-TEXT" in client.get(topic_address(expert_content.topic)).content.decode()
    application = Application.objects.get(user=member)
    application.state = Application.State.SUSPENDED
    application.save()
    member.groups.remove(Group.objects.get(name=settings.VETTED_GROUP))
    assert "EXPERT-SECRET-TEXT" not in client.get(topic_address(expert_content.topic)).content.decode()
    assert forum_address(expert_content.topic.forum) not in client.get(reverse("forum:index")).content.decode()


def test_a_renamed_forum_and_a_withdrawn_permission_show_at_once(client, expert_content):
    forum = expert_content.public_topic.forum
    assert "Announcements" in client.get(reverse("forum:index")).content.decode()
    text = forum.texts.get(language="en")  # what readers see (forum.community.forum_texts)
    text.name = "Project news"
    text.save()
    index = client.get(reverse("forum:index")).content.decode()
    assert "Project news" in index

    UserForumPermission.objects.filter(forum=forum, anonymous_user=True).delete()
    assert "Project news" not in client.get(reverse("forum:index")).content.decode()
    assert "PUBLIC-TEXT" not in client.get(topic_address(expert_content.public_topic)).content.decode()


def test_a_new_moderator_is_asked_for_the_second_factor_on_the_next_request(client, expert_content, roles):
    member = roles["vetted"]
    client.force_login(member)
    assert "EXPERT-SECRET-TEXT" in client.get(topic_address(expert_content.topic)).content.decode()
    # Moderators must use two-factor authentication; without it they are served as visitors.
    member.groups.add(Group.objects.get(name=settings.MODERATORS_GROUP))
    assert "EXPERT-SECRET-TEXT" not in client.get(topic_address(expert_content.topic)).content.decode()
