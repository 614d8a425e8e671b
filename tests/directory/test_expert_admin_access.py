"""Experts in the admin (issue 10, finding 2): editors do not see them, not even through a
"change expert" permission, unless their group is given "view expert contact details"."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from tests.accounts.mfa import force_login_with_2fa
from tests.directory.conftest import make_expert, make_organisation
from tests.membership.conftest import make_user

pytestmark = pytest.mark.django_db

EXPERT_LIST = "wagtailsnippets_directory_expert:list"


@pytest.fixture
def platform(directory_page):
    call_command("setup_platform", stdout=None)
    organisation = make_organisation("ghent-shelter", name="Ghent Shelter")
    make_expert(organisation, full_name="Erika Admin-Hidden", email="erika.hidden@example.org")


def sign_in(client, email, group):
    user = make_user(email, groups=[group], is_staff=True)
    return force_login_with_2fa(client, user)


def test_an_editor_has_no_experts_in_the_admin(client, platform):
    sign_in(client, "editor@example.org", settings.EDITORS_GROUP)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Erika" not in menu
    assert reverse(EXPERT_LIST) not in menu
    for url in (reverse(EXPERT_LIST), reverse(EXPERT_LIST) + "?export=csv"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"erika.hidden@example.org" not in response.content
    # Organisations stay theirs to edit.
    assert client.get(reverse("wagtailsnippets_directory_organisation:list")).status_code == 200


def test_change_expert_alone_is_not_a_way_in(client, platform):
    editors = Group.objects.get(name=settings.EDITORS_GROUP)
    editors.permissions.add(*Permission.objects.filter(codename__in=["view_expert", "change_expert"]))
    sign_in(client, "editor@example.org", settings.EDITORS_GROUP)
    response = client.get(reverse(EXPERT_LIST))
    assert response.status_code in (302, 403)
    assert b"erika.hidden@example.org" not in response.content

    # The explicit group setting opens it.
    editors.permissions.add(Permission.objects.get(codename="view_expert_contact_details"))
    response = client.get(reverse(EXPERT_LIST))
    assert response.status_code == 200 and b"erika.hidden@example.org" in response.content


def test_moderators_keep_the_experts(client, platform):
    sign_in(client, "moderator@example.org", settings.MODERATORS_GROUP)
    response = client.get(reverse(EXPERT_LIST))
    assert response.status_code == 200 and b"erika.hidden@example.org" in response.content


def test_setup_takes_expert_rights_back_from_editors(platform):
    editors = Group.objects.get(name=settings.EDITORS_GROUP)
    editors.permissions.add(*Permission.objects.filter(codename__in=["view_expert", "change_expert", "add_expert"]))
    call_command("setup_platform", stdout=None)
    assert not editors.permissions.filter(codename__endswith="_expert").exists()
