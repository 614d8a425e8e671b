"""`manage.py setup_platform` prepares the directory on a new installation."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command

from directory.models import Language, Organisation, Service, Stage, TargetGroup

pytestmark = pytest.mark.django_db


def test_setup_platform_creates_the_taxonomy_permissions_and_workflow(home_page):
    call_command("setup_platform", stdout=None)
    call_command("setup_platform", stdout=None)

    assert list(Stage.objects.values_list("number", flat=True)) == [1, 2, 3, 4, 5]
    assert Service.objects.count() == 20
    assert TargetGroup.objects.count() == len(TargetGroup.Code.choices)
    assert Language.objects.count() == len(Language.Code.choices)

    editors = Group.objects.get(name=settings.EDITORS_GROUP)
    moderators = Group.objects.get(name=settings.MODERATORS_GROUP)
    editor_perms = set(editors.permissions.values_list("codename", flat=True))
    moderator_perms = set(moderators.permissions.values_list("codename", flat=True))
    assert {"add_organisation", "change_organisation", "change_pathwayguidance"} <= editor_perms
    assert "publish_organisation" not in editor_perms
    assert not {perm for perm in editor_perms if perm.endswith("_expert")}  # experts are personal data
    assert {"publish_organisation", "delete_organisation", "change_expert", "delete_expert"} <= moderator_perms
    # Experts' contact details: vetted members and moderators, never editors by default.
    vetted = Group.objects.get(name=settings.VETTED_GROUP)
    assert "view_expert_contact_details" in moderator_perms
    assert vetted.permissions.filter(codename="view_expert_contact_details").exists()
    assert "view_expert_contact_details" not in editor_perms

    organisation = Organisation(name="New", slug="new", kind="ngo", country="BE", city="Ghent")
    assert organisation.get_workflow().name == "Editorial approval"
