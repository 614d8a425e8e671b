"""Existing installations: vetted members and moderators keep seeing experts' contact details,
now through the named permission instead of a staff flag or group name (issue 10)."""

from django.conf import settings
from django.db import migrations


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; this one is needed now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    expert_type, _created = ContentType.objects.get_or_create(app_label="directory", model="expert")
    permission, _created = Permission.objects.get_or_create(
        content_type=expert_type,
        codename="view_expert_contact_details",
        defaults={"name": "Can view expert contact details"},
    )
    for name in (settings.VETTED_GROUP, settings.MODERATORS_GROUP):
        Group.objects.get_or_create(name=name)[0].permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("directory", "0002_expert_contact_details_permission"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
