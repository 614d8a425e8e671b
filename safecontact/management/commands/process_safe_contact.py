from django.core.management.base import BaseCommand

from safecontact import services


class Command(BaseCommand):
    help = (
        "Safe contact's scheduled work: escalate conversations nobody took on to the country's moderators, "
        "and delete closed, unclaimed and abandoned conversations after SAFE_CONTACT_RETENTION_DAYS."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say how many would be deleted; change nothing.")
        parser.add_argument(
            "--rotate-keys", action="store_true", help="Re-encrypt every stored text with the first key."
        )

    def handle(self, *args, dry_run=False, rotate_keys=False, **options):
        if rotate_keys:
            self.stdout.write(f"Re-encrypted {services.rotate_keys()} texts with the first key.")
            return
        if dry_run:
            self.stdout.write(f"Would delete {services.apply_retention(dry_run=True)} conversations.")
            return
        escalated = services.escalate_unclaimed()
        deleted = services.apply_retention()
        self.stdout.write(f"Escalated {escalated} conversations; deleted {deleted}.")
