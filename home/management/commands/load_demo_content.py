from importlib import import_module

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from home.site_address import sync_default_site

# Each app owns the demo content of its domain in `<app>/demo.py`, with a
# `load(command)` function that is idempotent. Order matters: pages need the
# home page, the forum needs the vetted members.
DEMO_MODULES = [
    "accounts.demo",  # demo logins and the Editors and Moderators groups
    "home.demo",  # home page, generic pages, workflow
    "handbook.demo",
    "reports.demo",
    "news.demo",
    "gethelp.demo",
    "directory.demo",
    "forum.membership.demo",  # vetted members, applicants
    "forum.community.demo",  # forum structure and discussions
    "forum.direct_messages.demo",  # a conversation between two sample experts
    "home.demo_home",  # home page body: entry points to everything above
    "home.demo_translations",  # nl, hu and fr translations of the pages above
    "home.demo_dates",  # the project's real dates, last: translating publishes pages again
]


class Command(BaseCommand):
    help = "Load the RAVOT-EUR demo site. Running it again changes nothing."

    def handle(self, *args, **options):
        sync_default_site()  # the sitemap and full page addresses use SITE_BASE_URL
        for module_name in DEMO_MODULES:
            try:
                module = import_module(module_name)
            except ModuleNotFoundError as error:
                if error.name == module_name:
                    continue
                raise
            with transaction.atomic():
                module.load(self)
        call_command("update_index", verbosity=0)  # the Wagtail admin's own search
        call_command("search_index", rebuild=True, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
