"""Translations are published through the same approval workflow as the English pages."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from tests.accounts.mfa import force_login_with_2fa


def member_of(group_name, email):
    user = get_user_model().objects.create_user(username=email.split("@")[0], email=email, password="x-long-password")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_a_translated_page_needs_a_moderator_to_go_live(client, translated_home, about_page, translate):
    editor = member_of(settings.EDITORS_GROUP, "editor@example.org")
    moderator = member_of(settings.MODERATORS_GROUP, "moderator@example.org")

    draft = translate(about_page, "hu", publish=False)
    # wagtail-localize's "Publish" button checks exactly this permission: editors do not have it.
    assert not draft.permissions_for_user(editor).can_publish()
    assert draft.permissions_for_user(moderator).can_publish()

    workflow = draft.get_workflow()
    assert workflow is not None, "the Hungarian tree must be covered by the approval workflow"
    workflow_state = workflow.start(draft, editor)
    draft.refresh_from_db()
    assert not draft.live
    assert client.get("/hu/about/").status_code == 302  # still the home page with a notice

    workflow_state.current_task_state.approve(user=moderator)
    draft.refresh_from_db()
    assert draft.live
    response = client.get("/hu/about/")
    assert response.status_code == 200
    assert b"HU: About the project" in response.content


def test_an_editor_submits_a_translation_for_moderation_in_the_admin(client, translated_home, about_page, translate):
    editor = member_of(settings.EDITORS_GROUP, "editor@example.org")
    moderator = member_of(settings.MODERATORS_GROUP, "moderator@example.org")
    draft = translate(about_page, "nl", publish=False)
    force_login_with_2fa(client, editor)

    listing = client.get(f"/admin/pages/{draft.get_parent().pk}/")
    submit_url = f"/admin/translations/{draft.pk}/submit-for-moderation/"
    assert submit_url in listing.content.decode()

    response = client.post(submit_url)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.workflow_in_progress and not draft.live
    # Already waiting for a moderator: Wagtail turns the refusal into a redirect to the dashboard.
    assert client.post(submit_url)["Location"] == "/admin/"
    assert WorkflowState.objects.filter(object_id=str(draft.pk)).count() == 1

    draft.current_workflow_state.current_task_state.approve(user=moderator)
    draft.refresh_from_db()
    assert draft.live


def test_people_who_may_publish_do_not_get_the_submit_button(translated_home, about_page, translate):
    from home.translation_workflow import can_submit_translation

    moderator = member_of(settings.MODERATORS_GROUP, "moderator@example.org")
    draft = translate(about_page, "fr", publish=False)
    assert not can_submit_translation(draft, moderator)
