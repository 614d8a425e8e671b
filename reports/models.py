"""Reports of the project's workshops and study visits."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from search.documents import Kind

from .blocks import AgendaBlock, DocumentsBlock, GalleryBlock
from .countries import COUNTRY_CHOICES, country_name
from .fields import CountryListField


class ReportIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["reports.WorkshopReportPage", "reports.StudyVisitReportPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("report index")
        verbose_name_plural = _("report indexes")

    def reports(self):
        """Every published, public report under this index, newest first."""
        return (
            ReportPage.objects.descendant_of(self)
            .live()
            .public()
            .filter(locale_id=self.locale_id)
            .select_related("content_type")
            .order_by("-start_date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        from .listing import report_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(report_listing(self, request.GET))
        return context


class ReportPage(Page):
    """What workshop and study-visit reports have in common.

    A concrete (not abstract) base: one table holds the dates and places of
    both kinds, so the index can filter, order and paginate them in a single
    query. It is never created directly.
    """

    summary = models.TextField(_("summary"), max_length=600, help_text=_("Shown in the list of reports."))
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    host_country = models.CharField(_("host country"), max_length=2, choices=COUNTRY_CHOICES)
    city = models.CharField(_("city"), max_length=100)
    host_organisation = models.CharField(_("host organisation"), max_length=200)
    participating_countries = CountryListField(
        _("participating countries"),
        default=list,
        blank=True,
        help_text=_("The countries the participants came from."),
    )
    number_of_participants = models.PositiveIntegerField(
        _("number of participants"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
    )
    agenda = StreamField(AgendaBlock(), blank=True, verbose_name=_("agenda"))
    findings = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("findings"))
    recommendations = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("recommendations"))
    documents = StreamField(DocumentsBlock(), blank=True, verbose_name=_("documents"))
    photos = StreamField(GalleryBlock(), blank=True, verbose_name=_("photos"))

    is_creatable = False
    parent_page_types = ["reports.ReportIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("host_country"), FieldPanel("city")]),
                FieldPanel("host_organisation"),
                FieldPanel("participating_countries"),
                FieldPanel("number_of_participants"),
            ],
            heading=_("When, where and who"),
        ),
        FieldPanel("agenda"),
        FieldPanel("findings"),
        FieldPanel("recommendations"),
        FieldPanel("documents"),
        FieldPanel("photos"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("city"),
        index.SearchField("host_organisation"),
        index.SearchField("findings"),
        index.SearchField("recommendations"),
        index.FilterField("host_country"),
        index.FilterField("start_date"),
    ]

    search_kind = Kind.REPORT

    def search_countries(self):
        return sorted({self.host_country, *(self.participating_countries or [])} - {""})

    def search_date(self):
        return self.start_date

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    @property
    def host_country_name(self):
        return country_name(self.host_country)

    def participating_country_names(self):
        return [country_name(code) for code in self.participating_countries or []]

    @property
    def report_type(self):
        """The key of the concrete kind ("workshop" or "study-visit"), without loading the specific page."""
        return report_type_for_content_type(self.content_type_id)

    @property
    def report_type_label(self):
        model = ContentType.objects.get_for_id(self.content_type_id).model_class()
        return getattr(model, "report_type_label", "")


class WorkshopReportPage(ReportPage):
    report_type_key = "workshop"
    report_type_label = _("Workshop")
    is_creatable = True
    template = "reports/workshop_report_page.html"

    class Meta:
        verbose_name = _("workshop report")
        verbose_name_plural = _("workshop reports")


class StudyVisitReportPage(ReportPage):
    report_type_key = "study-visit"
    report_type_label = _("Study visit")
    is_creatable = True
    template = "reports/study_visit_report_page.html"

    class Meta:
        verbose_name = _("study-visit report")
        verbose_name_plural = _("study-visit reports")


REPORT_TYPES = {model.report_type_key: model for model in (WorkshopReportPage, StudyVisitReportPage)}


def report_type_for_content_type(content_type_id):
    """The report type key of a content type id; ContentType's cache answers without a query after the first."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return getattr(model, "report_type_key", "")


def latest_reports(locale, limit=3):
    """The newest published, public reports of both kinds in a locale (a Locale or a language code).

    Returns ReportPage objects (not the specific kinds) with their content type
    loaded: title, url, dates, place and `report_type_label` are all there
    without further queries.
    """
    if not isinstance(locale, Locale):
        locale = Locale.objects.filter(language_code=locale).first()
        if locale is None:
            return []
    return list(
        ReportPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("content_type")
        .order_by("-start_date", "-pk")[:limit]
    )
