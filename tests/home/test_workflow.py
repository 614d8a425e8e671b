"""Publishing goes through the "Editorial approval" workflow: editors submit, moderators approve."""

import datetime

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Collection, WorkflowState
from wagtail.users.models import UserProfile

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


@pytest.mark.parametrize(
    "language,goes_live",
    [("en", "It goes live on 15 January 2031, 09:30"), ("hu", "Megjelenés időpontja: 2031. január 15.")],
)
def test_workflow_emails_come_once_per_person_and_give_a_scheduled_go_live_date(
    workflow, home_page, mailoutbox, django_capture_on_commit_callbacks, language, goes_live
):
    """An administrator who also moderates used to get both Wagtail's workflow notice and its
    task notice; the approval said nothing about when the scheduled change goes live."""
    editor = make_user("ed@example.org", settings.EDITORS_GROUP)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    moderator = make_user("mod@example.org", settings.MODERATORS_GROUP)
    admin = make_user("root@example.org", settings.MODERATORS_GROUP)
    admin.is_superuser = True
    admin.save()
    page = StandardPage(title="Study visit to Budapest", slug="study-visit-budapest", live=False)
    home_page.add_child(instance=page)
    go_live = timezone.make_aware(datetime.datetime(2031, 1, 15, 9, 30))
    page.go_live_at = go_live
    page.save_revision(user=editor)

    with django_capture_on_commit_callbacks(execute=True):
        state = workflow.start(page, editor)
    recipients = sorted(address for message in mailoutbox for address in message.to)
    assert recipients == ["mod@example.org", "root@example.org"]

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        state.current_task_state.task.specific.on_action(state.current_task_state, moderator, "approve")
    page.refresh_from_db()
    assert not page.live  # scheduled, not published yet
    [approval] = [message for message in mailoutbox if message.to == ["ed@example.org"]]
    assert "Study visit to Budapest" in approval.body
    assert goes_live in approval.body


def test_an_approval_without_a_schedule_says_it_is_live(
    workflow, home_page, mailoutbox, django_capture_on_commit_callbacks
):
    editor = make_user("ed@example.org", settings.EDITORS_GROUP)
    moderator = make_user("mod@example.org", settings.MODERATORS_GROUP)
    page = StandardPage(title="Workshop in Pécs", slug="workshop-pecs", live=False)
    home_page.add_child(instance=page)
    page.save_revision(user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        state = workflow.start(page, editor)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        state.current_task_state.task.specific.on_action(state.current_task_state, moderator, "approve")
    [approval] = [message for message in mailoutbox if message.to == ["ed@example.org"]]
    assert "It is live now" in approval.body and "goes live on" not in approval.body


def test_editors_may_translate_also_on_a_database_set_up_after_wagtail_localize(home_page):
    """wagtail-localize grants its permission in a migration, to the groups of that moment; a
    flushed database or a rebuilt group had editors without "Translate this page"."""
    from django.contrib.auth.models import Permission

    Permission.objects.filter(codename="submit_translation").delete()
    Group.objects.filter(name__in=[settings.EDITORS_GROUP, settings.MODERATORS_GROUP]).delete()
    ensure_editing_setup()
    editor = make_user("ed@example.org", settings.EDITORS_GROUP)
    assert editor.has_perm("wagtail_localize.submit_translation")
