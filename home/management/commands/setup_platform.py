from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from directory.setup import ensure_directory_setup
from forum.community.structure import setup_forums
from home.editing import ensure_editing_setup
from home.site_address import sync_default_site


class Command(BaseCommand):
    help = (
        "Create or repair what a new installation needs besides its content: the Editors and "
        "Moderators groups with their permissions, the database cache table, the media collections, "
        "the editorial approval workflow (also for directory organisations), the directory's taxonomy, "
        "the forum areas with their permissions, and the site record's address (SITE_BASE_URL). "
        "Running it again changes nothing."
    )

    def handle(self, *args, **options):
        # The database cache table (production without REDIS_URL); nothing to do for other caches.
        call_command("createcachetable", verbosity=0)
        with transaction.atomic():
            workflow = ensure_editing_setup()
            ensure_directory_setup(workflow)
            forums = setup_forums()
            # The site record's host and port follow SITE_BASE_URL (sitemap, full page addresses).
            site = sync_default_site()
        if site is not None:
            self.stdout.write(f"The default site now answers as {site.root_url}.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Groups, collections and the “{workflow.name}” workflow are in place; {len(forums)} forums."
            )
        )
