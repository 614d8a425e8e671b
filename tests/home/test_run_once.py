"""Scheduled jobs run once however many servers carry the crontab (issue 14, part 4):
`manage.py run_once <job>` takes a lock in the shared cache."""

import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.home.conftest import empty_redis_database
from tests.home.test_shared_cache import production


def run_once(*args):
    out = StringIO()
    call_command("run_once", *args, stdout=out)
    return out.getvalue()


def test_a_job_started_a_moment_ago_elsewhere_is_skipped_and_runs_again_after_the_hold():
    assert "System check identified no issues" in run_once("check")
    second = run_once("check")
    assert "System check" not in second
    assert "check: running or started less than 55 s ago on another server; skipped." in second

    # A hold of 0 releases the lock when the job ends: the next run goes ahead.
    assert "System check identified no issues" in run_once("--hold", "0", "check", "--tag", "urls")
    assert "System check identified no issues" in run_once("--hold", "0", "check", "--tag", "urls")


def test_the_job_gets_its_own_options_and_its_failure_reaches_cron():
    assert "System check identified no issues" in run_once("check", "--tag", "models")
    for _attempt in range(2):  # the lock is released after the failure too: the second attempt runs
        with pytest.raises(CommandError, match="no-such-tag"):  # cron mails it
            run_once("--hold", "0", "check", "--tag", "no-such-tag")


def test_two_servers_whose_cron_fires_together_run_the_job_once(tmp_path, redis_url):
    env = production(tmp_path, REDIS_URL=empty_redis_database(redis_url, 12))
    command = [sys.executable, "manage.py", "run_once", "check", "--deploy", "--fail-level", "CRITICAL"]
    servers = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for _server in range(2)
    ]
    outputs = [server.communicate(timeout=300)[0] for server in servers]
    assert all(server.returncode == 0 for server in servers), outputs
    assert sum("System check identified" in output for output in outputs) == 1, outputs
    assert sum("skipped" in output for output in outputs) == 1, outputs
