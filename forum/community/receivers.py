from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from machina.core.db.models import get_model

from . import notifications

Post = get_model("forum_conversation", "Post")


@receiver(post_save, sender=Post, dispatch_uid="community_post_saved")
def post_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    pk = instance.pk
    if instance.approved:
        # announce_post is idempotent: edits and re-approvals after hiding send nothing.
        transaction.on_commit(lambda: notifications.announce_post(pk))
    elif created:
        transaction.on_commit(lambda: notifications.tell_moderators_pending(pk))
