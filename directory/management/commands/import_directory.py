from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from directory.importer import ImportFailed, import_file


class Command(BaseCommand):
    help = (
        "Import or update organisations from a CSV file (columns are documented in directory/importer.py). "
        "Every row is checked first; if any is wrong, every problem is listed and nothing is imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv_file", help="path of a UTF-8 CSV file whose first line names the columns")

    def handle(self, *args, csv_file, **options):
        try:
            result = import_file(csv_file)
        except FileNotFoundError as error:
            raise CommandError(_("No such file: %(path)s") % {"path": csv_file}) from error
        except ImportFailed as failure:
            for error in failure.errors:
                self.stderr.write(str(error))
            count = len(failure.errors)
            raise CommandError(
                ngettext(
                    "%(count)s problem found: nothing was imported. Correct the file and run the command again.",
                    "%(count)s problems found: nothing was imported. Correct the file and run the command again.",
                    count,
                )
                % {"count": count}
            ) from failure
        self.stdout.write(
            self.style.SUCCESS(
                _("Organisations imported: %(created)s new, %(updated)s updated, %(unchanged)s unchanged.")
                % {"created": result.created, "updated": result.updated, "unchanged": result.unchanged}
            )
        )
