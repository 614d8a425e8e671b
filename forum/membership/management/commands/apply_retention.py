from django.core.management.base import BaseCommand

from forum.membership import retention


class Command(BaseCommand):
    help = (
        "Apply the retention schedule (settings.RETENTION): delete rejected and withdrawn applications, "
        "reduce ended memberships, pseudonymise old audit entries, delete expired sessions (what "
        "clearsessions does) and expired unsubscribe links. Run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print what would be deleted or reduced; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        outcomes = retention.due() if dry_run else retention.apply()
        if dry_run:
            self.stdout.write("Dry run: nothing was changed.")
        for outcome in outcomes:
            self.stdout.write(f"{outcome.count} {outcome.label}")
