"""Production counts rate limits in one cache for all workers (issue 10, finding 4).

Two separate processes with the production settings stand for two gunicorn workers:
what one counts, the other sees. With REDIS_URL the cache is Redis (Debian's
redis-server, started here on a free loopback port unless REDIS_URL is set), without
it the database cache.
"""

import os
import secrets
import subprocess
import sys

from django.conf import settings

COUNT = (
    "import django; django.setup(); from django.core.cache import cache, caches; "
    "print(type(caches['default']).__name__, type(caches['machina_attachments']).__name__); "
    "cache.add('attempts', 0); print(cache.incr('attempts'))"
)


def production(tmp_path, **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}",
        "VAR_DIR": str(tmp_path),
        **extra,
    }
    env.pop("DEBUG", None)
    if not extra.get("REDIS_URL"):
        env.pop("REDIS_URL", None)
    return env


def run(env, *args):
    result = subprocess.run(
        [sys.executable, *args], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.split()


def test_without_redis_the_workers_share_the_database_cache(tmp_path):
    env = production(tmp_path)
    # migrate alone creates the cache table (home/migrations/0007), before the post_migrate
    # handlers that already write to the cache
    run(env, "manage.py", "migrate", "--noinput", "-v", "0")
    assert run(env, "-c", COUNT) == ["DatabaseCache", "DatabaseCache", "1"]
    assert run(env, "-c", COUNT)[-1] == "2"  # another process, the same count


def test_with_redis_the_workers_share_redis(tmp_path, redis_url):
    env = production(tmp_path, REDIS_URL=redis_url)
    first = run(env, "-c", COUNT)
    assert first[:2] == ["RedisCache", "RedisCache"]
    assert int(run(env, "-c", COUNT)[-1]) == int(first[-1]) + 1
