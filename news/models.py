"""News: an index per language tree and dated news items, with a feed of the public ones."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from search.documents import Kind

NEWS_PER_PAGE = 10
FEED_ITEMS = 20


class NewsCategory(models.TextChoices):
    PROJECT = "project", _("Project news")
    EVENT = "event", _("Events")
    PUBLICATION = "publication", _("Publications")


def public_news():
    """Live news items that anyone may read, newest first.

    `.public()` leaves out items behind a privacy restriction (their own or an
    ancestor's), so nothing meant for vetted members reaches lists or feeds.
    """
    return (
        NewsPage.objects.live()
        .public()
        # An alias would show an English item in another language's list.
        .filter(alias_of__isnull=True)
        .select_related("locale", "image")
        .prefetch_related("image__renditions")
        .order_by("-date", "-first_published_at", "-pk")
    )


def latest_news(locale, limit=3):
    """The newest public news items of one language, for the home page."""
    return list(public_news().filter(locale=locale)[:limit])


class NewsIndexPage(RoutablePageMixin, Page):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news_items(self, category=""):
        items = public_news().child_of(self)
        if category:
            items = items.filter(category=category)
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        category = request.GET.get("category", "")
        if category not in NewsCategory.values:
            # An unknown category is ignored rather than answered with an empty list.
            category = ""
        # get_page() turns a missing, malformed or out-of-range page number into a
        # page that exists, so a mistyped or stale link still shows news.
        news_page = Paginator(self.news_items(category), NEWS_PER_PAGE).get_page(request.GET.get("page"))
        context.update(
            news_page=news_page,
            category=category,
            categories=NewsCategory.choices,
            feed_url=self.get_feed_url(request),
        )
        return context

    def get_feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")

    @path("feed/", name="feed")
    def feed(self, request):
        from news.feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsPage(Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    category = models.CharField(
        _("category"), max_length=20, choices=NewsCategory.choices, default=NewsCategory.PROJECT
    )
    intro = models.TextField(
        _("introduction"),
        max_length=500,
        help_text=_("One or two sentences shown in lists, feeds and at the top of the item."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Required when there is an image."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("category")], heading=_("Publication")),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    search_kind = Kind.NEWS

    def search_date(self):
        return self.date

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Describe the image for people who cannot see it.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = self.get_parent().specific
        if isinstance(index_page, NewsIndexPage):
            context["news_index"] = index_page
            context["feed_url"] = index_page.get_feed_url(request)
        return context
