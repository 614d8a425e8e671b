"""List the demo strings that a language's catalogue (home/demo_translations/<code>.py) does not translate yet."""

import json

from django.core.management.base import BaseCommand

from home import demo_translations


class Command(BaseCommand):
    help = (
        "Print, as JSON, the source strings of the demo pages and directory entries that have no "
        "translation in home/demo_translations/<language>.py, grouped by page or entry."
    )

    def add_arguments(self, parser):
        parser.add_argument("language", choices=demo_translations.LANGUAGES)

    def handle(self, *args, language, **options):
        self.stdout.write(json.dumps(demo_translations.gaps(language), ensure_ascii=False, indent=1))
