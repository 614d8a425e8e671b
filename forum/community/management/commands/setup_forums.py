from django.core.management.base import BaseCommand
from django.db import transaction

from forum.community.structure import setup_forums


class Command(BaseCommand):
    help = "Create or repair the forum areas and their permissions. Running it again changes nothing."

    def handle(self, *args, **options):
        with transaction.atomic():
            forums = setup_forums()
        self.stdout.write(self.style.SUCCESS(f"{len(forums)} forums are in place."))
