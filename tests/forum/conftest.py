"""Forum fixtures: the real forum structure (setup_forums) and one user per role.

Roles are built through the membership app's own models and transitions, so
that "vetted", "expired" and "suspended" mean exactly what they mean in production.
"""

import datetime
from types import SimpleNamespace

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from machina.core.db.models import get_model

from forum.community.structure import setup_forums
from forum.membership.access import sync_vetted_group
from forum.membership.models import Application
from search.indexing import process_pending as process_search_updates
from tests.accounts.mfa import give_mfa

Topic = get_model("forum_conversation", "Topic")
Post = get_model("forum_conversation", "Post")

PASSWORD = "forum-test-password-1"


def make_user(email, *, groups=(), language="en", **extra):
    user = get_user_model().objects.create_user(
        username=email.split("@")[0], email=email, password=PASSWORD, preferred_language=language, **extra
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user


def make_application(user, state, *, valid_until=None, full_name=None, country="HU"):
    application = Application.objects.create(
        user=user,
        state=state,
        full_name=full_name or f"{user.username.title()} (sample)",
        organisation_name="Sample Support Service",
        role="Case worker",
        sector="police",
        country=country,
        professional_email=user.email,
        motivation="Sample motivation.",
        valid_from=timezone.now() - datetime.timedelta(days=30) if state == Application.State.APPROVED else None,
        valid_until=valid_until,
    )
    sync_vetted_group(user, application)
    return application


def make_vetted(email, **kwargs):
    user = make_user(email, **kwargs)
    make_application(user, Application.State.APPROVED, valid_until=timezone.now() + datetime.timedelta(days=365))
    return user


def make_topic(forum, poster, subject, content, approved=True):
    topic = Topic.objects.create(
        forum=forum, subject=subject, poster=poster, type=Topic.TOPIC_POST, status=Topic.TOPIC_UNLOCKED,
        approved=approved,
    )  # fmt: skip
    post = Post.objects.create(topic=topic, poster=poster, subject=subject, content=content, approved=approved)
    topic.refresh_from_db()
    return topic, post


@pytest.fixture
def forums(db):
    return setup_forums()


@pytest.fixture
def roles(forums):
    """One user per role, keyed by role name (anonymous is None)."""
    moderator = make_user("moderator@example.org", groups=(settings.MODERATORS_GROUP,))
    give_mfa(moderator)
    vetted = make_vetted("vetted@example.org")
    expired = make_vetted("expired@example.org")
    # Still in the vetted group with a period that has just ended: the very next
    # request must treat them as a non-member.
    Application.objects.filter(user=expired).update(valid_until=timezone.now() - datetime.timedelta(minutes=1))
    suspended = make_user("suspended@example.org")
    make_application(suspended, Application.State.SUSPENDED, valid_until=timezone.now() + datetime.timedelta(days=300))
    pending = make_user("pending@example.org")
    make_application(pending, Application.State.SUBMITTED)
    staff = make_user("staff@example.org", is_staff=True)
    give_mfa(staff)
    return {
        "anonymous": None,
        "unvetted": make_user("unvetted@example.org"),
        "pending": pending,
        "vetted": vetted,
        "expired": expired,
        "suspended": suspended,
        "moderator": moderator,
        "staff": staff,
    }


@pytest.fixture
def expert_content(forums, roles, settings):
    """A topic in the Hungarian cross-border forum, by an established vetted member, with an attachment."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    Attachment = get_model("forum_attachments", "Attachment")
    topic, post = make_topic(
        forums["Hungary"], roles["vetted"], "Expert-only shelter question", "EXPERT-SECRET-TEXT about a referral."
    )
    attachment = Attachment.objects.create(
        post=post, file=SimpleUploadedFile("notes.pdf", b"%PDF-1.4\n%sample\n", content_type="application/pdf")
    )
    # Everyone with an account followed the topic at some point (say, while still vetted).
    topic.subscribers.add(*[user for user in roles.values() if user is not None])
    public_topic, public_post = make_topic(
        forums["Announcements"], roles["moderator"], "Public announcement", "PUBLIC-TEXT for everyone."
    )
    process_search_updates()
    return SimpleNamespace(
        topic=topic, post=post, attachment=attachment, public_topic=public_topic, public_post=public_post
    )


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
