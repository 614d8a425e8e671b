"""Whole pages for anonymous readers from the shared cache (issue 14, part 2).

CMS pages (the directory included: it is a Wagtail page with sub-pages), the forum
index, public forums and public topics are stored once rendered for an anonymous
reader and served to the next anonymous reader of the same address, in the same
language (the language is part of the address), without touching the database.

Never for anyone else: a request that carries a session cookie (everyone signed in, and
anyone the site has told something through a message) or a message cookie is neither
served from nor stored in this cache; a response is stored only if it was rendered for
an anonymous user, sets no cookie, used no CSRF token, queued no message, is a plain 200
of one of the views above and carries no per-request CSP nonce and no private or
no-store Cache-Control.

Invalidation is immediate: the key contains the generations of home.caching (CMS,
FORUM and DIRECTORY), which every publish, unpublish, move, page, forum, permission,
directory change and every new or edited post renews (forum.community.caching). Entries
also expire after PAGE_CACHE_SECONDS. Hits are marked with `X-Page-Cache: hit`. The setting
ANONYMOUS_PAGE_CACHE = False turns it off (the query-budget tests measure rendering).

What a cached page does not do: machina counts a topic's views on each rendering, so
views served from the cache are not counted.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from home.caching import CMS, DIRECTORY, FORUM, KEY_PREFIX, generation

PAGE_CACHE_SECONDS = 600
CACHEABLE_VIEWS = {"wagtail_serve", "forum:index", "forum:forum", "forum_conversation:topic"}
MAX_QUERY_STRING = 200
_KEPT_HEADERS = {
    "content-type",
    "content-language",
    "vary",
    "content-security-policy",
    "content-security-policy-report-only",
    "x-frame-options",
    "referrer-policy",
    "x-content-type-options",
    "cross-origin-opener-policy",
}


def _language_prefixed(path):
    codes = {code for code, _name in settings.LANGUAGES}
    parts = path.split("/")
    return len(parts) > 2 and parts[1] in codes


def cache_key(request):
    """The key for this request, or None when it may neither be served from nor stored in the cache."""
    if request.method != "GET" or not getattr(settings, "ANONYMOUS_PAGE_CACHE", True):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return None
    if not _language_prefixed(request.path) or len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
        return None
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    generations = ".".join(generation(scope)[:12] for scope in (CMS, FORUM, DIRECTORY))
    return f"{KEY_PREFIX}:page:{generations}:{digest}"


def may_store(request, response):
    match = getattr(request, "resolver_match", None)
    if match is None or match.view_name not in CACHEABLE_VIEWS:
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is None or user.is_authenticated:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    storage = getattr(request, "_messages", None)
    if storage is not None and (getattr(storage, "_queued_messages", None) or getattr(storage, "used", False)):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    for header in ("Content-Security-Policy", "Content-Security-Policy-Report-Only"):
        if "'nonce-" in response.get(header, ""):
            return False
    if b"csrfmiddlewaretoken" in response.content:
        return False
    return True


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = cache_key(request)
        if key is not None:
            stored = cache.get(key)
            if stored is not None:
                content, status, headers = stored
                response = HttpResponse(content, status=status)
                for name, value in headers:
                    response[name] = value
                response["X-Page-Cache"] = "hit"
                return response
        response = self.get_response(request)
        # Not if something changed while the page was rendered: it may show the old state.
        if key is not None and may_store(request, response) and cache_key(request) == key:
            headers = [(name, value) for name, value in response.items() if name.lower() in _KEPT_HEADERS]
            cache.set(key, (response.content, response.status_code, headers), PAGE_CACHE_SECONDS)
        return response
