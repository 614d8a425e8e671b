"""Settings for a public deployment behind HTTPS. Every secret comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False
if not SECRET_KEY or len(SECRET_KEY) < 50:  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY to a random string of at least 50 characters.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The load balancer probes the application servers directly over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# One cache for every worker: rate limits (login attempts, e-mails sent) and machina's
# attachment cache count the same in all of them. Redis when REDIS_URL is set, otherwise
# the database (its table comes with `migrate`: home/migrations/0007); never per process.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL},
        "machina_attachments": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "machina_attachments",
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "ravot_cache"},
        "machina_attachments": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "ravot_cache",
            "KEY_PREFIX": "machina_attachments",
        },
    }

# Database connections stay open between requests (a new PostgreSQL connection costs more than
# most pages' queries): ten minutes unless DATABASE_CONN_MAX_AGE says otherwise, checked before
# reuse so that a connection the server closed (a restart, a failover) is replaced instead of
# failing the request. Each gunicorn thread keeps its own (config/gunicorn.conf.py).
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "600"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# Background work (search index updates, safe-contact notifications) is queued in the database
# and run by a separate process, `manage.py db_worker`, so no request waits for the search
# engine; TASKS_BACKEND may still choose another backend.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
