"""Publishing goes through the "Editorial approval" workflow: editors submit, moderators approve."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Collection, WorkflowState

from home.editing import COLLECTION_NAMES, WORKFLOW_NAME, ensure_editing_setup
from home.models import StandardPage


@pytest.fixture
def workflow(home_page):
    return ensure_editing_setup()


def make_user(email, group_name):
    user = get_user_model().objects.create_user(username=email.split("@")[0], email=email, password="x" * 12)
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_setup_is_idempotent_and_creates_groups_collections_and_workflow(workflow):
    ensure_editing_setup()
    assert workflow.name == WORKFLOW_NAME
    assert Group.objects.filter(name__in=[settings.EDITORS_GROUP, settings.MODERATORS_GROUP]).count() == 2
    names = list(Collection.objects.filter(name__in=COLLECTION_NAMES).values_list("name", flat=True))
    assert sorted(names) == sorted(COLLECTION_NAMES)


def test_editors_may_edit_but_not_publish_moderators_may_publish(workflow, home_page):
    editor = make_user("ed@example.org", settings.EDITORS_GROUP)
    moderator = make_user("mod@example.org", settings.MODERATORS_GROUP)
    assert home_page.permissions_for_user(editor).can_add_subpage()
    assert not home_page.permissions_for_user(editor).can_publish()
    assert home_page.permissions_for_user(moderator).can_publish()
    assert editor.has_perm("wagtailadmin.access_admin")


def test_every_page_gets_the_approval_workflow(workflow, home_page):
    page = StandardPage(title="New page", slug="new-page")
    home_page.add_child(instance=page)
    assert page.get_workflow() == workflow


def test_submitted_page_is_not_live_until_a_moderator_approves(workflow, home_page, client):
    editor = make_user("ed@example.org", settings.EDITORS_GROUP)
    moderator = make_user("mod@example.org", settings.MODERATORS_GROUP)
    page = StandardPage(title="Workshop in Antwerp", slug="workshop-antwerp", live=False)
    home_page.add_child(instance=page)
    page.save_revision(user=editor)

    state = workflow.start(page, editor)
    page.refresh_from_db()
    assert WorkflowState.objects.filter(base_content_type__isnull=False, object_id=str(page.pk)).count() == 1
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not page.live
    assert client.get("/en/workshop-antwerp/").status_code == 404

    task_state = state.current_task_state
    assert task_state.task.specific.user_can_access_editor(page, moderator)
    assert not task_state.task.specific.get_actions(page, editor)
    task_state.task.specific.on_action(task_state, moderator, "approve")

    page.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert page.live
    assert client.get("/en/workshop-antwerp/").status_code == 200


def test_redirects_and_site_settings_are_in_the_admin_menu(workflow, rf):
    from wagtail.admin.menu import admin_menu

    moderator = make_user("mod@example.org", settings.MODERATORS_GROUP)
    superuser = get_user_model().objects.create_superuser(username="root", email="root@example.org", password="x")

    def urls(user):
        request = rf.get("/admin/")
        request.user = user
        found = []
        for item in admin_menu.menu_items_for_request(request):
            submenu = getattr(item, "menu", None)
            children = submenu.menu_items_for_request(request) if submenu else []
            found += [getattr(child, "url", "") for child in children] + [getattr(item, "url", "")]
        return found

    assert "/admin/redirects/" in urls(moderator)
    assert any(url.startswith("/admin/settings/home/sitesettings/") for url in urls(superuser))
