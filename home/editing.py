"""Who may edit what: the Editors and Moderators groups, media collections and the approval workflow.

Editors write and submit pages; only Moderators publish, by approving the
"Moderators approve" task of the "Editorial approval" workflow, which covers
every language tree. Idempotent: safe to run on every demo load or deploy.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.models import HomePage

COLLECTION_NAMES = ["Handbook", "Reports", "News", "Site"]
WORKFLOW_NAME = "Editorial approval"
TASK_NAME = "Moderators approve"

EDITOR_PAGE_PERMISSIONS = ["add", "change"]
MODERATOR_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock"]
MEDIA_PERMISSIONS = {
    ("wagtailimages", "image"): ["add", "change", "choose"],
    ("wagtaildocs", "document"): ["add", "change", "choose"],
}


def _permission(app_label, model, codename):
    content_type = ContentType.objects.get(app_label=app_label, model=model)
    return Permission.objects.get(content_type=content_type, codename=codename)


def ensure_groups():
    editors = Group.objects.get_or_create(name=settings.EDITORS_GROUP)[0]
    moderators = Group.objects.get_or_create(name=settings.MODERATORS_GROUP)[0]
    access_admin = _permission("wagtailadmin", "admin", "access_admin")
    # Translating is part of editing. wagtail-localize creates this permission and grants it in a
    # migration, so a flushed database (or a rebuilt group) lacks it: make sure of both here.
    submit_translation = Permission.objects.get_or_create(
        content_type=ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")[0],
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )[0]
    for group in (editors, moderators):
        group.permissions.add(access_admin, submit_translation)
    # Page permissions on the tree root reach every language's home page and below.
    root = Page.get_first_root_node()
    for group, types in ((editors, EDITOR_PAGE_PERMISSIONS), (moderators, MODERATOR_PAGE_PERMISSIONS)):
        for permission_type in types:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=_permission("wagtailcore", "page", f"{permission_type}_page")
            )
    # Moderators also manage redirects, so moved pages keep their old addresses working.
    for codename in ("add_redirect", "change_redirect", "delete_redirect"):
        moderators.permissions.add(_permission("wagtailredirects", "redirect", codename))
    return editors, moderators


def ensure_collections(groups):
    root = Collection.get_first_root_node()
    collections = []
    for name in COLLECTION_NAMES:
        collection = root.get_children().filter(name=name).first()
        if collection is None:
            collection = root.add_child(name=name)
        collections.append(collection)
    # Permissions on the root collection cover the named ones and anything added later.
    for group in groups:
        for (app_label, model), types in MEDIA_PERMISSIONS.items():
            for permission_type in types:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root,
                    permission=_permission(app_label, model, f"{permission_type}_{model}"),
                )
    return collections


def ensure_workflow(moderators):
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(moderators)
    workflow = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})[0]
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for home in HomePage.objects.all():
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return workflow


def ensure_editing_setup():
    editors, moderators = ensure_groups()
    ensure_collections((editors, moderators))
    return ensure_workflow(moderators)
