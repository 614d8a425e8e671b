from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

INTRO_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class DirectoryPage(RoutablePageMixin, Page):
    """The public directory of organisations, with one sub-page per organisation."""

    intro = RichTextField(_("introduction"), features=INTRO_FEATURES, blank=True)
    per_page = models.PositiveSmallIntegerField(_("organisations per page"), default=20)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory page")

    @path("")
    def organisation_list(self, request):
        from directory.views import directory_list

        return directory_list(request, self)

    @path("org/<slug:slug>/", name="organisation")
    def organisation_detail(self, request, slug):
        from directory.views import organisation_detail

        return organisation_detail(request, self, slug)

    @path("org/<slug:slug>/vcard/", name="organisation_vcard")
    def organisation_vcard(self, request, slug):
        from directory.views import organisation_vcard

        return organisation_vcard(request, self, slug)

    def get_sitemap_urls(self, request=None):
        """The list and every public organisation page. Experts are never listed:
        organisation pages show them only to vetted members, and the sitemap is
        what search engines are given."""
        from directory.models import Organisation

        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if not base:
            return urls
        for organisation in Organisation.objects.public().only("slug", "last_published_at"):
            entry = {"location": base + self.reverse_subpage("organisation", kwargs={"slug": organisation.slug})}
            if organisation.last_published_at:
                entry["lastmod"] = organisation.last_published_at
            urls.append(entry)
        return urls


class PathwayPage(Page):
    """“Who do I contact?”: the five stages for a pair of countries."""

    intro = RichTextField(_("introduction"), features=INTRO_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    # The "who do I contact?" page is where a search for referral should lead first.
    search_boost = 3.0

    class Meta:
        verbose_name = _("referral pathways page")

    def serve(self, request, *args, **kwargs):
        from directory.views import pathway

        return pathway(request, self)
