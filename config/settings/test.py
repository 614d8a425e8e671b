"""Settings for the test suite: fast hashing, in-memory cache and mail, plain static files."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "machina_attachments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "attachments"},
}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
ALLOWED_HOSTS = ["*"]
# Absolute addresses (canonical links, feeds, e-mails) at Django's test client host.
SITE_BASE_URL = "http://testserver"
# WhiteNoise warns at every start when STATIC_ROOT is missing; here files come from the finders.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
# Safe contact: a key derived from SECRET_KEY when SAFE_CONTACT_KEYS is not set (never in production).
SAFE_CONTACT_DEV_KEY_FROM_SECRET = True
