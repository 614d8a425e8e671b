"""Settings shared by every environment.

Everything that differs between machines is read from environment variables,
with defaults that are safe for a developer's laptop. See README.md for the list.
"""

import os
from pathlib import Path

import dj_database_url
from dateutil.relativedelta import relativedelta
from machina import MACHINA_MAIN_STATIC_DIR, MACHINA_MAIN_TEMPLATE_DIR

from search.backends.connection import wagtail_search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps first so that their templates and translations win.
    "accounts",
    "home",
    "handbook",
    "reports",
    "news",
    "gethelp",
    "directory",
    "forum.membership",
    "forum.community",
    "forum.review",  # one review queue for moderators (issue 16)
    "forum.direct_messages",
    "safecontact",
    "search",
    "django_tasks",
    "django_tasks_db",
    "csp",
    # Wagtail and translation
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Forum engine
    "mptt",
    "widget_tweaks",
    "machina",
    "machina.apps.forum",
    "forum.machina_apps.forum_conversation",  # ours: personal-data check, first-post approval
    "forum.machina_apps.forum_conversation.forum_attachments",  # ours: content-checked uploads
    "machina.apps.forum_conversation.forum_polls",
    "forum.machina_apps.forum_feeds",  # ours: feed addresses at SITE_BASE_URL
    "forum.machina_apps.forum_moderation",  # ours: rejection with a reason
    "machina.apps.forum_tracking",
    "forum.machina_apps.forum_member",  # ours: profiles for vetted members only
    "machina.apps.forum_permission",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # Keeps shared-cache answers for the length of a request (home/caching.py).
    "home.caching.RequestMemoMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Whole pages for anonymous readers, never for anyone signed in (home/page_cache.py).
    "home.page_cache.AnonymousPageCacheMiddleware",
    # Content-Security-Policy on every response; the admin's policy differs (home/csp.py).
    "home.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the language is known (its 400/404 pages are translated), before anything reads the input.
    "home.bad_input.BadInputMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After messages: both may tell the user why they were redirected.
    "forum.membership.middleware.MembershipExpiryMiddleware",
    # Staff, editors and moderators count as signed in only with 2FA used in this
    # session (accounts/mfa.py decides from their rights); before anything reads request.user.
    "accounts.middleware.RequireMFAMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # machina's, less the session it gave every anonymous reader (forum/community/middleware.py).
    "forum.community.middleware.ForumPermissionMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Untranslated pages go to the language's home page with a notice, never English under /hu/.
    "home.middleware.UntranslatedPageMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # site/ is the shell shared by the CMS and the forum; it is not a Python
        # package (that name would shadow the standard library's `site`).
        "DIRS": [BASE_DIR / "site" / "templates", BASE_DIR / "forum" / "templates", MACHINA_MAIN_TEMPLATE_DIR],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "machina.core.context_processors.metadata",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Autosave, preview and several editors write at once: WAL lets readers go on during a write,
    # and IMMEDIATE takes the write lock up front so a waiting writer queues for up to `timeout`
    # seconds instead of failing at once with "database is locked" when it upgrades a read lock.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
# Third-party apps (machina) ship migrations made with AutoField; our apps ask for
# BigAutoField in their AppConfig.
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# Internationalisation ---------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("nl", "Nederlands"),
    ("hu", "Magyar"),
    ("fr", "Français"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# wagtail-localize publishes a new translation at once when its source is live (its default),
# which put English text live under /hu/ before a word was translated and without approval:
# translations start as drafts and go live through the approval workflow (home/translation_workflow.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Wagtail tells superusers of a submission twice (as superusers, and again as approvers of the
# task): approvers are the Moderators group, and a superuser who moderates is in it.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
FORMAT_MODULE_PATH = ["config.formats"]
# locale/ is ours (makemessages writes to the first entry). locale_overrides/ holds
# formal-register rewrites of third-party messages (django-allauth's Dutch and Hungarian
# address the reader informally); LOCALE_PATHS win over app catalogues, so these
# replace allauth's own. See README.md, "Translations".
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

# Static and media files -------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "site" / "static", MACHINA_MAIN_STATIC_DIR]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
FILE_UPLOAD_PERMISSIONS = 0o640

# E-mail -----------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "RAVOT-EUR <no-reply@ravot-eur.example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Caches -----------------------------------------------------------------------
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # machina keeps uploaded attachments here between a preview and the final post.
    "machina_attachments": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "cache" / "machina_attachments"),
    },
}

# Wagtail ----------------------------------------------------------------------
WAGTAIL_SITE_NAME = "RAVOT-EUR"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# No avatars from Gravatar: every page, the admin included, makes requests to this site only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The dashboard would ask releases.wagtail.org for the latest version from every editor's browser:
# no page of the platform talks to another site (upgrades are planned from requirements.txt).
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Search (search/) -----------------------------------------------------------------
# OPENSEARCH_URL or ELASTICSEARCH_URL turns the search engine on; with neither, the
# database engine (SQLite FTS5 or PostgreSQL full-text search) needs no other service.
OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "")
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "ravot_eur")
SEARCH_BACKEND = (
    "search.backends.engine.EngineBackend"
    if OPENSEARCH_URL or ELASTICSEARCH_URL
    else "search.backends.database.DatabaseBackend"
)
# The Wagtail admin's own search runs on the same engine.
WAGTAILSEARCH_BACKENDS = wagtail_search_backends(OPENSEARCH_URL, ELASTICSEARCH_URL, SEARCH_INDEX_PREFIX)

# Background work (django-tasks): index updates run after the transaction commits.
# The immediate backend runs them right then, in the same process; a deployment with
# a search engine sets TASKS_BACKEND=django_tasks_db.DatabaseBackend
# and runs `manage.py db_worker`, so that a slow engine never holds up a request.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}


# django-allauth ----------------------------------------------------------------
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# Changing the address keeps the old one until the new one is verified.
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[RAVOT-EUR] "
# One rate-limit policy for every guess of a secret (password or MFA code):
# per account, at most 5 failed attempts in 5 minutes; per IP address, 20 a
# minute. A real user is never locked out for more than 5 minutes, and a
# successful password reset lifts the per-account limit at once. The counters
# live in the default cache: production must use a cache shared by every worker.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "20/m/ip,5/5m/key",
    "login": "30/m/ip",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reauthenticate": "10/m/user",
    # Our own forms that send e-mail (accounts.ratelimit): the professional-address
    # verification (per account and per address, so nobody's inbox is flooded) and reports.
    "membership_email": "3/h/user,5/d/key",
    "report_post": "10/h/user",
    # Safe contact (safecontact.ratelimit): per network, keyed by a hash under a daily salt, never
    # the address. Writing a new conversation, and typing a receipt code (reading or writing again).
    "safe_contact_write": "5/h/key,20/d/key",
    "safe_contact_check": "10/10m/key,60/d/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "RAVOT-EUR"
WAGTAILADMIN_LOGIN_URL = "account_login"
# Signed-in people without admin rights whom Wagtail sends to the login page see it
# (with Wagtail's "no permission" message) instead of being bounced back: no redirect loop.
ACCOUNT_AUTHENTICATED_LOGIN_REDIRECTS = False
WAGTAIL_PASSWORD_RESET_ENABLED = False

# Membership vetting (forum/membership) ------------------------------------------
# Bump a version when the text changes: members accept the version in force.
MEMBERSHIP_CODE_OF_CONDUCT_VERSION = "1.0 (2014-02-01)"
MEMBERSHIP_PRIVACY_NOTICE_VERSION = "1.1 (2026-12-02)"
MEMBERSHIP_DEFAULT_PERIOD_DAYS = 730
MEMBERSHIP_REMINDER_DAYS = (30, 7)

# Retention schedule: how long personal data is kept, applied every night by
# `manage.py apply_retention` (forum/membership/retention.py). The privacy notice quotes
# these periods; change its text (and MEMBERSHIP_PRIVACY_NOTICE_VERSION) with them.
# Not listed because nothing is kept to count from: expired sessions go at the same nightly
# run (what `clearsessions` does), and search terms are never stored (not in the database,
# and the log filter in config/log_redaction.py keeps them out of the logs).
RETENTION = {
    # Rejected applications, counted from the decision, and withdrawn ones (a draft never
    # sent, a request for information never answered), counted from their last change: deleted.
    "closed_applications": relativedelta(months=6),
    # Expired and revoked memberships, counted from the end: reduced to what the audit needs
    # (the account, the state, the dates and the versions of the terms accepted).
    "ended_memberships": relativedelta(months=12),
    # Audit log entries: everyone named in them is replaced by a pseudonym.
    "audit_identities": relativedelta(years=5),
    # The links in forum e-mails that stop notifications without signing in.
    "unsubscribe_links": relativedelta(months=3),
    # What a member was writing in the forum and never posted, counted from its last change.
    "post_drafts": relativedelta(days=30),
}

# Safe contact (safecontact/) ------------------------------------------------------
# Fernet keys for the messages, contact details and notes, comma-separated: the first encrypts,
# every one decrypts (rotate: put a new key first, run `process_safe_contact --rotate-keys`, drop
# the old one). Required in production; dev and test derive one from SECRET_KEY.
SAFE_CONTACT_KEYS = env_list("SAFE_CONTACT_KEYS")
SAFE_CONTACT_DEV_KEY_FROM_SECRET = False
# Closed conversations are deleted this many days after closing, unclaimed and abandoned ones this
# many days after the last message (`manage.py process_safe_contact`, daily).
SAFE_CONTACT_RETENTION_DAYS = int(os.environ.get("SAFE_CONTACT_RETENTION_DAYS", "90"))
# A conversation nobody took on in this time is escalated to the country's moderators.
SAFE_CONTACT_ESCALATE_AFTER_HOURS = int(os.environ.get("SAFE_CONTACT_ESCALATE_AFTER_HOURS", "48"))
SAFE_CONTACT_MAX_LENGTH = 5000

# Links in e-mails point here (the public address of the site).
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", WAGTAILADMIN_BASE_URL)

# Security headers that are right everywhere; production.py adds HTTPS ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's preview views set SAMEORIGIN for themselves; nothing else is framed.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Content Security Policy (django-csp): enforced here and in production, reported only in
# development (dev.py), so that a violation shows in the console without breaking the page.
# home/csp.py holds the directives and the admin's additions.
from home.csp import DIRECTIVES as CSP_DIRECTIVES  # noqa: E402

CONTENT_SECURITY_POLICY = {"DIRECTIVES": CSP_DIRECTIVES}

# Every handler leaves out query strings (search terms, what the get-help and membership
# pages were asked), forum slugs and the tokens of e-mailed links: config/log_redaction.py.
# Django's own handlers are redefined so that its request, server and mail logs get it too.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "redact_addresses": {"()": "config.log_redaction.RedactAddresses"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact_addresses"]},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["redact_addresses"],
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false", "redact_addresses"],
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django": {"handlers": ["mail_admins"], "level": "INFO"},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}

# The names of the groups that the platform's permissions rely on.
EDITORS_GROUP = "Editors"
MODERATORS_GROUP = "Moderators"
VETTED_GROUP = "Vetted professionals"

# django-machina ----------------------------------------------------------------
MACHINA_FORUM_NAME = "RAVOT-EUR forum"
# Markdown rendered by our nh3-sanitised renderer, not markdown2's safe_mode.
MACHINA_MARKUP_LANGUAGE = ("forum.markup.render_forum_markup", {})
MACHINA_MARKUP_WIDGET = "django.forms.Textarea"
MACHINA_MARKUP_WIDGET_KWARGS = {"attrs": {"rows": 12}}
# A new forum is private until someone grants access to a group.
MACHINA_DEFAULT_AUTHENTICATED_USER_FORUM_PERMISSIONS = []
MACHINA_PROFILE_AVATARS_ENABLED = False
MACHINA_ATTACHMENT_MAX_FILES_PER_POST = 5
# Our overrides keep machina's migrations: the models are machina's own.
MIGRATION_MODULES = {
    "forum_conversation": "machina.apps.forum_conversation.migrations",
    "forum_attachments": "machina.apps.forum_conversation.forum_attachments.migrations",
    "forum_member": "machina.apps.forum_member.migrations",
}
# Attachments: what may be uploaded, recognised by content, and how big.
FORUM_ATTACHMENT_MAX_SIZE = int(os.environ.get("FORUM_ATTACHMENT_MAX_SIZE", str(5 * 1024 * 1024)))
FORUM_ATTACHMENT_ALLOWED_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp"]
# The first posts of a new vetted member wait for a moderator.
FORUM_FIRST_POSTS_NEED_APPROVAL = int(os.environ.get("FORUM_FIRST_POSTS_NEED_APPROVAL", "2"))
