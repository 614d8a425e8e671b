"""More news items for the benchmarks (bench/__main__.py): `factor` times the demo's.

Copies are added as live pages without revisions, which is quick and is all the
news index, its feed and the home page read.
"""

import datetime

from .models import NewsIndexPage, NewsPage


def grow(factor):
    for index in NewsIndexPage.objects.all():
        originals = list(NewsPage.objects.child_of(index).live().order_by("path"))
        for round_number in range(1, factor):
            for original in originals:
                copy = NewsPage(
                    title=f"{original.title} (benchmark copy {round_number})",
                    slug=f"{original.slug}-bench-{round_number}",
                    locale_id=original.locale_id,
                    date=original.date - datetime.timedelta(days=30 * round_number),
                    category=original.category,
                    intro=original.intro,
                    image_id=original.image_id,
                    image_alt=original.image_alt,
                    body=original.body,
                    live=True,
                )
                index.add_child(instance=copy)
