"""The training handbook: an index page and numbered chapters, readable on screen or printed whole."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock, table_of_contents
from search.documents import Kind


def chapter_number_taken(parent, number, exclude_pk=None):
    """Whether another chapter under `parent` (drafts included) already has this number."""
    if parent is None or number is None:
        return False
    siblings = HandbookChapterPage.objects.child_of(parent).filter(chapter_number=number)
    if exclude_pk:
        siblings = siblings.exclude(pk=exclude_pk)
    return siblings.exists()


def chapter_number_error(number):
    return ValidationError(
        _("Chapter %(number)s already exists in this handbook. Choose another chapter number."),
        code="duplicate_chapter_number",
        params={"number": number},
    )


def nested_table_of_contents(stream_value):
    """The body's headings as a two-level outline: sections (h2), each with its subsections (h3).

    A subsection that comes before any section stands on its own at the top level.
    """
    outline = []
    for level, text, anchor in table_of_contents(stream_value):
        entry = {"text": text, "anchor": anchor, "children": []}
        if level == "h3" and outline:
            outline[-1]["children"].append(entry)
        else:
            outline.append(entry)
    return outline


class HandbookIndexPage(RoutablePageMixin, Page):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["handbook.HandbookChapterPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    search_kind = Kind.HANDBOOK

    class Meta:
        verbose_name = _("handbook")
        verbose_name_plural = _("handbooks")

    def chapters(self):
        """The published chapters that anyone may read, in chapter order."""
        return (
            HandbookChapterPage.objects.child_of(self)
            .live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by("chapter_number", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = self.chapters()
        return context

    @path("print/", name="print")
    def print_view(self, request):
        """The whole handbook on one page, for printing or saving as PDF."""
        return self.render(request, template="handbook/handbook_print.html")


class HandbookChapterForm(WagtailAdminPageForm):
    """Checks the chapter number in the editor, before the page is placed in the tree,
    so that a duplicate is shown as an error on the field rather than failing on save."""

    def clean(self):
        cleaned_data = super().clean()
        number = cleaned_data.get("chapter_number")
        parent = self.parent_page if self.instance.pk is None else self.instance.get_parent()
        if chapter_number_taken(parent, number, exclude_pk=self.instance.pk):
            self.add_error("chapter_number", chapter_number_error(number))
        return cleaned_data


class HandbookChapterPage(Page):
    chapter_number = models.PositiveSmallIntegerField(
        _("chapter number"),
        help_text=_("Chapters are listed and printed in this order. Each number is used once per handbook."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("One or two sentences, shown in the list of chapters."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))

    parent_page_types = ["handbook.HandbookIndexPage"]
    subpage_types = []
    base_form_class = HandbookChapterForm

    content_panels = Page.content_panels + [
        FieldPanel("chapter_number"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("chapter_number"),
    ]

    search_kind = Kind.HANDBOOK

    class Meta:
        verbose_name = _("handbook chapter")
        verbose_name_plural = _("handbook chapters")

    def clean(self):
        super().clean()
        # Pages created in code (demo content, imports) are checked here once they are in the tree.
        if self.path and self.depth and self.depth > 1:
            if chapter_number_taken(self.get_parent(), self.chapter_number, exclude_pk=self.pk):
                raise ValidationError({"chapter_number": chapter_number_error(self.chapter_number)})

    def _readable_siblings(self):
        return (
            HandbookChapterPage.objects.sibling_of(self, inclusive=False)
            .live()
            .public()
            .filter(locale_id=self.locale_id)
        )

    def previous_chapter(self):
        return (
            self._readable_siblings()
            .filter(chapter_number__lt=self.chapter_number)
            .order_by("-chapter_number")
            .first()
        )

    def next_chapter(self):
        return (
            self._readable_siblings().filter(chapter_number__gt=self.chapter_number).order_by("chapter_number").first()
        )

    def table_of_contents(self):
        return nested_table_of_contents(self.body)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["handbook"] = self.get_parent().specific
        context["toc"] = self.table_of_contents()
        context["previous_chapter"] = self.previous_chapter()
        context["next_chapter"] = self.next_chapter()
        return context
