"""Who sees what in the forum: one table, every role against every surface.

A moderator without 2FA in their session is a visitor beyond the public pages (issue 10);
editors are staff without any right in the forum.

Each cell is (expected status, expectation about the expert content). A change
in any cell fails with the role and the surface named.
"""

import pytest
from django.urls import reverse

from tests.accounts.mfa import force_login_with_2fa, give_mfa

from .conftest import PASSWORD

SECRET = "Expert-only shelter question"
SECRET_TEXT = "EXPERT-SECRET-TEXT"
ROLES = ["anonymous", "unvetted", "pending", "vetted", "expired", "suspended", "moderator", "moderator without 2FA",
         "staff", "editor"]  # fmt: skip
# Staff, editors and moderators sign in with a password and a code from their app; the
# moderator without 2FA with a password only, and counts as a visitor (accounts.middleware).
SIGNED_IN_WITH_2FA = {"moderator", "staff", "editor"}
READERS = {"vetted", "moderator"}

# Content expectations: SHOWS = the expert topic is on the page, HIDES = it is not,
# None = the page is refused, nothing to look at.
SHOWS, HIDES = "shows", "hides"
LOGIN = 302  # anonymous visitors are sent to the login page
TWO_FACTOR = "2FA"  # sent to set up two-factor authentication (a redirect)
DENIED = 403
QUEUE = "review queue"  # a copy of the one review queue: moderators are sent there (a redirect)


def row(cells):
    """One surface's cells, in the order of ROLES."""
    return dict(zip(ROLES, cells, strict=True))


# surface: {role: (status, content)}; the columns follow ROLES.
MATRIX = {
    "forum index": row([(200, HIDES), (200, HIDES), (200, HIDES), (200, SHOWS), (200, HIDES),
                        (200, HIDES), (200, SHOWS), (200, HIDES), (200, HIDES), (200, HIDES)]),
    "public forum": row([(200, None)] * 10),
    "expert forum": row([(LOGIN, None), (DENIED, None), (DENIED, None), (200, SHOWS), (DENIED, None),
                         (DENIED, None), (200, SHOWS), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    "expert topic": row([(LOGIN, None), (DENIED, None), (DENIED, None), (200, SHOWS), (DENIED, None),
                         (DENIED, None), (200, SHOWS), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    "post edit": row([(LOGIN, None), (DENIED, None), (DENIED, None), (200, SHOWS), (DENIED, None),
                      (DENIED, None), (200, SHOWS), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    "post delete": row([(LOGIN, None), (DENIED, None), (DENIED, None), (DENIED, None), (DENIED, None),
                        (DENIED, None), (200, SHOWS), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    "new topic": row([(LOGIN, None), (DENIED, None), (DENIED, None), (200, None), (DENIED, None),
                      (DENIED, None), (200, None), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    "attachment": row([(LOGIN, None), (DENIED, None), (DENIED, None), (200, None), (DENIED, None),
                       (DENIED, None), (200, None), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    "feed": row([(200, HIDES), (200, HIDES), (200, HIDES), (200, SHOWS), (200, HIDES),
                 (200, HIDES), (200, SHOWS), (200, HIDES), (200, HIDES), (200, HIDES)]),
    "expert forum feed": row([(200, HIDES), (200, HIDES), (200, HIDES), (200, SHOWS), (200, HIDES),
                              (200, HIDES), (200, SHOWS), (200, HIDES), (200, HIDES), (200, HIDES)]),
    "member profile": row([(LOGIN, None), (DENIED, None), (DENIED, None), (200, SHOWS), (DENIED, None),
                           (DENIED, None), (200, SHOWS), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    "member's posts": row([(LOGIN, None), (DENIED, None), (DENIED, None), (200, SHOWS), (DENIED, None),
                           (DENIED, None), (200, SHOWS), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    "unread topics": row([(LOGIN, None), (200, HIDES), (200, HIDES), (200, SHOWS), (200, HIDES),
                          (200, HIDES), (200, SHOWS), (TWO_FACTOR, None), (200, HIDES), (200, HIDES)]),
    "followed topics": row([(LOGIN, None), (200, HIDES), (200, HIDES), (200, SHOWS), (200, HIDES),
                            (200, HIDES), (200, SHOWS), (TWO_FACTOR, None), (200, HIDES), (200, HIDES)]),
    "forum search": row([(200, HIDES), (200, HIDES), (200, HIDES), (200, SHOWS), (200, HIDES),
                         (200, HIDES), (200, SHOWS), (200, HIDES), (200, HIDES), (200, HIDES)]),
    "moderation queue": row([(LOGIN, None), (DENIED, None), (DENIED, None), (DENIED, None), (DENIED, None),
                             (DENIED, None), (QUEUE, None), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    "reported posts": row([(LOGIN, None), (DENIED, None), (DENIED, None), (DENIED, None), (DENIED, None),
                           (DENIED, None), (QUEUE, None), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    # Safe contact (issue 12): helpers of the conversation's country and language (tests/safecontact)
    # and moderators; none of these roles is a helper.
    "safe-contact inbox": row([(LOGIN, None), (DENIED, None), (DENIED, None), (DENIED, None), (DENIED, None),
                               (DENIED, None), (200, None), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    "safe-contact conversation": row([(LOGIN, None), (DENIED, None), (DENIED, None), (DENIED, None),
                                      (DENIED, None), (DENIED, None), (200, None), (TWO_FACTOR, None),
                                      (DENIED, None), (DENIED, None)]),
    "safe-contact helper roles": row([(LOGIN, None), (DENIED, None), (DENIED, None), (DENIED, None),
                                      (DENIED, None), (DENIED, None), (200, None), (TWO_FACTOR, None),
                                      (DENIED, None), (DENIED, None)]),
    # Expert finder (issue 13): whoever may see experts' contact details (vetted members, moderators with 2FA).
    "expert finder": row([(LOGIN, None), (DENIED, None), (DENIED, None), (200, None), (DENIED, None),
                          (DENIED, None), (200, None), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    "safe-contact write": row([(200, None)] * 10),
    "safe-contact check": row([(200, None)] * 10),
    # Direct messages (issue 13, item 3): vetted members and moderators; a conversation only for its
    # participants (here the vetted member), 404 to a moderator unless one of its messages was reported.
    "messages inbox": row([(LOGIN, None), (DENIED, None), (DENIED, None), (200, None), (DENIED, None),
                           (DENIED, None), (200, None), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    "new message": row([(LOGIN, None), (DENIED, None), (DENIED, None), (200, None), (DENIED, None),
                        (DENIED, None), (200, None), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
    "message conversation": row([(LOGIN, None), (DENIED, None), (DENIED, None), (200, SHOWS), (DENIED, None),
                                 (DENIED, None), (404, None), (TWO_FACTOR, None), (DENIED, None), (DENIED, None)]),
}  # fmt: skip


@pytest.fixture
def roles(roles):
    """The forum's roles, and two more: a moderator who signs in with a password only
    (no authenticator app yet), and an editor (staff, with 2FA, without forum rights)."""
    from django.conf import settings

    from .conftest import make_user

    editor = make_user("editor@example.org", is_staff=True, groups=(settings.EDITORS_GROUP,))
    give_mfa(editor)
    moderator = make_user("moderator-no-2fa@example.org", groups=(settings.MODERATORS_GROUP,))
    return {**roles, "moderator without 2FA": moderator, "editor": editor}


def sign_in(client, roles, role):
    user = roles[role]
    if user is None:
        return
    if role in SIGNED_IN_WITH_2FA:
        force_login_with_2fa(client, user)
    else:
        assert client.login(email=user.email, password=PASSWORD) or client.force_login(user) is None


def surface_url(surface, content, roles):
    topic, forum = content.topic, content.topic.forum
    public = content.public_topic.forum
    author = roles["vetted"]
    return {
        "forum index": reverse("forum:index"),
        "public forum": reverse("forum:forum", kwargs={"slug": public.slug, "pk": public.pk}),
        "expert forum": reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk}),
        "expert topic": reverse(
            "forum_conversation:topic",
            kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk, "slug": topic.slug, "pk": topic.pk},
        ),
        "post edit": reverse(
            "forum_conversation:topic_update",
            kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk, "slug": topic.slug, "pk": topic.pk},
        ),
        "post delete": reverse(
            "forum_conversation:post_delete",
            kwargs={
                "forum_slug": forum.slug,
                "forum_pk": forum.pk,
                "topic_slug": topic.slug,
                "topic_pk": topic.pk,
                "pk": content.post.pk,
            },
        ),  # fmt: skip
        "new topic": reverse(
            "forum_conversation:topic_create", kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk}
        ),
        "attachment": reverse("forum_conversation:attachment", kwargs={"pk": content.attachment.pk}),
        "feed": reverse("forum_feeds:latest_topics"),
        "expert forum feed": reverse(
            "forum_feeds:forum_latest_topics", kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk}
        ),
        "member profile": reverse("forum_member:profile", kwargs={"pk": author.pk}),
        "member's posts": reverse("forum_member:user_posts", kwargs={"pk": author.pk}),
        "unread topics": reverse("forum_tracking:unread_topics"),
        "followed topics": reverse("forum_member:user_subscriptions"),
        "forum search": reverse("search") + "?q=shelter&kind=topic&kind=post",
        "moderation queue": reverse("forum_moderation:queue"),
        "reported posts": reverse("community:report_queue"),
        "safe-contact inbox": reverse("safecontact:inbox"),
        "safe-contact conversation": reverse("safecontact:conversation", args=[safe_contact_conversation().pk]),
        "safe-contact helper roles": reverse("safecontact:helpers"),
        "expert finder": reverse("community:expert_finder"),
        "safe-contact write": reverse("safecontact:write"),
        "safe-contact check": reverse("safecontact:check"),
        "messages inbox": reverse("direct_messages:inbox"),
        "new message": reverse("direct_messages:new"),
        "message conversation": reverse("direct_messages:conversation", args=[direct_conversation(author).pk]),
    }[surface]


def safe_contact_conversation():
    """A conversation from Hungary in English whose text is the expert secret: only its helpers
    (none among these roles) and moderators may read it."""
    from safecontact import services
    from safecontact.models import Conversation

    return Conversation.objects.first() or services.start(country="HU", language="en", body=SECRET_TEXT)[0]


def direct_conversation(member):
    """A conversation of the vetted member with another vetted member, whose subject and text are the expert secret."""
    from forum.direct_messages import services
    from forum.direct_messages.models import Conversation

    from .conftest import make_vetted

    return Conversation.objects.first() or services.start(
        member, [make_vetted("dm-partner@example.org")], SECRET, SECRET_TEXT
    )


CELLS = [(surface, role) for surface in MATRIX for role in ROLES]


@pytest.mark.parametrize("surface,role", CELLS, ids=[f"{surface} × {role}" for surface, role in CELLS])
def test_permission_matrix(client, expert_content, roles, surface, role):
    expected_status, expected_content = MATRIX[surface][role]
    sign_in(client, roles, role)
    response = client.get(surface_url(surface, expert_content, roles))
    if expected_status == TWO_FACTOR:
        assert response.status_code == 302, f"{surface} × {role}: expected a redirect, got {response.status_code}"
        assert "/accounts/2fa/totp/activate/" in response["Location"], f"{surface} × {role}: not sent to set up 2FA"
    elif expected_status == QUEUE:
        assert response.status_code == 302, f"{surface} × {role}: expected a redirect, got {response.status_code}"
        assert response["Location"].startswith(reverse("review:queue")), f"{surface} × {role}: not sent to the queue"
    else:
        assert response.status_code == expected_status, (
            f"{surface} × {role}: expected {expected_status}, got {response.status_code}"
        )
    if expected_status == LOGIN:
        assert "/accounts/login/" in response["Location"], f"{surface} × {role}: not sent to the login page"
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode("utf-8", "replace")
    if expected_content == SHOWS:
        marker = "Cross-border cases" if surface == "forum index" else SECRET
        assert marker in text or SECRET_TEXT in text, f"{surface} × {role}: expert content missing"
    # Whatever the page, a role without access never gets the expert text.
    if role not in READERS:
        assert SECRET not in text and SECRET_TEXT not in text, f"{surface} × {role}: EXPERT CONTENT LEAKED"
        assert "Cross-border cases" not in text, f"{surface} × {role}: expert forum name leaked"


# Straight to the backend with a user, no session: 2FA (a property of the session) is the page tests' part.
@pytest.mark.parametrize("role", [role for role in ROLES if role != "moderator without 2FA"])
def test_site_search_returns_only_readable_posts(expert_content, roles, role):
    from django.contrib.auth.models import AnonymousUser

    from search.access import reader_tokens
    from search.backends import get_backend
    from search.query import SearchQuery

    user = roles[role] or AnonymousUser()
    if role == "expired":
        # What the membership middleware does on the member's next request.
        user.membership_application.expire()

    def titles(text):
        query = SearchQuery(text=text, language="en", readers=reader_tokens(user))
        return {hit.title for hit in get_backend().search(query).hits}

    titles = titles("EXPERT-SECRET-TEXT shelter") | titles("PUBLIC-TEXT")
    assert "Public announcement" in titles
    assert (SECRET in titles) == (role in READERS), role


@pytest.mark.parametrize("role", ROLES)
def test_site_wide_search_page_shows_expert_posts_only_to_readers(client, expert_content, roles, role):
    """The search box in the header reaches the forum too, through the same permission check."""
    sign_in(client, roles, role)
    html = client.get("/en/search/", {"q": "shelter"}).content.decode()
    public = client.get("/en/search/", {"q": "PUBLIC-TEXT"}).content.decode()
    assert "Public announcement" in public
    assert (SECRET in html) == (role in READERS), role
    if role not in READERS:
        assert SECRET_TEXT not in html and "Cross-border cases" not in html
