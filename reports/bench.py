"""More reports for the benchmarks (bench/__main__.py): `factor` times the demo's.

Copies are added as live pages without revisions, which is quick and is all the
listing, the filters and the home page read.
"""

import datetime

from .models import ReportIndexPage, ReportPage

COPIED_FIELDS = [
    "summary",
    "host_country",
    "city",
    "host_organisation",
    "participating_countries",
    "number_of_participants",
    "agenda",
    "findings",
    "recommendations",
    "documents",
    "photos",
]


def grow(factor):
    for index in ReportIndexPage.objects.all():
        originals = [page.specific for page in ReportPage.objects.child_of(index).live().order_by("path")]
        for round_number in range(1, factor):
            for original in originals:
                # Spread the copies over the years, so the year filter has more than two choices.
                shift = datetime.timedelta(days=365 * round_number)
                copy = type(original)(
                    title=f"{original.title} (benchmark copy {round_number})",
                    slug=f"{original.slug}-bench-{round_number}",
                    locale_id=original.locale_id,
                    start_date=original.start_date - shift,
                    end_date=original.end_date - shift,
                    live=True,
                    **{name: getattr(original, name) for name in COPIED_FIELDS},
                )
                index.add_child(instance=copy)
