"""What facet values are called on the search page, in the reader's language."""

from django.conf import settings
from django.utils.translation import gettext, pgettext

from .documents import Kind


def kind_labels():
    return {
        Kind.PAGE: gettext("Page"),
        Kind.HANDBOOK: gettext("Handbook"),
        Kind.REPORT: pgettext("noun", "Report"),
        Kind.NEWS: gettext("News"),
        Kind.ORGANISATION: gettext("Organisation"),
        Kind.EXPERT: gettext("Expert (vetted members only)"),
        Kind.TOPIC: gettext("Forum topic"),
        Kind.POST: gettext("Forum reply"),
    }


def facet_titles():
    return {
        "kind": gettext("Type"),
        "language": gettext("Language"),
        "country": gettext("Country"),
        "stage": gettext("Stage of the referral"),
        "year": gettext("Year"),
    }


def stage_labels():
    from wagtail.models import Locale

    from directory.localization import localize_names
    from directory.models import Stage

    stages = localize_names(Stage.objects.filter(locale=Locale.get_default()))
    return {str(stage.number): f"{stage.number}. {stage.display_name}" for stage in stages}


def value_labels():
    """facet name -> {value: label}."""
    from reports.countries import COUNTRY_CHOICES

    return {
        "kind": kind_labels(),
        "language": dict(settings.LANGUAGES),
        "country": {code: str(name) for code, name in COUNTRY_CHOICES},
        "stage": stage_labels(),
    }
