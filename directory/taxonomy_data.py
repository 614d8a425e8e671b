"""The reference vocabulary: the five TRM stages and their services.

Names are marked for translation so that the interface can show them in the
reader's language even before an editor has translated the snippets (see
`directory.localization`)."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .models import Language, Service, Stage, TargetGroup

STAGES = [
    (
        1,
        _("Identification"),
        _("Recognising a presumed victim of trafficking and referring them to the right services."),
        [
            ("identification", _("Identification of presumed victims")),
            ("outreach", _("Outreach work")),
            ("reporting-hotline", _("Reporting hotline")),
        ],
    ),
    (
        2,
        _("First assistance and protection"),
        _("Immediate safety, shelter and care, and time to decide on the next steps."),
        [
            ("shelter", _("Shelter")),
            ("medical-care", _("Medical care")),
            ("psychological-support", _("Psychological support")),
            ("legal-aid", _("Legal aid")),
            ("interpretation", _("Interpretation")),
            ("reflection-period", _("Reflection period")),
        ],
    ),
    (
        3,
        _("Long-term assistance and social inclusion"),
        _("Residence, housing, education and work so that the victim can rebuild a life."),
        [
            ("residence-permit", _("Residence permit support")),
            ("housing", _("Long-term housing")),
            ("education-employment", _("Education and employment support")),
            ("case-management", _("Case management")),
        ],
    ),
    (
        4,
        _("Return and social inclusion"),
        _("A voluntary, safe return prepared with the country of origin, and reintegration there."),
        [
            ("risk-assessment", _("Risk assessment")),
            ("safe-return", _("Safe return")),
            ("reintegration-support", _("Reintegration support")),
        ],
    ),
    (
        5,
        _("Criminal and civil proceedings"),
        _("Reporting the crime, supporting the victim as a witness, and claiming compensation."),
        [
            ("police", _("Police")),
            ("prosecution", _("Prosecution")),
            ("victim-lawyer", _("Victim's lawyer")),
            ("compensation", _("Compensation")),
        ],
    ),
]


@transaction.atomic
def ensure_taxonomy():
    """Create the stages, services, target groups and languages that are missing.
    Idempotent: existing rows (and editors' changes to them) are left alone."""
    locale = Locale.get_default()
    for number, name, summary, services in STAGES:
        stage, _created = Stage.objects.get_or_create(
            locale=locale, number=number, defaults={"name": str(name), "summary": str(summary)}
        )
        for order, (slug, service_name) in enumerate(services):
            Service.objects.get_or_create(
                locale=locale, slug=slug, defaults={"name": str(service_name), "stage": stage, "sort_order": order}
            )
    for order, (code, _label) in enumerate(TargetGroup.Code.choices):
        TargetGroup.objects.get_or_create(code=code, defaults={"sort_order": order})
    for code, _label in Language.Code.choices:
        Language.objects.get_or_create(code=code)
