"""The directory's part of the site search: organisations for everyone,
experts only for those `can_see_experts` lets see them."""

from django.db.models import Q
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from search.providers import SearchResult

from .localization import active_locale, localize_organisations
from .models import DirectoryPage, Expert, Organisation
from .permissions import can_see_experts

MAX_RESULTS = 50


def _words(query):
    return [word for word in query.split() if word][:10]


def _all_words(fields, words):
    """Every word must appear in at least one of the fields."""
    condition = Q()
    for word in words:
        any_field = Q()
        for field in fields:
            any_field |= Q(**{f"{field}__icontains": word})
        condition &= any_field
    return condition


def matching_organisations(query):
    words = _words(query)
    if not words:
        return []
    found = Organisation.objects.public().filter(_all_words(["name", "city", "description"], words))
    return localize_organisations(found.order_by("name", "pk")[:MAX_RESULTS])


def matching_experts(user, query):
    words = _words(query)
    if not words or not can_see_experts(user):
        return []
    found = (
        Expert.objects.filter(organisation__in=Organisation.objects.public())
        .filter(_all_words(["full_name", "role", "areas_of_expertise", "organisation__name"], words))
        .select_related("organisation")
        .order_by("full_name", "pk")
    )
    return list(found[:MAX_RESULTS])


def _organisation_url(directory_url, organisation):
    return f"{directory_url}org/{organisation.slug}/" if directory_url else ""


def directory_results(request, query):
    pages = DirectoryPage.objects.live().public()
    directory = pages.filter(locale=active_locale()).first() or pages.first()
    if directory is None:
        return []
    directory_url = directory.get_url(request)
    results = []
    for organisation in matching_organisations(query):
        summary = f"{organisation.city}, {organisation.get_country_display()}. {organisation.display_description}"
        results.append(
            SearchResult(
                title=organisation.name,
                url=_organisation_url(directory_url, organisation),
                summary=Truncator(summary).words(40),
                kind=_("Organisation"),
            )
        )
    for expert in matching_experts(getattr(request, "user", None), query):
        summary = ", ".join(part for part in (expert.role, expert.organisation.name) if part)
        results.append(
            SearchResult(
                title=expert.full_name,
                url=_organisation_url(directory_url, expert.organisation) + "#experts",
                summary=summary,
                kind=_("Expert (vetted members only)"),
            )
        )
    return results
