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
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
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


def _writers(user_ids, *, details):
    """The writers with what the signals need, in one query: their application and directory
    entry, whether their membership is current, whether they moderate, their solutions."""
    from forum.membership.models import Application

    from .models import TopicSolution

    User = get_user_model()
    memberships = User.groups.through.objects.filter(user_id=OuterRef("pk"))
    current = Application.objects.filter(
        user_id=OuterRef("pk"), state=Application.State.APPROVED, valid_until__gt=timezone.now()
    )
    writers = User.objects.filter(pk__in=user_ids, is_active=True).annotate(
        has_current_membership=Exists(current),
        in_vetted_group=Exists(memberships.filter(group__name=settings.VETTED_GROUP)),
        is_moderator=Exists(memberships.filter(group__name=settings.MODERATORS_GROUP)),
    )
    if not details:
        return writers.select_related("membership_application")
    solutions = (
        TopicSolution.objects.filter(post__poster_id=OuterRef("pk"), post__approved=True)
        .order_by()
        .values("post__poster_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return writers.select_related("membership_application__organisation", "expert_profile").annotate(
        solutions=Coalesce(Subquery(solutions, output_field=IntegerField()), 0)
    )


def directory_url():
    """The address of the directory page in the reader's language (or any), kept in the shared cache."""
    from directory.localization import active_locale
    from directory.models import DirectoryPage
    from home.caching import CMS, cached

    locale = active_locale()

    def find():
        page = DirectoryPage.objects.live().filter(locale=locale).first() or DirectoryPage.objects.live().first()
        return page.url if page is not None else ""

    return cached(CMS, f"directory-url:{locale.pk}", find)


def organisation_url(organisation, base=None):
    """The organisation's page in the directory, or "" when it is not published."""
    if organisation is None or not organisation.live:
        return ""
    base = directory_url() if base is None else base
    return f"{base}org/{organisation.slug}/" if base else ""


def _related(user, name):
    try:
        return getattr(user, name)
    except ObjectDoesNotExist:
        return None


def trust_signals(posters, reader):
    """{user id: TrustSignals} for the writers of a page of posts, as `reader` may see them:
    one query, and for a vetted reader one more for the organisations' names in their language."""
    from directory.localization import localize_organisations

    user_ids = {user_id for user_id in posters if user_id}
    if not user_ids:
        return {}
    details = can_see_details(reader)
    signals = {}
    writers = list(_writers(user_ids, details=details))
    organisations = []
    for writer in writers:
        signal = signals[writer.pk] = TrustSignals(is_moderator=writer.is_moderator)
        application = (
            _related(writer, "membership_application")
            if writer.has_current_membership and writer.in_vetted_group
            else None
        )
        if application is not None:
            signal.sector = str(SECTOR_LABELS.get(application.sector, ""))
        if not details:
            continue
        expert = _related(writer, "expert_profile")
        signal.solutions = writer.solutions
        signal.in_expert_finder = expert is not None or bool(application and application.create_directory_entry)
        if application is None:
            continue
        signal.country = str(COUNTRY_LABELS.get(application.country, application.country))
        signal.vetted_since = application.valid_from or application.decided_at
        signal.organisation = application.organisation_name
        if application.organisation is not None:
            organisations.append((signal, application.organisation))
    if organisations:
        localize_organisations([organisation for _signal, organisation in organisations])
        base = directory_url()
        for signal, organisation in organisations:
            signal.organisation = organisation.display_name
            signal.organisation_url = organisation_url(organisation, base)
    return signals


def with_writers(posts):
    """A Post queryset whose rows carry what the signals need about their writer (their
    application, directory entry, membership, moderator group and solutions), so that a
    topic page pays no query at all for the signals beyond the organisations' translations."""
    from forum.membership.models import Application

    from .models import TopicSolution

    memberships = get_user_model().groups.through.objects.filter(user_id=OuterRef("poster_id"))
    current = Application.objects.filter(
        user_id=OuterRef("poster_id"), state=Application.State.APPROVED, valid_until__gt=timezone.now()
    )
    solutions = (
        TopicSolution.objects.filter(post__poster_id=OuterRef("poster_id"), post__approved=True)
        .order_by()
        .values("post__poster_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return posts.select_related(
        "poster__membership_application__organisation", "poster__expert_profile", "written_language"
    ).annotate(
        writer_has_current_membership=Exists(current),
        writer_in_vetted_group=Exists(memberships.filter(group__name=settings.VETTED_GROUP)),
        writer_is_moderator=Exists(memberships.filter(group__name=settings.MODERATORS_GROUP)),
        writer_solutions=Coalesce(Subquery(solutions, output_field=IntegerField()), 0),
    )


def annotate_posts(posts, reader, details=None):
    """Set `post.trust` on each post of a page (None for a removed author). Posts from
    `with_writers` need no query; others are looked up in one (`trust_signals`)."""
    from directory.localization import localize_organisations

    details = can_see_details(reader) if details is None else details
    if not posts or not hasattr(posts[0], "writer_is_moderator"):
        signals = trust_signals({post.poster_id for post in posts}, reader)
        for post in posts:
            post.trust = signals.get(post.poster_id)
        return posts
    signals, organisations = {}, []
    for post in posts:
        writer = post.poster
        if writer is None or not writer.is_active:
            post.trust = None
            continue
        if writer.pk not in signals:
            signal = signals[writer.pk] = TrustSignals(is_moderator=post.writer_is_moderator)
            current = post.writer_has_current_membership and post.writer_in_vetted_group
            application = _related(writer, "membership_application") if current else None
            if application is not None:
                signal.sector = str(SECTOR_LABELS.get(application.sector, ""))
            if details:
                signal.solutions = post.writer_solutions
                signal.in_expert_finder = _related(writer, "expert_profile") is not None or bool(
                    application and application.create_directory_entry
                )
                if application is not None:
                    signal.country = str(COUNTRY_LABELS.get(application.country, application.country))
                    signal.vetted_since = application.valid_from or application.decided_at
                    signal.organisation = application.organisation_name
                    if application.organisation is not None:
                        organisations.append((signal, application.organisation))
        post.trust = signals[writer.pk]
    if organisations:
        localize_organisations([organisation for _signal, organisation in organisations])
        base = directory_url()
        for signal, organisation in organisations:
            signal.organisation = organisation.display_name
            signal.organisation_url = organisation_url(organisation, base)
    return posts
