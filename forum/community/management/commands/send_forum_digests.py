from django.core.management.base import BaseCommand

from forum.community.notifications import send_digests


class Command(BaseCommand):
    help = "Send the daily digest of new forum posts to members who chose it. Run once a day (cron)."

    def handle(self, *args, **options):
        count = send_digests()
        self.stdout.write(f"{count} digest(s) sent.")
