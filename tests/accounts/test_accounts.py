"""Sign-up, login, MFA for staff, and rate limiting."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import Client

from tests.accounts.mfa import force_login_with_2fa
from tests.membership.conftest import PASSWORD, give_mfa, make_user

SIGNUP = "/en/accounts/signup/"
LOGIN = "/en/accounts/login/"


@pytest.fixture
def forums(db):
    from forum.community.structure import setup_forums

    return setup_forums()


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


def test_sign_up_needs_a_verified_email_and_a_strong_password(client, db):
    response = client.post(SIGNUP, {"email": "new@example.org", "password1": "password", "password2": "password"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "This password is too common." in page
    assert 'value="new@example.org"' in page
    assert not get_user_model().objects.filter(email="new@example.org").exists()

    response = client.post(
        "/hu/accounts/signup/",
        {"email": "new@example.org", "password1": "Vörös-hajnal-2014", "password2": "Vörös-hajnal-2014"},
    )
    assert response.status_code == 302 and "confirm-email" in response["Location"]
    user = get_user_model().objects.get(email="new@example.org")
    assert user.preferred_language == "hu"
    # The forum shows usernames publicly: never one made from the e-mail address.
    assert user.username.startswith("member-") and "new" not in user.username
    assert not EmailAddress.objects.get(user=user).verified
    # Not verified yet: login is refused and a link is sent again.
    client.logout()
    response = client.post(LOGIN, {"login": "new@example.org", "password": "Vörös-hajnal-2014"})
    assert response.status_code == 302 and "confirm-email" in response["Location"]
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    client.post(path)
    assert EmailAddress.objects.get(user=user).verified


def test_confirming_the_address_leads_straight_on_to_the_membership_application(client, db):
    password = "Vörös-hajnal-2014"
    client.post("/hu/accounts/signup/", {"email": "new@example.org", "password1": password, "password2": password})
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    response = client.post("/" + link.split("://", 1)[1].split("/", 1)[1])
    assert response.status_code == 302 and response["Location"] == "/hu/membership/apply/"
    assert client.get("/hu/membership/apply/").status_code == 200  # signed in on confirmation


def test_account_pages_sit_in_the_site_shell(client, db):
    page = client.get(LOGIN).content.decode()
    assert 'class="site-header"' in page and 'id="main-content"' in page
    assert 'class="form-field' in page
    user = make_user("member@example.org")
    client.force_login(user)
    page = client.get("/en/accounts/email/").content.decode()
    assert 'class="account-nav"' in page and "/en/membership/" in page


def test_profile_keeps_typed_values_on_error(client, db):
    user = make_user("member@example.org")
    client.force_login(user)
    response = client.post(
        "/en/accounts/profile/", {"first_name": "Bea", "last_name": "Tóth", "preferred_language": "xx"}
    )
    page = response.content.decode()
    assert "Select a valid choice." in page and 'value="Bea"' in page
    assert f"In the forum you appear as <strong>{user.username}</strong>" in page
    client.post("/en/accounts/profile/", {"first_name": "Bea", "last_name": "Tóth", "preferred_language": "nl"})
    user.refresh_from_db()
    assert user.preferred_language == "nl"


def test_changing_the_email_address_needs_re_verification(client, db):
    user = make_user("old@example.org")
    client.force_login(user)
    client.post("/en/accounts/email/", {"action_add": "", "email": "new@example.org"})
    user.refresh_from_db()
    assert user.email == "old@example.org"
    assert EmailAddress.objects.filter(user=user, email="new@example.org", verified=False).exists()
    assert any(message.to == ["new@example.org"] for message in mail.outbox)


def test_failed_logins_are_rate_limited_per_account_and_a_password_reset_lifts_it(client, db):
    make_user("target@example.org")
    for _attempt in range(5):
        response = client.post(LOGIN, {"login": "target@example.org", "password": "wrong-guess"})
        assert "Too many failed login attempts" not in response.content.decode()
    response = client.post(LOGIN, {"login": "target@example.org", "password": PASSWORD})
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    # Other accounts are not affected.
    make_user("bystander@example.org")
    other = client.post(LOGIN, {"login": "bystander@example.org", "password": PASSWORD})
    assert other.status_code == 302


def test_rate_limit_policy_is_the_documented_one():
    assert settings.ACCOUNT_RATE_LIMITS["login_failed"] == "20/m/ip,5/5m/key"


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/admin/membership/", "/admin/membership_audit/"])
@pytest.mark.parametrize("role", ["staff", "editor", "moderator", "superuser"])
def test_staff_without_mfa_cannot_reach_the_admin_or_moderation(client, db, path, role):
    extra = {"is_staff": True}
    groups = []
    if role == "editor":
        groups = [settings.EDITORS_GROUP]
    elif role == "moderator":
        groups = [settings.MODERATORS_GROUP]
    elif role == "superuser":
        extra["is_superuser"] = True
    user = make_user(f"{role}@example.org", groups=groups, **extra)
    client.force_login(user)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")
    give_mfa(user)
    # An app, but a session signed in with the password alone: a code is asked for first.
    response = client.get(path)
    assert response.status_code == 302 and "/accounts/2fa/reauthenticate/" in response["Location"]
    # With a code used in this session, the usual Wagtail permissions decide (200, or a redirect for lack of rights).
    force_login_with_2fa(client, user)
    response = client.get(path)
    assert "/2fa/" not in response.get("Location", "")


def test_mfa_is_also_required_on_forum_moderation_paths(client, db):
    user = make_user("forum-mod@example.org", groups=[settings.MODERATORS_GROUP])
    client.force_login(user)
    response = client.get("/en/forum/moderation/queue/")
    assert response.status_code == 302 and "/2fa/totp/activate/" in response["Location"]


def test_members_without_staff_roles_are_not_forced_to_set_up_mfa(client, db):
    client.force_login(make_user("member@example.org"))
    assert client.get("/en/membership/").status_code == 200


def test_rights_not_addresses_decide_who_needs_mfa(db, forums):
    """Anyone with power over content or people needs 2FA, however they got that power."""
    from django.contrib.auth.models import Permission
    from machina.core.db.models import get_model

    from accounts.mfa import mfa_required_for
    from tests.forum.conftest import make_vetted

    ForumPermission = get_model("forum_permission", "ForumPermission")
    UserForumPermission = get_model("forum_permission", "UserForumPermission")

    vetted = make_vetted("plain-vetted@example.org")
    assert not mfa_required_for(vetted)  # reading and writing in the expert area is no privilege

    def fresh(user):
        return get_user_model().objects.get(pk=user.pk)

    forum_moderator = make_vetted("forum-moderator@example.org")
    UserForumPermission.objects.create(
        user=forum_moderator,
        forum=forums["Hungary"],
        permission=ForumPermission.objects.get(codename="can_edit_posts"),
    )
    assert mfa_required_for(fresh(forum_moderator))

    vetting_helper = make_user("vetting-helper@example.org")
    vetting_helper.user_permissions.add(Permission.objects.get(codename="change_application"))
    assert mfa_required_for(fresh(vetting_helper))

    editor_without_staff_flag = make_user("plain-editor@example.org", groups=[settings.EDITORS_GROUP])
    assert mfa_required_for(editor_without_staff_flag)


@pytest.fixture
def forum_moderator_without_2fa(forums):
    """A moderator who is not staff and signed in with a password only (finding 1 of issue 10)."""
    from tests.forum.conftest import make_topic, make_vetted

    author = make_vetted("author@example.org")
    topic, post = make_topic(forums["Hungary"], author, "Expert-only shelter question", "EXPERT-SECRET-TEXT here.")
    moderator = make_user("mod-no-2fa@example.org", groups=[settings.MODERATORS_GROUP])
    return moderator, topic, post


@pytest.mark.parametrize("has_app", [False, True], ids=["no app", "app not used in this session"])
def test_a_moderator_without_2fa_in_this_session_is_a_visitor_everywhere(client, forum_moderator_without_2fa, has_app):
    from django.urls import reverse

    moderator, topic, post = forum_moderator_without_2fa
    if has_app:
        give_mfa(moderator)
    assert client.login(email=moderator.email, password=PASSWORD)
    forum = topic.forum
    kwargs = {"forum_slug": forum.slug, "forum_pk": forum.pk}
    topic_kwargs = {**kwargs, "topic_slug": topic.slug, "topic_pk": topic.pk}
    for url in (
        reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk}),
        reverse("forum_conversation:topic", kwargs={**kwargs, "slug": topic.slug, "pk": topic.pk}),
        reverse("forum_conversation:post_update", kwargs={**topic_kwargs, "pk": post.pk}),
        reverse("forum_conversation:post_delete", kwargs={**topic_kwargs, "pk": post.pk}),
        reverse("forum_conversation:topic_create", kwargs=kwargs),
        reverse("forum_member:profile", kwargs={"pk": post.poster_id}),
        reverse("community:report_queue"),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        expected = "/accounts/2fa/reauthenticate/" if has_app else "/accounts/2fa/totp/activate/"
        assert expected in response["Location"], url
        assert "EXPERT-SECRET-TEXT" not in response.content.decode()
    deleted = client.post(reverse("forum_conversation:post_delete", kwargs={**topic_kwargs, "pk": post.pk}))
    assert deleted.status_code == 302
    assert type(post).objects.filter(pk=post.pk).exists()
    # Public pages, setting up 2FA and signing out still work.
    assert client.get("/en/forum/").status_code == 200
    assert "Cross-border cases" not in client.get("/en/forum/").content.decode()
    assert client.get(reverse("mfa_reauthenticate" if has_app else "mfa_activate_totp")).status_code in (200, 302)
    assert client.post(reverse("account_logout")).status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db(transaction=True)
def test_setting_up_the_app_counts_as_using_it(client, forums):
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time

    user = make_user("new-mod@example.org", groups=[settings.MODERATORS_GROUP], is_staff=True)
    client.login(email=user.email, password=PASSWORD)
    assert client.get("/admin/review/")["Location"].endswith("/accounts/2fa/totp/activate/")
    page = client.get("/en/accounts/2fa/totp/activate/")
    if page.status_code == 302:  # allauth asks for the password again first
        client.post(page["Location"], {"password": PASSWORD})
        page = client.get("/en/accounts/2fa/totp/activate/")
    code = format_hotp_value(hotp_value(page.context["form"].secret, next(yield_hotp_counters_from_time())))
    response = client.post("/en/accounts/2fa/totp/activate/", {"code": code})
    assert response.status_code == 302, response.content.decode()[:500]
    assert client.get("/admin/review/").status_code == 200


def test_removing_the_authenticator_ends_privileged_sessions(client, forums):
    from allauth.mfa.models import Authenticator

    user = make_user("staff-session@example.org", is_staff=True, groups=[settings.MODERATORS_GROUP])
    force_login_with_2fa(client, user)
    assert client.get("/admin/review/").status_code == 200
    Authenticator.objects.filter(user=user).delete()
    response = client.get("/en/forum/")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session  # signed out, not merely kept out
    # A new app set up elsewhere does not revive the old session either.
    force_login_with_2fa(Client(), user)
    assert client.get("/admin/review/").status_code == 302


def test_wagtail_login_goes_through_allauth(client, db):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert (
        response["Location"].startswith("/en/accounts/login/") and "next=%2Fadmin%2Fpages%2F" in response["Location"]
    )
    assert client.post("/admin/login/", {"username": "x", "password": "y"}).status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_staff_with_mfa_must_give_a_code_when_signing_in(client, db):
    user = make_user("staff@example.org", is_staff=True)
    give_mfa(user)
    response = client.post(LOGIN, {"login": "staff@example.org", "password": PASSWORD})
    assert response.status_code == 302 and "/2fa/authenticate/" in response["Location"]
    assert client.get("/admin/").status_code == 302


def test_signed_in_people_without_admin_rights_are_not_bounced_around(client, db):
    member = make_user("member@example.org")
    client.force_login(member)
    response = client.get("/admin/", follow=True)
    assert len(response.redirect_chain) <= 2
    assert response.status_code == 200
    assert "You do not have permission to access the admin." in response.content.decode()
