"""Who wrote a post: the trust signals shown with it, and the answers marked as solutions.

A vetted reader (or a moderator) sees the writer's sector, country, organisation (linked to
its directory page when the member chose it from the directory), since when they are vetted
and how many of their answers solved a question. Everyone else, on the public area, sees
the forum name and the sector only: never the country, the organisation or a real name.

Signals come from the writer's current membership (an approved, unexpired application):
a former member's old sector is not vouched for any more. Everything is looked up for
a whole page of posts at once, in a fixed number of queries whatever the number of posts.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count
from django.utils import timezone

from forum.membership.choices import COUNTRIES, SECTORS

from . import access

SECTOR_LABELS = dict(SECTORS)
COUNTRY_LABELS = dict(COUNTRIES)


@dataclass
class TrustSignals:
    sector: str = ""
    is_moderator: bool = False
    # Only filled for readers who may see member details (`can_see_details`).
    country: str = ""
    organisation: str = ""
    organisation_url: str = ""
    vetted_since: object = None
    solutions: int = 0
    in_expert_finder: bool = False

    @property
    def is_empty(self):
        return not (self.sector or self.is_moderator or self.country or self.organisation)


def can_see_details(reader):
    """Country, organisation, vetting date and helpfulness: for vetted members and moderators."""
    return access.can_see_member_profiles(reader)


def _current_applications(user_ids, *, details):
    from forum.membership.models import Application

    rows = Application.objects.filter(
        user_id__in=user_ids,
        user__is_active=True,
        user__groups__name=settings.VETTED_GROUP,
        state=Application.State.APPROVED,
        valid_until__gt=timezone.now(),
    )
    if not details:
        return rows.only("pk", "user_id", "sector")
    return rows.select_related("organisation")


def _organisation_urls(organisations):
    """The directory page of each published organisation, in the reader's language where
    there is a directory page in it: one query for the page, one for the translations."""
    from directory.localization import active_locale, localize_organisations
    from directory.models import DirectoryPage

    organisations = [organisation for organisation in organisations if organisation.live]
    if not organisations:
        return {}
    localize_organisations(organisations)
    directory = (
        DirectoryPage.objects.live().filter(locale=active_locale()).first() or DirectoryPage.objects.live().first()
    )
    urls = {}
    for organisation in organisations:
        url = ""
        if directory is not None:
            url = directory.url + directory.reverse_subpage("organisation", kwargs={"slug": organisation.slug})
        urls[organisation.pk] = (organisation.display_name, url)
    return urls


def solution_counts(user_ids):
    """How many of each member's posts are marked as the solution of a topic."""
    from .models import TopicSolution

    rows = (
        TopicSolution.objects.filter(post__poster_id__in=user_ids, post__approved=True)
        .values("post__poster_id")
        .annotate(count=Count("pk"))
    )
    return {row["post__poster_id"]: row["count"] for row in rows}


def moderator_ids(user_ids):
    through = get_user_model().groups.through
    return set(
        through.objects.filter(
            user_id__in=user_ids, group__name=settings.MODERATORS_GROUP, user__is_active=True
        ).values_list("user_id", flat=True)
    )


def listed_in_expert_finder(user_ids):
    """Members the expert finder lists: linked to a directory entry, or vetted and opted in."""
    from directory.finder import listed_member_ids

    return listed_member_ids(user_ids)


def trust_signals(posters, reader):
    """{user id: TrustSignals} for the writers of a page of posts, as `reader` may see them."""
    user_ids = {user_id for user_id in posters if user_id}
    if not user_ids:
        return {}
    details = can_see_details(reader)
    signals = {user_id: TrustSignals() for user_id in user_ids}
    applications = list(_current_applications(user_ids, details=details))
    for user_id in moderator_ids(user_ids):
        signals[user_id].is_moderator = True
    for application in applications:
        signals[application.user_id].sector = str(SECTOR_LABELS.get(application.sector, ""))
    if not details:
        return signals
    organisations = _organisation_urls(
        {
            application.organisation.pk: application.organisation
            for application in applications
            if application.organisation
        }.values()
    )
    for application in applications:
        signal = signals[application.user_id]
        signal.country = str(COUNTRY_LABELS.get(application.country, application.country))
        signal.vetted_since = application.valid_from or application.decided_at
        name, url = organisations.get(application.organisation_id, ("", ""))
        signal.organisation = name or application.organisation_display
        signal.organisation_url = url
    for user_id, count in solution_counts(user_ids).items():
        signals[user_id].solutions = count
    for user_id in listed_in_expert_finder(user_ids):
        signals[user_id].in_expert_finder = True
    return signals


def annotate_posts(posts, reader):
    """Set `post.trust` on each post of a page (None for a removed author)."""
    signals = trust_signals({post.poster_id for post in posts}, reader)
    for post in posts:
        post.trust = signals.get(post.poster_id)
    return posts
