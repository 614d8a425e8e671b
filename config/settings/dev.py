"""Settings for a developer's machine: `make run` uses these."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# WhiteNoise warns at every start when STATIC_ROOT is missing; here files come from the finders.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
# Reported, not enforced, while developing: the browser console names what would be blocked.
CONTENT_SECURITY_POLICY_REPORT_ONLY = CONTENT_SECURITY_POLICY  # noqa: F405
CONTENT_SECURITY_POLICY = None
# A cache on disk, not in one process's memory: `load_demo_content` or `setup_platform` run
# beside `make run` invalidate what the server has cached (menus, pages), as Redis does in production.
CACHES["default"] = {  # noqa: F405
    "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
    "LOCATION": str(VAR_DIR / "cache" / "default"),  # noqa: F405
}
# Safe contact: a key derived from SECRET_KEY when SAFE_CONTACT_KEYS is not set (never in production).
SAFE_CONTACT_DEV_KEY_FROM_SECRET = True
