"""Keeps a copy of an application's answers at each submission (for the queue's "what
changed"), drops the copies when the retention schedule reduces an application, and tells
moderators who want it at once about a new application."""

from django.db import transaction
from django.db.models.signals import post_save

KEEP_SNAPSHOTS = 2  # the current submission and the one before: all the comparison needs


def application_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    from .models import ApplicationSnapshot
    from .sources import snapshot_of

    if instance.details_deleted or instance.state == instance.State.DRAFT:
        if instance.details_deleted:
            ApplicationSnapshot.objects.filter(application=instance).delete()
        return
    if not instance.is_in_queue or instance.submitted_at is None:
        return
    _snapshot, new = ApplicationSnapshot.objects.get_or_create(
        application=instance, submitted_at=instance.submitted_at, defaults={"data": snapshot_of(instance)}
    )
    if not new:
        return
    old = ApplicationSnapshot.objects.filter(application=instance).order_by("-submitted_at", "-pk")[KEEP_SNAPSHOTS:]
    ApplicationSnapshot.objects.filter(pk__in=[snapshot.pk for snapshot in old]).delete()
    pk = instance.pk
    from . import notifications

    transaction.on_commit(lambda: notifications.tell_moderators("application", pk))


def connect():
    from forum.membership.models import Application

    post_save.connect(application_saved, sender=Application, dispatch_uid="review_application_saved")
