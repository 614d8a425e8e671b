"""What production runs with (issue 14, part 3): kept database connections, background work
queued for a separate worker, and a gunicorn configuration with every number explained."""

import json
import os
import secrets
import subprocess
import sys

from django.conf import settings

SHOW = (
    "import django, json; django.setup(); from django.conf import settings as s; "
    "d = s.DATABASES['default']; print(json.dumps([d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'], "
    "s.TASKS['default']['BACKEND'], s.SECURE_REDIRECT_EXEMPT]))"
)


def production_env(tmp_path, **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "DATABASE_URL": "postgres://ravot:secret@127.0.0.1:5432/ravot",
        "VAR_DIR": str(tmp_path),
        **extra,
    }
    for name in ("DEBUG", "DATABASE_CONN_MAX_AGE", "TASKS_BACKEND"):
        if name not in extra:
            env.pop(name, None)
    return env


def run(env, *args):
    result = subprocess.run(
        [sys.executable, *args], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_production_keeps_connections_with_health_checks_and_queues_background_work(tmp_path):
    conn_max_age, health_checks, tasks, exempt = json.loads(run(production_env(tmp_path), "-c", SHOW))
    assert conn_max_age == 600 and health_checks is True
    assert tasks == "django_tasks_db.DatabaseBackend"
    assert exempt == [r"^healthz$", r"^readyz$"]
    conn_max_age, *_rest = json.loads(run(production_env(tmp_path, DATABASE_CONN_MAX_AGE="60"), "-c", SHOW))
    assert conn_max_age == 60


def test_gunicorn_configuration_loads_and_explains_its_numbers(tmp_path):
    env = production_env(tmp_path, GUNICORN_WORKERS="2", GUNICORN_THREADS="3")
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    run(env, gunicorn, "--check-config", "-c", "config/gunicorn.conf.py")
    text = (settings.BASE_DIR / "config" / "gunicorn.conf.py").read_text()
    for setting in ("workers", "threads", "timeout", "max_requests"):
        assert f"- {setting}:" in text, setting  # each number has its reason in the docstring
    shown = run(
        env, "-c", "import runpy, json; c = runpy.run_path('config/gunicorn.conf.py'); "
        "print(json.dumps([c['workers'], c['threads'], c['worker_class'], c['timeout'], c['max_requests'], "
        "c['max_requests_jitter']]))",
    )  # fmt: skip
    assert json.loads(shown) == [2, 3, "gthread", 30, 1000, 100]
