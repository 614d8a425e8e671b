from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

# Only live, public pages reach the sitemap: Wagtail's Sitemap already leaves out
# drafts and pages behind a privacy restriction.
sitemaps = {"pages": WagtailSitemap}
