"""Production settings pass Django's deployment checks when given real values."""

import os
import secrets
import subprocess
import sys

from django.conf import settings


def test_check_deploy_has_no_warnings_with_real_values(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
        "ALLOWED_HOSTS": "ravot-eur.example.org",
        "CSRF_TRUSTED_ORIGINS": "https://ravot-eur.example.org",
        "VAR_DIR": str(tmp_path),
        # Safe contact's encryption keys are required in production (safecontact.E001).
        "SAFE_CONTACT_KEYS": "ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg=",
    }
    # The browser tests set these for the test process only; a deployment has neither.
    for name in ("DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_fails_without_safe_contact_keys(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
        "ALLOWED_HOSTS": "ravot-eur.example.org",
        "VAR_DIR": str(tmp_path),
    }
    env.pop("SAFE_CONTACT_KEYS", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode != 0
    assert "safecontact.E001" in result.stdout + result.stderr


def test_pages_may_not_be_framed(client, home_page):
    assert client.get("/en/")["X-Frame-Options"] == "DENY"
