"""Which page a reader gets in which language, and how the interface catalogues are merged.

Rules (after mozilla/bedrock, which removed its automatic English aliases):
- a page is offered in a language only when a live, real translation exists there;
  an alias of a page in another language (wagtail-localize's "not translated yet")
  is never served under that language's address;
- a reader who asks for a page that is not translated lands on that language's home
  page with a notice (``?untranslated=<code>``), never on English under /hu/.
"""

from pathlib import Path
from urllib.parse import urlencode

import polib
from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from home.site_address import public_url

NOTICE_PARAMETER = "untranslated"


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def language_name(code):
    """The language's name in the language itself ("Magyar", "Nederlands")."""
    return dict(settings.LANGUAGES).get(code, code)


def translated_language_name(code):
    """The language's name in the reader's language ("Hungarian", "Hongaars"), for use inside a sentence."""
    return translation.gettext(translation.get_language_info(code)["name"]) if code in language_codes() else code


def active_language():
    language = translation.get_language() or settings.LANGUAGE_CODE
    return language.split("-")[0].lower()


def is_foreign_alias(page):
    """True for an alias of a page in another language: it shows that language's content."""
    if page.alias_of_id is None:
        return False
    return not Page.objects.filter(pk=page.alias_of_id, locale_id=page.locale_id).exists()


def _live_translations(translation_key):
    pages = (
        Page.objects.filter(translation_key=translation_key, live=True, alias_of__isnull=True)
        .select_related("locale")
        .order_by("pk")
    )
    found = {}
    for candidate in pages:
        found.setdefault(candidate.locale.language_code, candidate)
    return {code: found[code] for code in language_codes() if code in found}


def live_translations(page):
    """{language code: page} for every live, real (non-alias) translation of `page`, itself included.

    Kept in the shared cache until a page changes (home.caching): the switcher and the
    hreflang links of every page need it."""
    from home.caching import CMS, cached

    return cached(CMS, f"live-translations:{page.translation_key}", lambda: _live_translations(page.translation_key))


def site_for(request):
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site


def language_homes(request):
    """{language code: live, real home page} of the request's site; cached on the request."""
    cached = getattr(request, "_language_homes", None) if request is not None else None
    if cached is not None:
        return cached
    site = site_for(request)
    homes = live_translations(site.root_page) if site is not None else {}
    if request is not None:
        request._language_homes = homes
    return homes


def with_notice(url, language_code):
    return f"{url}?{urlencode({NOTICE_PARAMETER: language_code})}"


def untranslated_redirect(request, page, language_code):
    """Where to send a reader who asked for `page` under `language_code`, or None if it may be served.

    `page` may be served when it is in that language and is not an alias of another
    language's page. Otherwise the reader goes to that language's home page with a
    notice, or, if the language has no home page yet, to the page in its own
    language, with a notice saying which language was asked for.
    """
    from home.caching import language_code_of

    if language_code_of(page.locale_id) == language_code and not is_foreign_alias(page):
        return None
    home = language_homes(request).get(language_code)
    if home is not None and home.pk != page.pk:
        return HttpResponseRedirect(with_notice(home.get_url(request), language_code))
    source = page
    if page.alias_of_id is not None:
        source = Page.objects.filter(pk=page.alias_of_id).first() or page
    if source.locale.language_code == language_code or not source.live:
        return None
    return HttpResponseRedirect(with_notice(source.get_url(request), language_code))


def redirect_for_missing_translation(request, path, language_code):
    """For a 404 under /<language>/: if `path` is a live page of the site's source tree, go to the language's home."""
    site = site_for(request)
    if site is None or site.root_page.locale.language_code == language_code:
        return None
    home = language_homes(request).get(language_code)
    if home is None:
        return None
    try:
        page, _args, _kwargs = site.root_page.specific.route(request, [part for part in path.split("/") if part])
    except Http404:
        return None
    if not page.live or page.get_view_restrictions().exists():
        return None
    return HttpResponseRedirect(with_notice(home.get_url(request), language_code))


def untranslated_notice(request):
    """The message for a reader who was sent elsewhere because a page is not translated, or ''."""
    if request is None:
        return ""
    asked = request.GET.get(NOTICE_PARAMETER, "")
    current = active_language()
    if asked in ("1", current):
        return _("This page is not available in this language yet. You are on the home page in this language.")
    if asked in language_codes():
        return _("This page is not available in %(language)s yet. You are reading it in the original language.") % {
            "language": translated_language_name(asked)
        }
    return ""


def cached_live_translations(request, page):
    """live_translations(page), computed once per request: the switcher and the head both need it."""
    cache = request.__dict__.setdefault("_live_translations", {}) if request is not None else {}
    if page.pk not in cache:
        cache[page.pk] = live_translations(page)
    return cache[page.pk]


def routed_subpage(request, page):
    """The part of the request's address after `page`'s own when a RoutablePageMixin page served
    one of its sub-pages (`org/payoke/` of the directory, `print/` of the handbook), else "".

    Every translation of the page has the same routes, so the sub-page's address in another
    language is that translation's address followed by this part."""
    match = getattr(request, "routable_resolver_match", None) if request is not None else None
    if match is None or not hasattr(page, "reverse_subpage"):
        return ""
    try:
        suffix = page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs).lstrip("/")
    except NoReverseMatch:
        return ""
    own = page.get_url(request)
    if not suffix or not own or request.path != own + suffix:
        return ""
    return suffix


def _page_language_targets(request, page):
    translations = cached_live_translations(request, page) if page.live or page.alias_of_id else {}
    homes = language_homes(request)
    suffix = routed_subpage(request, page)
    targets = {}
    for code in language_codes():
        if code in translations:
            targets[code] = (translations[code].get_url(request) + suffix, True)
        elif code in homes:
            targets[code] = (with_notice(homes[code].get_url(request), code), False)
        else:
            # No home page in that language yet: its prefix redirects to the source with a notice.
            targets[code] = (with_notice(f"/{code}/", code), False)
    return targets


def _view_language_targets(request):
    path = request.get_full_path() if request is not None else "/"
    return {code: (translate_url(path, code), True) for code in language_codes()}


def language_targets(request, page=None):
    """{code: (url, is_same_page)} for each language; `is_same_page` is False for a home-page fallback."""
    if isinstance(page, Page):
        return _page_language_targets(request, page)
    return _view_language_targets(request)


def switcher_links(request, page=None):
    """The language switcher's entries: the language's own name, where it leads, whether it is current."""
    current = active_language()
    links = []
    for code, (target, same_page) in language_targets(request, page).items():
        links.append(
            {
                "code": code,
                "name": language_name(code),
                "url": target,
                "switch_url": f"{reverse('switch_language')}?{urlencode({'language': code, 'next': target})}",
                "current": code == current,
                "translated": same_page,
            }
        )
    return links


def alternate_links(request, page=None):
    """[(hreflang, absolute url)] for <link rel="alternate">: live translations only, then x-default."""
    if isinstance(page, Page):
        if not page.live or is_foreign_alias(page):
            return []
        translations = cached_live_translations(request, page)
        suffix = routed_subpage(request, page)
        urls = [(code, public_url(p.get_url(request) + suffix)) for code, p in translations.items()]
        if not urls:
            return []
        default = dict(urls).get(settings.LANGUAGE_CODE) or urls[0][1]
        return urls + [("x-default", default)]
    path = request.path
    urls = [(code, public_url(translate_url(path, code))) for code in language_codes()]
    return urls + [("x-default", dict(urls)[settings.LANGUAGE_CODE])]


def switch_language(request):
    """An explicit choice in the language switcher: remember it (cookie) and go to the chosen page.

    A GET link rather than Django's POST-only set_language form, so that the switcher is
    a list of ordinary links (with hreflang) that works without JavaScript.
    """
    language = request.GET.get("language", "")
    next_url = request.GET.get("next") or f"/{language}/"
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if language in language_codes():
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
    return response


# Interface catalogues ------------------------------------------------------------


def merge_catalog(source_po, target_po):
    """Copy the translated entries of `source_po` that `target_po` lacks into `target_po`.

    Django reads only the `django` domain of a language's exact code, so a third-party
    catalogue shipped as nl_NL (django-machina) never shows under `nl`. Merging it
    into locale/nl/LC_MESSAGES/django.po fixes that. Our own translations win: an
    entry already translated in the target is left alone. Fuzzy and untranslated
    source entries are skipped so the target stays complete. Returns the number of
    entries added or filled in.
    """
    source = polib.pofile(str(source_po))
    target_path = Path(target_po)
    target = polib.pofile(str(target_path)) if target_path.exists() else polib.POFile()
    if not target_path.exists():
        target.metadata = {
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "Language": target_path.parent.parent.name,
            "Plural-Forms": source.metadata.get("Plural-Forms", "nplurals=2; plural=(n != 1);"),
        }
    existing = {(entry.msgctxt, entry.msgid): entry for entry in target if not entry.obsolete}
    changed = 0
    for entry in source.translated_entries():
        if entry.fuzzy or entry.obsolete:
            continue
        current = existing.get((entry.msgctxt, entry.msgid))
        if current is not None and current.translated() and not current.fuzzy:
            continue
        if current is None:
            current = polib.POEntry(msgid=entry.msgid, msgctxt=entry.msgctxt, msgid_plural=entry.msgid_plural)
            # The marker tells the next reader (and makemessages' users) where the entry came from.
            current.tcomment = "Merged from a third-party catalogue by import_third_party_catalogs."
            target.append(current)
            existing[(entry.msgctxt, entry.msgid)] = current
        current.msgstr = entry.msgstr
        current.msgstr_plural = dict(entry.msgstr_plural)
        if "fuzzy" in current.flags:
            current.flags.remove("fuzzy")
        current.previous_msgid = current.previous_msgid_plural = current.previous_msgctxt = None
        changed += 1
    target_path.parent.mkdir(parents=True, exist_ok=True)
    target.save(str(target_path))
    return changed


def third_party_catalogs():
    """[(source .po, target language)] for third-party apps whose Dutch Django cannot find.

    Only catalogues that exist under a territory code (nl_NL) but not under the plain
    language code (nl) need merging; the rest Django finds on its own.
    """
    from importlib.util import find_spec

    pairs = []
    for package in ("machina", "allauth", "wagtail", "wagtail_localize"):
        spec = find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        locale_dir = Path(list(spec.submodule_search_locations)[0]) / "locale"
        for code in language_codes():
            if (locale_dir / code / "LC_MESSAGES" / "django.po").exists():
                continue
            for territory in sorted(locale_dir.glob(f"{code}_*/LC_MESSAGES/django.po")):
                pairs.append((territory, code))
                break
    return pairs
