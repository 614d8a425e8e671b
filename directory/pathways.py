"""“Who do I contact?”: the five stages for the country where a victim was
identified and their country of origin or return."""

from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .localization import localize_guidance, localize_names, localize_organisations
from .models import COUNTRY_CHOICES, PATHWAY_COUNTRIES, Organisation, PathwayGuidance, Stage


def pathway_country_choices():
    labels = dict(COUNTRY_CHOICES)
    return [(code, labels[code]) for code in PATHWAY_COUNTRIES]


class PathwayForm(forms.Form):
    identified = forms.ChoiceField(
        label=_("Country where the victim was identified"),
        choices=pathway_country_choices,
    )
    origin = forms.ChoiceField(
        label=_("Country of origin or return"),
        choices=pathway_country_choices,
        help_text=_("Choose the same country when the victim was identified in their own country."),
    )


@dataclass
class CountryColumn:
    code: str
    name: str
    role: str
    guidance: object = None
    organisations: list = field(default_factory=list)


@dataclass
class PathwayStage:
    stage: Stage
    countries: list


@dataclass
class Pathway:
    identified: str
    origin: str
    stages: list

    @property
    def same_country(self):
        return self.identified == self.origin

    @property
    def identified_name(self):
        return dict(COUNTRY_CHOICES)[self.identified]

    @property
    def origin_name(self):
        return dict(COUNTRY_CHOICES)[self.origin]


def build_pathway(identified, origin):
    """The five stages in order; for each, the guidance and the organisations of
    each country offering a service of that stage. A fixed number of queries,
    whatever the number of organisations."""
    locale = Locale.get_default()
    countries = [identified] if identified == origin else [identified, origin]
    names = dict(COUNTRY_CHOICES)
    if identified == origin:
        roles = {identified: _("Country of identification and of origin")}
    else:
        roles = {identified: _("Country where the victim was identified"), origin: _("Country of origin or return")}

    stages = localize_names(Stage.objects.filter(locale=locale).order_by("number"))
    guidance = localize_guidance(
        PathwayGuidance.objects.filter(locale=locale, country__in=countries).select_related("stage")
    )
    guidance_by_key = {(row.country, row.stage.number): row for row in guidance}
    organisations = localize_organisations(
        Organisation.objects.public()
        .filter(country__in=countries)
        .prefetch_related("services__stage")
        .order_by("name", "pk")
    )
    by_key = {}
    for organisation in organisations:
        numbers = {service.stage.number for service in organisation.services.all()}
        for number in numbers:
            by_key.setdefault((organisation.country, number), []).append(organisation)

    pathway_stages = []
    for stage in stages:
        columns = []
        for code in countries:
            matching = by_key.get((code, stage.number), [])
            for organisation in matching:
                organisation.stage_services = sorted(
                    (s for s in organisation.services.all() if s.stage.number == stage.number),
                    key=lambda s: (s.sort_order, s.name),
                )
            columns.append(
                CountryColumn(
                    code=code,
                    name=names[code],
                    role=roles[code],
                    guidance=guidance_by_key.get((code, stage.number)),
                    organisations=[
                        _StageEntry(organisation, organisation.stage_services) for organisation in matching
                    ],
                )
            )
        pathway_stages.append(PathwayStage(stage=stage, countries=columns))
    _localize_services(pathway_stages)
    return Pathway(identified=identified, origin=origin, stages=pathway_stages)


@dataclass
class _StageEntry:
    organisation: Organisation
    services: list


def _localize_services(pathway_stages):
    services = {}
    for pathway_stage in pathway_stages:
        for column in pathway_stage.countries:
            for entry in column.organisations:
                for service in entry.services:
                    services[service.pk] = service
    localize_names(services.values())
    # The same service object can be shared by several organisations (prefetch
    # gives each its own copy): copy the display names across.
    names = {pk: service.display_name for pk, service in services.items()}
    for pathway_stage in pathway_stages:
        for column in pathway_stage.countries:
            for entry in column.organisations:
                for service in entry.services:
                    service.display_name = names[service.pk]
