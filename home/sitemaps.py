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


sitemaps = {"pages": MultilingualSitemap}
