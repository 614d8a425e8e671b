"""The vocabularies the directory is filtered by.

How translation works here (the choice matters for filtering):

* Stages and services are editor-managed and their names are translated by
  editors, so they are `TranslatableMixin` snippets. A translated copy keeps the
  `translation_key` and the *slug* / stage *number* of its source, so filters use
  those locale-independent values and find an organisation whatever language
  version of a service it happens to point to.
* Target groups and languages are small fixed sets. Their rows are not
  translated: each row stores a code from a choices list whose labels go through
  gettext. Filtering is then a plain join on one row per concept, identical on
  SQLite and PostgreSQL, and the names are translated with the rest of the UI.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import RevisionMixin, TranslatableMixin
from wagtail.search import index

COUNTRY_CHOICES = [
    ("HU", _("Hungary")),
    ("BE", _("Belgium")),
    ("NL", _("Netherlands")),
    ("AT", _("Austria")),
    ("DE", _("Germany")),
    ("RO", _("Romania")),
    ("SK", _("Slovakia")),
    ("GB", _("United Kingdom")),
]
# The three countries of the transnational referral mechanism.
PATHWAY_COUNTRIES = ["HU", "BE", "NL"]

GUIDANCE_FEATURES = ["bold", "italic", "ul", "ol", "link"]


class Stage(TranslatableMixin, models.Model):
    """One of the five stages of the European TRM guidelines."""

    number = models.PositiveSmallIntegerField(
        _("number"),
        validators=[MinValueValidator(1), MaxValueValidator(9)],
        help_text=_("Position of the stage in the referral (1 = identification)."),
    )
    name = models.CharField(_("name"), max_length=120)
    summary = models.TextField(_("summary"), blank=True)

    class Meta(TranslatableMixin.Meta):
        ordering = ["number"]
        verbose_name = _("stage")
        verbose_name_plural = _("stages")
        constraints = [models.UniqueConstraint(fields=["locale", "number"], name="directory_stage_unique_number")]

    def __str__(self):
        return f"{self.number}. {self.name}"


class Service(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Used in filter addresses; keep it the same in every language.")
    )
    stage = models.ForeignKey(Stage, verbose_name=_("stage"), on_delete=models.PROTECT, related_name="services")
    sort_order = models.PositiveSmallIntegerField(_("order within the stage"), default=0)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["stage__number", "sort_order", "name"]
        verbose_name = _("service")
        verbose_name_plural = _("services")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="directory_service_unique_slug")]

    def __str__(self):
        return self.name


class TargetGroup(models.Model):
    class Code(models.TextChoices):
        WOMEN = "women", _("Women")
        MEN = "men", _("Men")
        MINORS = "minors", _("Minors")
        FAMILIES = "families", _("Families")
        SEXUAL = "sexual-exploitation", _("Victims of sexual exploitation")
        LABOUR = "labour-exploitation", _("Victims of labour exploitation")
        CRIMINALITY = "forced-criminality", _("Victims of forced criminality")
        OTHER = "other-exploitation", _("Victims of other forms of exploitation")

    code = models.CharField(_("target group"), max_length=40, choices=Code.choices, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")

    def __str__(self):
        return str(self.get_code_display())


class Language(models.Model):
    class Code(models.TextChoices):
        HU = "hu", _("Hungarian")
        NL = "nl", _("Dutch")
        FR = "fr", _("French")
        EN = "en", _("English")
        DE = "de", _("German")
        RO = "ro", _("Romanian")
        SK = "sk", _("Slovak")
        BG = "bg", _("Bulgarian")
        PL = "pl", _("Polish")
        RU = "ru", _("Russian")
        UK = "uk", _("Ukrainian")
        AR = "ar", _("Arabic")
        ES = "es", _("Spanish")
        ROM = "rom", _("Romani")

    code = models.CharField(_("language"), max_length=8, choices=Code.choices, unique=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return str(self.get_code_display())


class PathwayGuidance(TranslatableMixin, RevisionMixin, models.Model):
    """What has to happen in one country at one stage, shown on the pathway page."""

    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    stage = models.ForeignKey(Stage, verbose_name=_("stage"), on_delete=models.CASCADE, related_name="guidance")
    guidance = RichTextField(_("guidance"), features=GUIDANCE_FEATURES)

    class Meta(TranslatableMixin.Meta):
        ordering = ["country", "stage__number"]
        verbose_name = _("pathway guidance")
        verbose_name_plural = _("pathway guidance")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "country", "stage"], name="directory_guidance_unique_country_stage"
            )
        ]

    def __str__(self):
        return f"{self.get_country_display()} · {self.stage}"
