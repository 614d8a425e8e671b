from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from home.localization import merge_catalog, third_party_catalogs


class Command(BaseCommand):
    help = (
        "Merge third-party translations that Django cannot find (django-machina ships its Dutch as nl_NL) "
        "into locale/<language>/LC_MESSAGES/django.po. Run it after makemessages; our own translations win."
    )

    def add_arguments(self, parser):
        parser.add_argument("--locale-dir", default=str(Path(settings.LOCALE_PATHS[0])))

    def handle(self, *args, **options):
        locale_dir = Path(options["locale_dir"])
        for source, language in third_party_catalogs():
            target = locale_dir / language / "LC_MESSAGES" / "django.po"
            added = merge_catalog(source, target)
            self.stdout.write(f"{source} -> {target}: {added} entries added")
