from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class MembershipConfig(AppConfig):
    name = "forum.membership"
    label = "membership"
    verbose_name = _("Membership vetting")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        post_migrate.connect(ensure_groups, sender=self)
        from .signals import connect

        connect()


def ensure_groups(**kwargs):
    """The groups the platform's permissions rely on exist in every database,
    moderators may open the Wagtail admin, where their queue is, and vetted members
    and moderators may see experts' contact details."""
    from django.conf import settings
    from django.contrib.auth.models import Group, Permission

    for name in (settings.VETTED_GROUP, settings.MODERATORS_GROUP, settings.EDITORS_GROUP):
        Group.objects.get_or_create(name=name)
    from django.contrib.contenttypes.models import ContentType

    # Wagtail creates this permission in a migration only; a flushed test database
    # (transactional tests) loses it, so it is made again here, the way Wagtail does.
    admin_type, _created = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _created = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    for name in (settings.MODERATORS_GROUP, settings.EDITORS_GROUP):
        Group.objects.get(name=name).permissions.add(access_admin)
    # Vetted members and moderators see experts' contact details (directory.permissions).
    expert_type, _created = ContentType.objects.get_or_create(app_label="directory", model="expert")
    expert_contacts, _created = Permission.objects.get_or_create(
        content_type=expert_type,
        codename="view_expert_contact_details",
        defaults={"name": "Can view expert contact details"},
    )
    for name in (settings.VETTED_GROUP, settings.MODERATORS_GROUP):
        Group.objects.get(name=name).permissions.add(expert_contacts)
