"""Create the database cache's table as part of `migrate`.

Production falls back to the database cache without REDIS_URL, and the post_migrate
handlers (the membership groups) already renew cache generations: on a fresh database
`migrate` would fail with "no such table: ravot_cache" if the table came only from a
later `createcachetable`. The command is idempotent and does nothing for other backends.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("home", "0006_translatable_table_block")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop, elidable=False)]
