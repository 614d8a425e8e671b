"""The home page, the generic content page and the site-wide settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock, EntryPointsBlock, table_of_contents

DEFAULT_QUICK_EXIT_URL = "https://www.google.com/"

INTRO_FEATURES = ["bold", "italic", "link"]


class HomePage(Page):
    """The root of each language's tree."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=INTRO_FEATURES,
        help_text=_("What RAVOT-EUR is, in a few sentences. Shown at the top of the home page."),
    )
    partners_intro = RichTextField(
        _("partner introduction"),
        blank=True,
        features=INTRO_FEATURES + ["ul"],
        help_text=_("Who runs the project."),
    )
    help_title = models.CharField(_("get help title"), max_length=120, blank=True)
    help_text = RichTextField(
        _("get help text"),
        blank=True,
        features=INTRO_FEATURES,
        help_text=_("A short message for people who need help now."),
    )
    help_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("get help page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    entry_points = StreamField(
        EntryPointsBlock(),
        verbose_name=_("entry points"),
        blank=True,
        help_text=_("Cards that lead to the main parts of the site."),
    )
    funding_acknowledgement = RichTextField(
        _("EU funding acknowledgement"),
        blank=True,
        features=INTRO_FEATURES,
    )

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("help_title"), FieldPanel("help_text"), PageChooserPanel("help_page")],
            heading=_("Get help call-out"),
        ),
        FieldPanel("entry_points"),
        FieldPanel("partners_intro"),
        FieldPanel("funding_acknowledgement"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("partners_intro"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        # Imported here: the content apps' models import home.blocks, so a module-level import would be circular.
        from home.caching import CMS, cached
        from news.models import latest_news
        from reports.models import latest_reports

        context = super().get_context(request, *args, **kwargs)
        # Public pages only, the same for every reader: kept until a page changes (home.caching).
        context["latest_reports"], context["latest_news"] = cached(
            CMS,
            f"home-latest:{self.locale_id}",
            lambda: (latest_reports(self.locale, limit=3), latest_news(self.locale, limit=3)),
        )
        help_page = self.help_page.localized if self.help_page_id else None
        context["help_page"] = help_page if help_page is not None and help_page.live else None
        return context


class StandardPage(Page):
    """A generic content page: about, partners, code of conduct, privacy notice, accessibility statement."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    show_table_of_contents = models.BooleanField(
        _("show table of contents"),
        default=False,
        help_text=_("List the page's headings at the top, for long pages."),
    )

    parent_page_types = ["home.HomePage", "home.StandardPage"]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("show_table_of_contents")]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    @property
    def table_of_contents(self):
        return table_of_contents(self.body) if self.show_table_of_contents else []


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Site-wide choices editors can change without a developer: legal links, quick exit, sharing image."""

    quick_exit_url = models.URLField(
        _("quick exit address"),
        default=DEFAULT_QUICK_EXIT_URL,
        help_text=_(
            'Where the "Leave this site quickly" button and Shift pressed three times take people. '
            "Choose a common, neutral site that draws no attention in a browser's history."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    code_of_conduct_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("code of conduct"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    og_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when a page is shared on social media. 1200 × 630 pixels works best."),
    )

    select_related = ["privacy_page", "accessibility_page", "code_of_conduct_page", "og_image"]

    panels = [
        FieldPanel("quick_exit_url"),
        MultiFieldPanel(
            [
                PageChooserPanel("privacy_page"),
                PageChooserPanel("accessibility_page"),
                PageChooserPanel("code_of_conduct_page"),
            ],
            heading=_("Footer links"),
        ),
        FieldPanel("og_image"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        """Wagtail's get-or-create (a query on every page), kept in the shared cache until settings,
        pages or images change (home.caching)."""
        from home.caching import CMS, cached

        if site is None or site.pk is None:
            return super().for_site(site)
        instance = cached(CMS, f"site-settings:{site.pk}", lambda: cls.base_queryset().filter(site=site).first())
        return instance if instance is not None else super().for_site(site)

    def legal_links(self):
        """The footer's legal pages in the reader's language, leaving out pages that are not live."""
        links = []
        for field in ("privacy_page", "accessibility_page", "code_of_conduct_page"):
            page = getattr(self, field)
            if page is None:
                continue
            page = page.localized
            if page.live:
                links.append(page)
        return links
