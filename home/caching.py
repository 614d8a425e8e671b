"""Shared, generation-keyed caching of what every page asks the database for again and again.

Menus, the site record, site settings, locales, view restrictions, translation links and
the forum's structure are the same for every reader and change only when an editor or
a moderator changes something. They are kept in the shared cache (Django's cache
framework: Redis or the database cache in production, so every worker and every
application server sees the same values) under a *generation*: a random token per
scope, stored in the same cache. Every change that could alter a cached value replaces
the token of its scope (`invalidate()`), at once and again after the transaction
commits, so the next request on any server computes fresh values: invalidation is
immediate, nothing waits for a timeout.

Nothing here depends on who is asking. Per-user answers (a member's unread topics, what
a member may see) are never stored under a key that another person could read: the
forum's permission cache (forum.community.caching) keys them by the groups that grant
them, and its results are filtered per request.

Within one request, values are also kept in a per-request memo (`RequestMemoMiddleware`),
so a page that asks ten times pays one cache round trip.
"""

import contextvars
import uuid

from django.core.cache import cache
from django.db import transaction

CMS = "cms"  # pages, sites, site settings, locales, view restrictions, redirects
FORUM = "forum"  # forums, their permissions, groups
DIRECTORY = "directory"  # the directory's organisations, stages, services and their translations

KEY_PREFIX = "ravot"
TIMEOUT = 60 * 60 * 6  # a bound on memory; correctness comes from the generations
_MISSING = object()
_memo = contextvars.ContextVar("ravot_request_memo", default=None)


def _generation_key(scope):
    return f"{KEY_PREFIX}:generation:{scope}"


def generation(scope):
    memo = _memo.get()
    key = _generation_key(scope)
    if memo is not None and key in memo:
        return memo[key]
    value = cache.get(key)
    if value is None:
        value = uuid.uuid4().hex
        if not cache.add(key, value, timeout=None):
            value = cache.get(key) or value
    if memo is not None:
        memo[key] = value
    return value


def invalidate(*scopes):
    """Every value cached under these scopes is forgotten, now and once the transaction commits."""

    def renew():
        for scope in scopes:
            cache.set(_generation_key(scope), uuid.uuid4().hex, timeout=None)
        memo = _memo.get()
        if memo is not None:
            memo.clear()

    renew()
    # A request on another server could read the old rows before this transaction commits
    # and store them under the new generation: renewing again after the commit forgets those.
    transaction.on_commit(renew)


def cached(scope, key, compute, timeout=TIMEOUT):
    """compute(), kept in the shared cache under `scope`'s current generation and `key`."""
    full_key = f"{KEY_PREFIX}:{scope}:{generation(scope)}:{key}"
    memo = _memo.get()
    if memo is not None:
        value = memo.get(full_key, _MISSING)
        if value is not _MISSING:
            return value
    value = cache.get(full_key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(full_key, value, timeout)
    if memo is not None:
        memo[full_key] = value
    return value


class RequestMemoMiddleware:
    """Keeps cache answers for the length of one request (first in MIDDLEWARE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


# What invalidates the CMS scope ------------------------------------------------------


def _invalidate_cms(**kwargs):
    invalidate(CMS)


def connect_cms_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    from home.models import SiteSettings

    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(_invalidate_cms, dispatch_uid=f"home_caching_{signal}")
    # Any save of any page model (a rename, a move by code, live switched off), whatever its class.
    for signal in (post_save, post_delete):
        signal.connect(_invalidate_cms_for_page, dispatch_uid=f"home_caching_page_{signal}")
        for model in (Site, Locale, PageViewRestriction, SiteSettings, Redirect):
            signal.connect(_invalidate_cms, sender=model, dispatch_uid=f"home_caching_{model.__name__}_{signal}")


def _invalidate_cms_for_page(sender, **kwargs):
    from wagtail.models import Page

    if isinstance(sender, type) and issubclass(sender, Page):
        invalidate(CMS)


def _invalidate_directory(sender, **kwargs):
    model = kwargs.get("model") or sender  # m2m_changed names the model changed in `model`
    if getattr(getattr(sender, "_meta", None), "app_label", None) == "directory" or (
        getattr(getattr(model, "_meta", None), "app_label", None) == "directory"
    ):
        invalidate(DIRECTORY)


def _invalidate_cms_for_image(sender, **kwargs):
    invalidate(CMS)  # site settings keep their Open Graph image


# Wagtail's lookups that every page repeats, answered from the cache ---------------------


def _locale_ids():
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("language_code", "pk"))


def cached_locale_for_language(manager, language_code):
    """Wagtail's LocaleManager.get_for_language (one query per call, ten on a page) from the cache."""
    from wagtail.coreutils import get_supported_content_language_variant

    code = get_supported_content_language_variant(language_code)
    pk = cached(CMS, "locales", _locale_ids).get(code)
    if pk is None:
        raise manager.model.DoesNotExist(f"No locale for {code!r}.")
    return manager.model.from_db(manager.db, ["id", "language_code"], [pk, code])


def _sites():
    from wagtail.models import Site

    return list(Site.objects.select_related("root_page"))


def cached_site_for_hostname(hostname, port):
    """wagtail.models.sites.get_site_for_hostname (a query on every request), matching in Python
    against the cached site records, in Wagtail's order: hostname and port, hostname of the
    default site, the default site (or the one other site with that hostname), else none."""
    from wagtail.models import Site

    def match(site):
        if site.hostname == hostname and site.port == port:
            return 0
        if site.hostname == hostname and site.is_default_site:
            return 1
        if site.is_default_site:
            return 2
        return 3

    candidates = sorted(
        (site for site in cached(CMS, "sites", _sites) if site.hostname == hostname or site.is_default_site),
        key=match,
    )
    if candidates:
        first = match(candidates[0])
        if len(candidates) == 1 or first in (0, 1):
            return candidates[0]
        if first == 2:
            return candidates[len(candidates) == 2]
    raise Site.DoesNotExist()


def _restricted_sections():
    from wagtail.models import PageViewRestriction

    return [
        (path, depth)
        for path, depth in PageViewRestriction.objects.values_list("page__path", "page__depth").order_by("page__path")
    ]


def cached_private_q(queryset):
    """PageQuerySet.private_q (a query on every `.public()`) from the cached restricted sections."""
    from django.db.models import Q

    q = Q()
    for path, depth in cached(CMS, "restricted-sections", _restricted_sections):
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


def cached_view_restrictions(page, original):
    """Page.get_view_restrictions (two queries for every page served): the ids are cached per page."""
    from wagtail.models import PageViewRestriction

    if page.pk is None:
        return original(page)
    ids = cached(CMS, f"view-restrictions:{page.pk}", lambda: list(original(page).values_list("pk", flat=True)))
    if not ids:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(pk__in=ids)


def install():
    """Called once from HomeConfig.ready()."""
    import wagtail.models.sites
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.images import get_image_model
    from wagtail.models import Page
    from wagtail.models.i18n import LocaleManager
    from wagtail.query import PageQuerySet

    connect_cms_signals()
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_invalidate_directory, dispatch_uid=f"home_caching_directory_{signal}")
    for signal in (post_save, post_delete):
        signal.connect(
            _invalidate_cms_for_image, sender=get_image_model(), dispatch_uid=f"home_caching_image_{signal}"
        )

    LocaleManager.get_for_language = cached_locale_for_language
    wagtail.models.sites.get_site_for_hostname = cached_site_for_hostname
    PageQuerySet.private_q = cached_private_q
    original_localized = Page.localized.fget
    Page.localized = property(lambda page: cached_localized(page, original_localized))
    original_view_restrictions = Page.get_view_restrictions
    Page.get_view_restrictions = lambda page: cached_view_restrictions(page, original_view_restrictions)


def language_code_of(locale_id):
    """The language code of a locale id, from the cached locales (page.locale is a query each time)."""
    for code, pk in cached(CMS, "locales", _locale_ids).items():
        if pk == locale_id:
            return code
    return None


def cached_localized(page, original):
    """Page.localized (a query for each chosen page, footer link and menu entry in another
    language than the page's): the translation found is cached per page, language and class."""
    from django.conf import settings
    from wagtail.models import Locale

    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False) or page.pk is None:
        return original(page)
    try:
        locale = Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        return page
    if locale.id == page.locale_id:
        return page  # Wagtail's own answer for the page's own language, live or not
    label = type(page)._meta.label_lower
    found = cached(
        CMS, f"localized:{label}:{page.translation_key}:{locale.id}", lambda: page.get_translation_or_none(locale)
    )
    if found is None or not found.live:
        return page
    return found
