from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page


class MultilingualSitemap(WagtailSitemap):
    """Every language's live, public pages, not only the default language's tree.

    Drafts and pages behind a privacy restriction stay out, as in Wagtail's own
    sitemap; so do aliases, which would repeat English text under another
    language's address. Pages add their own sub-addresses with get_sitemap_urls
    (the directory does, for its public organisation pages only)."""

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        in_a_language_tree = Q()
        for root in roots:
            in_a_language_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_language_tree, alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        """Wagtail's entries, each with its translations as <xhtml:link rel="alternate"> (the
        same set, x-default included, as the page's own hreflang links). A sub-address of a
        page (an organisation of the directory) has its alternates under each translation."""
        urls = super()._urls(page, protocol, domain)
        pages = list(self.paginator.page(page).object_list)
        keys = {item.translation_key for item in pages}
        translations = {}
        for candidate in (
            Page.objects.live()
            .public()
            .filter(translation_key__in=keys, alias_of__isnull=True)
            .select_related("locale")
            .order_by("pk")
        ):
            translations.setdefault(candidate.translation_key, {}).setdefault(
                candidate.locale.language_code, candidate
            )
        codes = [code for code, _name in settings.LANGUAGES]
        full_urls = {}
        for item in pages:
            found = translations.get(item.translation_key, {})
            if len(found) < 2:
                continue
            own = item.get_full_url(self.request)
            by_code = {code: found[code] for code in codes if code in found}
            full_urls[own] = {code: other.get_full_url(self.request) for code, other in by_code.items()}
        # Longest page address first, so an organisation is matched to the directory it is under.
        bases = sorted(full_urls, key=len, reverse=True)
        for url_info in urls:
            location = url_info.get("location", "")
            base = next((base for base in bases if base and location.startswith(base)), None)
            if base is None:
                continue
            suffix = location[len(base) :]
            alternates = [
                {"lang_code": code, "location": address + suffix}
                for code, address in full_urls[base].items()
                if address
            ]
            default = next((a["location"] for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None)
            if default:
                alternates.append({"lang_code": "x-default", "location": default})
            url_info["alternates"] = alternates
        return urls


sitemaps = {"pages": MultilingualSitemap}
