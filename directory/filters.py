"""The public directory's filters: a plain GET form and the query it builds."""

from django import forms
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.caching import DIRECTORY, cached

from .localization import localize_names
from .models import COUNTRY_CHOICES, Language, Organisation, Service, Stage, TargetGroup


def _taxonomy():
    """The stages and services in the reader's language: the same for every reader, kept in the
    shared cache until the directory changes (home.caching)."""
    locale = Locale.get_default()
    stages = localize_names(Stage.objects.filter(locale=locale))
    services = localize_names(Service.objects.filter(locale=locale).select_related("stage"))
    return stages, services


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name, city or keyword"), required=False, max_length=100)
    country = forms.ChoiceField(label=_("Country"), required=False)
    stage = forms.TypedChoiceField(label=_("Stage"), required=False, coerce=int, empty_value=None)
    service = forms.ChoiceField(label=_("Service"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)
    target = forms.ChoiceField(label=_("Target group"), required=False)
    available_24_7 = forms.BooleanField(label=_("Available 24/7"), required=False)
    abroad = forms.BooleanField(label=_("Accepts referrals from abroad"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stages, services = cached(DIRECTORY, f"filter-taxonomy:{get_language()}", _taxonomy)
        self.stages = stages
        self.fields["country"].choices = [("", _("All countries"))] + list(COUNTRY_CHOICES)
        self.fields["stage"].choices = [("", _("All stages"))] + [(s.number, s.display_name) for s in stages]
        grouped = {}
        for service in services:
            grouped.setdefault(service.stage.number, []).append((service.slug, service.display_name))
        self.fields["service"].choices = [("", _("All services"))] + [
            (stage.display_name, grouped.get(stage.number, [])) for stage in stages if grouped.get(stage.number)
        ]
        self.fields["language"].choices = [("", _("Any language"))] + list(Language.Code.choices)
        self.fields["target"].choices = [("", _("All target groups"))] + list(TargetGroup.Code.choices)

    def set_country_counts(self, counts):
        """Show next to each country how many organisations it would list."""
        self.fields["country"].choices = [("", _("All countries"))] + [
            (code, f"{label} ({counts.get(code, 0)})") for code, label in COUNTRY_CHOICES
        ]

    def filters(self):
        """The valid filters only: a bad value in one field does not throw away the others."""
        self.is_valid()
        mark_invalid_fields(self)
        return {
            key: value for key, value in getattr(self, "cleaned_data", {}).items() if value not in ("", None, False)
        }


def mark_invalid_fields(form):
    """Let assistive technology announce which field was refused, and why."""
    for name in form.errors:
        if name in form.fields:
            form.fields[name].widget.attrs.update(
                {"aria-invalid": "true", "aria-describedby": f"{form[name].auto_id}-error"}
            )


def _through_exists(field_name, **lookups):
    through = Organisation._meta.get_field(field_name).remote_field.through
    return Exists(through.objects.filter(organisation_id=OuterRef("pk"), **lookups))


def filter_organisations(queryset, filters):
    """Apply the directory filters. Many-to-many filters use EXISTS so that an
    organisation offering several matching services is listed once."""
    if query := filters.get("q"):
        queryset = queryset.filter(
            Q(name__icontains=query) | Q(city__icontains=query) | Q(description__icontains=query)
        )
    if country := filters.get("country"):
        queryset = queryset.filter(country=country)
    if stage := filters.get("stage"):
        queryset = queryset.filter(_through_exists("services", service__stage__number=stage))
    if service := filters.get("service"):
        queryset = queryset.filter(_through_exists("services", service__slug=service))
    if language := filters.get("language"):
        queryset = queryset.filter(_through_exists("languages", language__code=language))
    if target := filters.get("target"):
        queryset = queryset.filter(_through_exists("target_groups", targetgroup__code=target))
    if filters.get("available_24_7"):
        queryset = queryset.filter(available_24_7=True)
    if filters.get("abroad"):
        queryset = queryset.filter(accepts_referrals_from_abroad=True)
    return queryset


def country_counts(filters):
    """How many organisations each country would show with the other filters kept."""
    others = {key: value for key, value in filters.items() if key != "country"}
    rows = (
        filter_organisations(Organisation.objects.public(), others)
        .order_by()
        .values("country")
        .annotate(total=Count("pk"))
    )
    return {row["country"]: row["total"] for row in rows}


def search_organisations(filters):
    return (
        filter_organisations(Organisation.objects.public(), filters)
        .prefetch_related("services__stage", "languages", "target_groups")
        .order_by("name", "pk")
    )
