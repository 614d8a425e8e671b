"""Growing the directory for `make bench`: copies of every organisation, with
their services, languages and target groups, inserted in bulk."""

import uuid

from django.db import transaction
from django.utils import timezone

from .models import Organisation

BATCH_SIZE = 500


@transaction.atomic
def grow(factor):
    """Make the number of organisations `factor` times what it is now."""
    originals = list(Organisation.objects.filter(live=True).prefetch_related("services", "languages", "target_groups"))
    if factor <= 1 or not originals:
        return 0
    through = {
        name: Organisation._meta.get_field(name).remote_field.through
        for name in ("services", "languages", "target_groups")
    }
    now = timezone.now()
    copies = []
    sources = []
    for round_number in range(1, factor):
        for original in originals:
            copy = Organisation(
                locale_id=original.locale_id,
                translation_key=uuid.uuid4(),
                name=f"{original.name} {round_number + 1}",
                slug=f"{original.slug[:100]}-bench-{round_number}",
                kind=original.kind,
                country=original.country,
                city=original.city,
                address=original.address,
                description=original.description,
                website=original.website,
                phone=original.phone,
                email=original.email,
                opening_hours=original.opening_hours,
                available_24_7=original.available_24_7,
                accepts_referrals_from_abroad=original.accepts_referrals_from_abroad,
                is_sample=True,
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
            copies.append(copy)
            sources.append(original)
    Organisation.objects.bulk_create(copies, batch_size=BATCH_SIZE)
    if any(copy.pk is None for copy in copies):  # backends that do not return ids
        by_slug = dict(Organisation.objects.filter(slug__contains="-bench-").values_list("slug", "pk"))
        for copy in copies:
            copy.pk = by_slug[copy.slug]
    links = {"services": [], "languages": [], "target_groups": []}
    column = {"services": "service_id", "languages": "language_id", "target_groups": "targetgroup_id"}
    for copy, original in zip(copies, sources, strict=True):
        for name in links:
            for item in getattr(original, name).all():
                links[name].append(through[name](organisation_id=copy.pk, **{column[name]: item.pk}))
    for name, rows in links.items():
        through[name].objects.bulk_create(rows, batch_size=BATCH_SIZE)
    return len(copies)
