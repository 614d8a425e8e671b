"""Health and readiness endpoints for the load balancer and the process supervisor.

- ``/healthz`` says the Python process answers. It touches nothing else (no database,
  no cache, no session), so a database outage does not make the supervisor restart
  every application server at once.
- ``/readyz`` says this server can serve pages: the database answers, the shared
  cache stores and returns a value, and the search engine answers when one is
  configured (OPENSEARCH_URL or ELASTICSEARCH_URL; the database search needs nothing
  more). It answers 503 with a short JSON body naming what failed, so the load
  balancer takes the server out of rotation and an operator sees why.

Both are outside the language prefixes, never in the sitemap, and set no cookie.
"""

import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

# The search engine's own timeout for a readiness probe: load balancers probe every few seconds.
SEARCH_PROBE_TIMEOUT = 2


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache():
    key = f"readyz:{secrets.token_hex(8)}"
    value = secrets.token_hex(8)
    cache.set(key, value, timeout=10)
    try:
        if cache.get(key) != value:
            raise RuntimeError("the cache did not return what was stored")
    finally:
        cache.delete(key)


def search_engine_configured():
    return bool(getattr(settings, "OPENSEARCH_URL", "") or getattr(settings, "ELASTICSEARCH_URL", ""))


def _check_search():
    from search.backends.connection import elasticsearch_engine, opensearch_engine, unavailable_on_error

    if settings.OPENSEARCH_URL:
        engine = opensearch_engine(settings.OPENSEARCH_URL, search_timeout=SEARCH_PROBE_TIMEOUT)
    else:
        engine = elasticsearch_engine(settings.ELASTICSEARCH_URL, search_timeout=SEARCH_PROBE_TIMEOUT)
    with unavailable_on_error(engine):
        engine.client.info()


def _json(status, body):
    return JsonResponse(body, status=status)


@csrf_exempt
@require_safe
@never_cache
def healthz(request):
    return _json(200, {"status": "ok"})


@csrf_exempt
@require_safe
@never_cache
def readyz(request):
    checks = [("database", _check_database), ("cache", _check_cache)]
    if search_engine_configured():
        checks.append(("search", _check_search))
    results = {}
    failed = []
    for name, check in checks:
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure means "not ready"; the body names the part
            results[name] = f"failed: {type(error).__name__}"
            failed.append(name)
        else:
            results[name] = "ok"
    if failed:
        return _json(503, {"status": "unavailable", "failed": failed, "checks": results})
    return _json(200, {"status": "ok", "checks": results})
