from django.core.management.base import BaseCommand, CommandError

from search import indexing
from search.models import PendingUpdate


class Command(BaseCommand):
    help = "Rebuild, check or update the site search index (the database engine or OpenSearch/Elasticsearch)."

    def add_arguments(self, parser):
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--rebuild", action="store_true", help="Index everything again, in chunks.")
        action.add_argument("--check", action="store_true", help="List missing, stale and extra documents.")
        action.add_argument("--process-queue", action="store_true", help="Apply the queued updates (cron job).")

    def handle(self, *args, rebuild, check, process_queue, **options):
        if rebuild:
            self.rebuild()
        elif check:
            self.check()
        else:
            done, failed = indexing.process_pending()
            self.stdout.write(f"{done} update(s) applied, {PendingUpdate.objects.count()} waiting.")
            if failed:
                raise CommandError("The search engine did not accept an update; it stays queued.")

    def rebuild(self):
        written = 0

        def progress(count):
            nonlocal written
            written += count
            self.stdout.write(f"\r{written} documents", ending="")
            self.stdout.flush()

        queued_before = list(PendingUpdate.objects.values_list("pk", flat=True))
        total = indexing.rebuild(progress=progress)
        # What was queued before the rebuild began is in the new index; later changes stay queued.
        PendingUpdate.objects.filter(pk__in=queued_before).delete()
        self.stdout.write(f"\rRebuilt the search index: {total} documents.")

    def check(self):
        missing, stale, extra = indexing.check()
        waiting = PendingUpdate.objects.count()
        for label, keys in (("missing", missing), ("stale", stale), ("extra", extra)):
            for key in keys[:50]:
                self.stdout.write(f"{label}: {key}")
            if len(keys) > 50:
                self.stdout.write(f"{label}: … and {len(keys) - 50} more")
        self.stdout.write(
            f"{len(missing)} missing, {len(stale)} stale, {len(extra)} extra, {waiting} queued update(s)."
        )
        if missing or stale or extra:
            raise CommandError("The search index is out of date: run `manage.py search_index --rebuild`.")
