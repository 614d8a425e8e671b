"""`manage.py run_once <command> [arguments]`: a scheduled job that runs on one server only.

Every application server can carry the same crontab (one image, one configuration) and the
jobs still run once: the first server to start a job takes a lock in the shared cache (Redis or
the database cache in production, never a per-process cache), and the others, whose cron fires
in the same minute, skip it. The lock is kept while the job runs and for at least a minute
from its start, so a server whose clock is a few seconds behind does not run it a second time;
a digest is never sent twice. A server that dies in the middle of a job leaves a lock that
expires after --timeout seconds."""

import argparse
import hashlib
import secrets
import time

from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run a management command unless another server is running it or started it less than a minute ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--hold", type=int, default=55, help="seconds from the start during which nobody runs it again (55)"
        )
        parser.add_argument(
            "--timeout", type=int, default=6 * 3600, help="seconds after which a lost lock expires (6 hours)"
        )
        parser.add_argument("job", help="the management command, e.g. send_forum_digests")
        # Everything after the job is the job's own, options included: run_once search_index --process-queue
        parser.add_argument("job_args", nargs=argparse.REMAINDER, metavar="argument")

    def handle(self, job, job_args, hold, timeout, **options):
        arguments = hashlib.sha256("\0".join(job_args).encode()).hexdigest()[:16]
        key = f"run-once:{job}:{arguments}"  # the same job with other arguments is another job
        token = secrets.token_hex(8)
        started = time.monotonic()
        if not cache.add(key, token, timeout=max(timeout, hold)):
            self.stdout.write(f"{job}: running or started less than {hold} s ago on another server; skipped.")
            return
        try:
            call_command(job, *job_args, stdout=self.stdout, stderr=self.stderr)
        finally:
            if cache.get(key) == token:  # after --timeout it may be another server's lock
                remaining = hold - (time.monotonic() - started)
                if remaining > 0:
                    cache.touch(key, int(remaining) + 1)
                else:
                    cache.delete(key)
