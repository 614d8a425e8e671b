"""Template tags for the site shell: navigation, breadcrumbs and absolute addresses."""

import datetime

from django import template
from django.conf import settings
from django.utils import timezone, translation
from wagtail.models import Locale, Page, Site

from home.caching import CMS, cached
from home.site_address import public_url

register = template.Library()

# Open Graph wants a territory; these are the countries the project works in.
OG_LOCALES = {"en": "en_GB", "nl": "nl_NL", "hu": "hu_HU", "fr": "fr_BE"}


def language_home(request):
    """The home page of the current site in the active language (the site root if it is not translated)."""
    cache = getattr(request, "_language_home_cache", None) if request is not None else None
    language = translation.get_language()
    if cache and cache[0] == language:
        return cache[1]
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    root = site.root_page
    try:
        locale = Locale.get_active()
    except (Locale.DoesNotExist, LookupError):
        locale = None
    home = root
    if locale is not None and locale.pk != root.locale_id:
        home = (
            cached(
                CMS,
                f"language-home:{root.pk}:{locale.pk}",
                lambda: Page.objects.live().filter(translation_key=root.translation_key, locale=locale).first(),
            )
            or root
        )
    if request is not None:
        request._language_home_cache = (language, home)
    return home


@register.simple_tag(takes_context=True)
def get_language_home(context):
    return language_home(context.get("request"))


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """Live, public pages that editors chose to show in menus, directly under the language's home page."""
    request = context.get("request")
    home = language_home(request)
    current = context.get("page")
    items = []
    if home is not None:
        site = Site.find_for_request(request) if request is not None else None
        entries = cached(
            CMS,
            f"main-nav:{home.pk}:{site.pk if site else ''}",
            lambda: [
                (child.title, child.get_url(request), child.path)
                for child in home.get_children().live().public().in_menu().order_by("path")
            ],
        )
        current_path = getattr(current, "path", "") if current else ""
        for title, url, path in entries:
            items.append({"title": title, "url": url, "current": bool(current_path.startswith(path))})
    return {
        "request": request,
        "items": items,
        "home_url": home.get_url(request) if home is not None else "/",
        "user": context.get("user"),
        "is_home": bool(current and home and current.pk == home.pk),
    }


def breadcrumb_trail(page):
    """The pages above `page`, starting at its language's home page (depth 2)."""
    if page is None or not isinstance(page, Page) or page.depth <= 2:
        return []
    if page.pk is None:
        return list(page.get_ancestors().filter(depth__gte=2).order_by("depth"))
    return cached(
        CMS, f"breadcrumbs:{page.pk}", lambda: list(page.get_ancestors().filter(depth__gte=2).order_by("depth"))
    )


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None):
    page = page or context.get("page")
    return {"request": context.get("request"), "ancestors": breadcrumb_trail(page), "page": page}


@register.simple_tag(takes_context=True)
def absolute_url(context, url=None):
    """`url` (or the page being served) at the public address (home.site_address.public_url)."""
    if url is None:
        request = context.get("request")
        if request is None:
            return ""
        url = request.path
    return public_url(url)


@register.simple_tag
def og_locale(language_code):
    return OG_LOCALES.get((language_code or settings.LANGUAGE_CODE)[:2], "en_GB")


@register.simple_tag(takes_context=True)
def quick_exit_url(context):
    """Where quick exit leads: the editable site setting, or a neutral default."""
    from home.models import DEFAULT_QUICK_EXIT_URL, SiteSettings

    request = context.get("request")
    if request is None:
        return DEFAULT_QUICK_EXIT_URL
    try:
        return SiteSettings.for_request(request).quick_exit_url or DEFAULT_QUICK_EXIT_URL
    except SiteSettings.DoesNotExist:  # a request for a host that matches no site
        return DEFAULT_QUICK_EXIT_URL


@register.simple_tag(takes_context=True)
def static_absolute(context, path):
    from django.templatetags.static import static

    return absolute_url(context, static(path))


@register.filter
def html_datetime(value):
    """The value of a `datetime` attribute: `2026-12-01` for a date, `2026-12-01T18:43:15+01:00`
    (whole seconds, in the current time zone) for a date and time. HTML allows at most three
    digits of fractions; Django's `date:'c'` gives six."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
