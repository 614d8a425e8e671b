from django.core.management.base import BaseCommand

from forum.review.notifications import send_digests


class Command(BaseCommand):
    help = "E-mail the daily review-queue digest to moderators who chose it (run once a day)."

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(f"{sent} digest(s) sent")
