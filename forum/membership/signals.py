"""Nobody enters the vetted group except through an approved membership.

The forum grants its permissions to the "Vetted professionals" group, so
adding someone to it by hand (in the Wagtail user editor, say) would skip the
vetting. Such an addition is undone at once; approval (`sync_vetted_group`)
is the only way in.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone


def _granted_user_ids(user_ids):
    from .models import Application

    return set(
        Application.objects.filter(
            user_id__in=user_ids, state=Application.State.APPROVED, valid_until__gt=timezone.now()
        ).values_list("user_id", flat=True)
    )


def keep_vetted_group_honest(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action != "post_add" or not pk_set:
        return
    if isinstance(instance, Group):  # group.user_set.add(...)
        if instance.name != settings.VETTED_GROUP:
            return
        refused = set(pk_set) - _granted_user_ids(pk_set)
        if refused:
            instance.user_set.remove(*refused)
        return
    vetted = Group.objects.filter(pk__in=pk_set, name=settings.VETTED_GROUP).first()
    if vetted is not None and not _granted_user_ids([instance.pk]):
        instance.groups.remove(vetted)


def connect():
    from django.db.models.signals import m2m_changed

    m2m_changed.connect(
        keep_vetted_group_honest, sender=get_user_model().groups.through, dispatch_uid="membership_vetted_group"
    )
