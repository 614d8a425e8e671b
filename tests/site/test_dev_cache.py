"""`make run` and a `manage.py` command run beside it share one cache (issue 14): with a
per-process cache, a command that changed the content left the server showing its old menus
and pages until it was restarted."""

import os
import subprocess
import sys

from django.conf import settings


def manage(var_dir, code):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "VAR_DIR": str(var_dir)}
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_value_cached_by_one_process_is_seen_by_another(tmp_path):
    manage(tmp_path, "from django.core.cache import cache; cache.set('dev-cache-check', 'shared', 60)")
    assert manage(tmp_path, "from django.core.cache import cache; print(cache.get('dev-cache-check'))") == "shared"
