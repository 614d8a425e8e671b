from django.core.management.base import BaseCommand

from forum.membership.lifecycle import expire_due, send_due_reminders


class Command(BaseCommand):
    help = "Expire memberships whose period has ended and send reminders 30 and 7 days before. Run daily."

    def handle(self, *args, **options):
        expired = expire_due()
        reminded = send_due_reminders()
        self.stdout.write(f"{len(expired)} membership(s) expired, {len(reminded)} reminder(s) sent.")
