"""A new installation gets its groups, workflow and forums from one idempotent command."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from machina.core.db.models import get_model
from wagtail.models import Workflow, WorkflowPage

Forum = get_model("forum", "Forum")


def test_setup_platform_creates_groups_workflow_and_forums_once(home_page):
    call_command("setup_platform", verbosity=0)
    counts = (Group.objects.count(), Workflow.objects.count(), Forum.objects.count())
    call_command("setup_platform", verbosity=0)

    assert (Group.objects.count(), Workflow.objects.count(), Forum.objects.count()) == counts
    assert Group.objects.filter(name=settings.EDITORS_GROUP).exists()
    assert Group.objects.get(name=settings.MODERATORS_GROUP).permissions.filter(codename="access_admin").exists()
    assert WorkflowPage.objects.get(page=home_page).workflow.name == "Editorial approval"
    assert Forum.objects.filter(name="Cross-border cases").exists()
    assert Forum.objects.filter(name="Announcements").exists()
