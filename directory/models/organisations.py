from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .taxonomy import COUNTRY_CHOICES, Language, Service, TargetGroup


class OrganisationQuerySet(models.QuerySet):
    def public(self):
        """Published organisations in the default locale.

        Facts (country, services, languages…) are the same in every language, so
        the public lists and filters work on one row per organisation: the one in
        the default locale. Translated rows only contribute their translated text
        (see `directory.localization`)."""
        from wagtail.models import Locale

        return self.filter(live=True, locale=Locale.get_default())


class Organisation(
    PreviewableMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    class Kind(models.TextChoices):
        GOVERNMENT = "government", _("Government")
        LAW_ENFORCEMENT = "law-enforcement", _("Law enforcement")
        PROSECUTION = "prosecution", _("Prosecution")
        LABOUR_INSPECTION = "labour-inspection", _("Labour inspection")
        NGO = "ngo", _("Non-governmental organisation")
        INTERNATIONAL = "international", _("International organisation")
        EMBASSY = "embassy", _("Embassy or consulate")
        SOCIAL_SERVICES = "social-services", _("Social services")
        ACADEMIC = "academic", _("Academic")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120, help_text=_("The last part of the organisation's address."))
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    city = models.CharField(_("city"), max_length=100)
    address = models.TextField(_("address"), blank=True)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("public phone"), max_length=40, blank=True)
    email = models.EmailField(_("public e-mail"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    available_24_7 = models.BooleanField(_("available 24/7"), default=False)
    accepts_referrals_from_abroad = models.BooleanField(_("accepts referrals from abroad"), default=False)
    languages = ParentalManyToManyField(
        Language, verbose_name=_("languages spoken"), blank=True, related_name="organisations"
    )
    target_groups = ParentalManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="organisations"
    )
    services = ParentalManyToManyField(Service, verbose_name=_("services"), blank=True, related_name="organisations")
    is_sample = models.BooleanField(
        _("sample entry"), default=False, help_text=_("Demo data: shown with a “sample” label.")
    )

    objects = OrganisationQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("country"), FieldPanel("city")]),
                FieldPanel("address"),
                FieldPanel("description"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("opening_hours"),
                FieldRowPanel([FieldPanel("available_24_7"), FieldPanel("accepts_referrals_from_abroad")]),
            ],
            heading=_("Public contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("services", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Services and people served"),
        ),
        FieldPanel("is_sample"),
    ]

    # Where to call or write is the same in every language: a translator must not be
    # able to change a phone number, an address on the web or the page's address.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("country", overridable=False),
        TranslatableField("city"),
        TranslatableField("address"),
        TranslatableField("description"),
        SynchronizedField("website", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("email", overridable=False),
        TranslatableField("opening_hours"),
        SynchronizedField("available_24_7", overridable=False),
        SynchronizedField("accepts_referrals_from_abroad", overridable=False),
        SynchronizedField("languages", overridable=False),
        SynchronizedField("target_groups", overridable=False),
        SynchronizedField("services", overridable=False),
        SynchronizedField("is_sample", overridable=False),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("city"),
        index.SearchField("description"),
        index.FilterField("country"),
        index.FilterField("kind"),
        index.FilterField("live"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="directory_organisation_unique_slug")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        from .pages import DirectoryPage

        directory = (
            DirectoryPage.objects.live().filter(locale=self.locale).first() or DirectoryPage.objects.live().first()
        )
        if directory is None:
            return ""
        return directory.url + directory.reverse_subpage("organisation", kwargs={"slug": self.slug})

    # Plain-text columns of the admin's spreadsheet export.
    # The admin export writes what directory.importer reads: slugs and codes, yes/no.
    def export_services(self):
        return " ".join(service.slug for service in self.services.all())

    def export_languages(self):
        return " ".join(language.code for language in self.languages.all())

    def export_target_groups(self):
        return " ".join(group.code for group in self.target_groups.all())

    def export_available_24_7(self):
        return "yes" if self.available_24_7 else "no"

    def export_accepts_referrals_from_abroad(self):
        return "yes" if self.accepts_referrals_from_abroad else "no"

    def export_is_sample(self):
        return "yes" if self.is_sample else "no"

    def get_preview_template(self, request, mode_name):
        return "directory/organisation_preview.html"

    def get_preview_context(self, request, mode_name):
        from directory.services import services_by_stage

        context = super().get_preview_context(request, mode_name)
        self.display_description = self.description
        self.display_opening_hours = self.opening_hours
        self.display_name, self.display_city, self.display_address = self.name, self.city, self.address
        context.update(
            organisation=self,
            stages=services_by_stage(self.services.all()),
            preview=True,
            experts_visible=False,
            experts=[],
        )
        return context


class Expert(index.Indexed, models.Model):
    """A person at an organisation. Only vetted members and staff may see them:
    see `directory.permissions.can_see_experts`."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="experts"
    )
    full_name = models.CharField(_("full name"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True)
    areas_of_expertise = models.TextField(_("areas of expertise"), blank=True)
    languages = models.ManyToManyField(Language, verbose_name=_("languages"), blank=True, related_name="experts")
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expert_profile",
    )
    is_sample = models.BooleanField(_("sample entry"), default=False)

    search_fields = [
        index.SearchField("full_name", boost=2),
        index.AutocompleteField("full_name"),
        index.SearchField("role"),
        index.SearchField("areas_of_expertise"),
    ]

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("expert")
        verbose_name_plural = _("experts")
        # Granted to vetted members and moderators (directory.setup); to editors only when an
        # administrator ticks it for their group. Never implied by being staff.
        permissions = [("view_expert_contact_details", _("Can view expert contact details"))]

    def __str__(self):
        return self.full_name
