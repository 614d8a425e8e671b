"""What the directory needs on every installation, demo or not: the taxonomy,
the editors' and moderators' permissions, and the approval workflow for
organisations. Idempotent; run by `manage.py setup_platform` and the demo."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import override
from wagtail.models import Workflow, WorkflowContentType

from .models import Organisation
from .taxonomy_data import ensure_taxonomy

# Not experts: their entries are personal data, kept by moderators (and by editors only if an
# administrator gives their group the permission to see expert contact details).
EDITOR_MODELS = ["organisation", "pathwayguidance", "stage", "service"]
EDITOR_ACTIONS = ["add", "change", "view"]
MODERATOR_ACTIONS = ["add", "change", "view", "delete"]
MODERATOR_EXTRA = ["publish_organisation", "lock_organisation", "unlock_organisation"]


def _permission(codename):
    return Permission.objects.get(content_type__app_label="directory", codename=codename)


def ensure_editing_permissions():
    """Editors edit the directory and submit organisations for approval; moderators also publish and delete."""
    editors = Group.objects.filter(name=settings.EDITORS_GROUP).first()
    moderators = Group.objects.filter(name=settings.MODERATORS_GROUP).first()
    for group, actions in ((editors, EDITOR_ACTIONS), (moderators, MODERATOR_ACTIONS)):
        if group is None:
            continue
        group.permissions.add(*[_permission(f"{action}_{model}") for model in EDITOR_MODELS for action in actions])
    if editors is not None:
        # Installations set up before experts left the editors' models.
        editors.permissions.remove(*[_permission(f"{action}_expert") for action in EDITOR_ACTIONS])
    if moderators is not None:
        moderators.permissions.add(*[_permission(f"{action}_expert") for action in MODERATOR_ACTIONS])
    if moderators is not None:
        moderators.permissions.add(*[_permission(codename) for codename in MODERATOR_EXTRA])


def ensure_organisation_workflow(workflow=None):
    """Organisations go through the same approval workflow as pages (unless an editor chose another)."""
    from home.editing import WORKFLOW_NAME

    workflow = workflow or Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is None:
        return None
    content_type = ContentType.objects.get_for_model(Organisation)
    link, _created = WorkflowContentType.objects.get_or_create(
        content_type=content_type, defaults={"workflow": workflow}
    )
    return link.workflow


def ensure_expert_contacts_permission():
    """Vetted members and moderators see experts' contact details; editors only if an
    administrator adds the permission to their group (it is never added nor removed here)."""
    permission = _permission("view_expert_contact_details")
    for name in (settings.VETTED_GROUP, settings.MODERATORS_GROUP):
        Group.objects.get_or_create(name=name)[0].permissions.add(permission)


def ensure_directory_setup(workflow=None):
    with override(settings.LANGUAGE_CODE):
        ensure_taxonomy()
    ensure_editing_permissions()
    ensure_expert_contacts_permission()
    return ensure_organisation_workflow(workflow)
