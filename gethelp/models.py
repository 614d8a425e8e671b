"""The "Get help" page and the help lines editors keep up to date."""

import re

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BaseStreamBlock


class Country(models.TextChoices):
    # The order here is the order of the sections on the page.
    EU = "EU", _("Anywhere in the European Union")
    HU = "HU", _("Hungary")
    BE = "BE", _("Belgium")
    NL = "NL", _("Netherlands")


class HelpLine(
    PreviewableMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    organisation = models.CharField(_("organisation"), max_length=200)
    phone = models.CharField(
        _("phone number"),
        max_length=40,
        blank=True,
        help_text=_("In international format, for example +32 3 000 00 00. Leave empty if there is no phone line."),
    )
    hours = models.CharField(
        _("opening hours"), max_length=200, blank=True, help_text=_("For example: 24 hours a day")
    )
    languages = models.CharField(
        _("languages spoken"), max_length=200, blank=True, help_text=_("For example: Hungarian, English")
    )
    website = models.URLField(_("website"), blank=True)
    notes = models.TextField(_("notes"), blank=True, help_text=_("Who the line is for and what it offers."))
    is_sample = models.BooleanField(
        _("sample entry"),
        default=False,
        help_text=_("Shows a visible 'Sample entry' label. Use it for demonstration entries only."),
    )
    sort_order = models.PositiveIntegerField(
        _("sort order"), default=100, help_text=_("Lower numbers come first within a country.")
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="helpline")

    panels = [
        FieldRowPanel([FieldPanel("country"), FieldPanel("sort_order")]),
        FieldPanel("organisation"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("hours"), FieldPanel("languages"), FieldPanel("website")],
            heading=_("How to get in touch"),
        ),
        FieldPanel("notes"),
        FieldPanel("is_sample"),
        PublishingPanel(),
    ]

    # Phone numbers, websites and countries are the same in every language: a
    # translator must not be able to change where a victim's call goes.
    translatable_fields = [
        SynchronizedField("country", overridable=False),
        TranslatableField("organisation"),
        SynchronizedField("phone", overridable=False),
        TranslatableField("hours"),
        TranslatableField("languages"),
        SynchronizedField("website"),
        TranslatableField("notes"),
        SynchronizedField("is_sample", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    search_fields = [
        index.SearchField("organisation"),
        index.SearchField("notes"),
        index.AutocompleteField("organisation"),
        index.FilterField("country"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("help line")
        verbose_name_plural = _("help lines")
        ordering = ["country", "sort_order", "organisation"]

    def __str__(self):
        return f"{self.organisation} ({self.get_country_display()})"

    @property
    def revisions(self):
        # RevisionMixin needs this to delete an object's revisions with it.
        return self._revisions

    @property
    def tel_href(self):
        """The number as a tel: link target: digits and a leading +, nothing else."""
        if not self.phone:
            return ""
        digits = re.sub(r"[^\d+]", "", self.phone)
        return "tel:" + digits[:1] + digits[1:].replace("+", "")

    @property
    def website_display(self):
        """The website without its scheme and trailing slash, as people say it."""
        return re.sub(r"^https?://(www\.)?", "", self.website).rstrip("/")

    def get_preview_template(self, request, mode_name):
        return "gethelp/help_line_preview.html"


def help_lines_for_locale(locale):
    """The live help lines to show in one language, in page order.

    A help line appears in the reader's language when it has a live translation,
    and otherwise in its source language (the default locale when it has a version
    there). We never leave a help line out because it is untranslated: a phone
    number someone can call matters more than the language of its description.
    """
    default_locale_id = Locale.get_default().pk
    candidates = {}
    for line in HelpLine.objects.filter(live=True).order_by("pk"):
        current = candidates.get(line.translation_key)
        if current is None or _preference(line, locale.pk, default_locale_id) < _preference(
            current, locale.pk, default_locale_id
        ):
            candidates[line.translation_key] = line
    country_order = {code: position for position, code in enumerate(Country.values)}
    return sorted(
        candidates.values(),
        key=lambda line: (country_order.get(line.country, len(country_order)), line.sort_order, line.organisation),
    )


def _preference(line, locale_id, default_locale_id):
    if line.locale_id == locale_id:
        return 0
    if line.locale_id == default_locale_id:
        return 1
    return 2


def group_by_country(help_lines):
    """[(country code, country name, [help lines])] in page order, leaving out countries without lines."""
    groups = {}
    for line in help_lines:
        groups.setdefault(line.country, []).append(line)
    return [(code, label, groups[code]) for code, label in Country.choices if code in groups]


class GetHelpPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    safety_advice = StreamField(BaseStreamBlock(), verbose_name=_("safety advice"), blank=True)
    help_lines_intro = RichTextField(
        _("introduction to the help lines"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown above the list of help lines. The help lines themselves are edited under Snippets."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("safety_advice"),
        FieldPanel("help_lines_intro"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("safety_advice"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("get help page")
        verbose_name_plural = _("get help pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["help_line_groups"] = group_by_country(help_lines_for_locale(self.locale))
        # The shell's shared notice wins; ours is there for as long as it is missing.
        context["quick_exit_notice_templates"] = [
            "includes/quick_exit_notice.html",
            "gethelp/includes/quick_exit_notice.html",
        ]
        return context
