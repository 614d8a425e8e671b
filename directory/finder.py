"""The expert finder: the directory's experts and the vetted members who asked to be
listed, in one list that vetted members and moderators filter by country, sector,
language and TRM stage.

Who may see it is `directory.permissions.can_see_experts` (the "view expert contact
details" permission); the view is in `forum.community.expert_finder`.

Two kinds of people are listed:

* experts: `Expert` rows, kept by moderators; their country and sector are their
  organisation's (its country, its kind), their languages their own, their stages the
  stages their organisation serves;
* members: vetted members whose membership is current, who ticked "list me in the expert
  directory" on their application and have no `Expert` row yet (a member linked to an
  expert entry is listed once, as that entry); their country and sector are the ones
  moderators checked on the application, their stages their directory organisation's.

The filters run in the database on each source and only the names come back; the
page shown is then loaded with its organisations, languages and stages in a fixed
number of queries, whatever the number of people.
"""

from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from forum.membership.choices import COUNTRIES, SECTORS
from home.caching import DIRECTORY, cached

from .filters import _taxonomy
from .models import Expert, Language, Organisation

# An organisation's kind stands for its experts' sector.
CONSULAR = "consular"
FINDER_SECTORS = [
    *[choice for choice in SECTORS if choice[0] != "other"],
    (CONSULAR, _("Embassy or consulate")),
    *[choice for choice in SECTORS if choice[0] == "other"],
]
SECTOR_BY_KIND = {
    Organisation.Kind.LAW_ENFORCEMENT: "police",
    Organisation.Kind.PROSECUTION: "prosecution",
    Organisation.Kind.LABOUR_INSPECTION: "labour",
    Organisation.Kind.NGO: "ngo",
    Organisation.Kind.SOCIAL_SERVICES: "social",
    Organisation.Kind.EMBASSY: CONSULAR,
    Organisation.Kind.GOVERNMENT: "government",
    Organisation.Kind.INTERNATIONAL: "international",
    Organisation.Kind.ACADEMIC: "other",
}
KINDS_BY_SECTOR = {}
for _kind, _sector in SECTOR_BY_KIND.items():
    KINDS_BY_SECTOR.setdefault(_sector, []).append(_kind)
SECTOR_LABELS = dict(FINDER_SECTORS)
COUNTRY_LABELS = dict(COUNTRIES)
PER_PAGE = 20


class ExpertFinderForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)
    stage = forms.TypedChoiceField(label=_("TRM stage"), required=False, coerce=int, empty_value=None)
    # Set by the links from an organisation page and from a post, not shown as fields.
    organisation = forms.SlugField(required=False, max_length=120)
    member = forms.IntegerField(required=False, min_value=1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stages, _services = cached(DIRECTORY, f"filter-taxonomy:{get_language()}", _taxonomy)
        self.stages = stages
        self.fields["country"].choices = [("", _("All countries"))] + list(COUNTRIES)
        self.fields["sector"].choices = [("", _("All sectors"))] + list(FINDER_SECTORS)
        self.fields["language"].choices = [("", _("All languages"))] + sorted(
            Language.Code.choices, key=lambda choice: str(choice[1])
        )
        self.fields["stage"].choices = [("", _("All stages"))] + [(s.number, s.display_name) for s in stages]

    def filters(self):
        """The valid filters; a value that is not valid is left out (and reported by the view)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}

    @property
    def visible_fields_list(self):
        return [self[name] for name in ("country", "sector", "language", "stage")]


@dataclass
class Person:
    kind: str  # "expert" or "member"
    pk: int
    name: str
    role: str = ""
    organisation: str = ""
    organisation_url: str = ""
    country: str = ""
    sector: str = ""
    languages: list = field(default_factory=list)
    stages: list = field(default_factory=list)
    expertise: str = ""
    email: str = ""
    phone: str = ""
    user_id: int | None = None
    is_sample: bool = False

    @property
    def anchor(self):
        return f"{self.kind}-{self.pk}"


def current_members():
    from forum.membership.models import Application

    return Application.objects.filter(
        state=Application.State.APPROVED,
        valid_until__gt=timezone.now(),
        user__is_active=True,
        user__groups__name=settings.VETTED_GROUP,
    )


def listed_members():
    """Vetted members who asked to be listed and are not listed as an expert entry already."""
    return current_members().filter(create_directory_entry=True, user__expert_profile__isnull=True)


def listed_member_ids(user_ids):
    """Which of `user_ids` the finder lists (two queries)."""
    experts = set(Expert.objects.filter(user_id__in=user_ids).values_list("user_id", flat=True))
    members = set(listed_members().filter(user_id__in=user_ids).values_list("user_id", flat=True))
    return experts | members


def _expert_query(filters):
    query = Expert.objects.all()
    if "country" in filters:
        query = query.filter(organisation__country=filters["country"])
    if "sector" in filters:
        query = query.filter(organisation__kind__in=KINDS_BY_SECTOR.get(filters["sector"], []))
    if "language" in filters:
        query = query.filter(languages__code=filters["language"])
    if "stage" in filters:
        query = query.filter(organisation__services__stage__number=filters["stage"])
    if "organisation" in filters:
        query = query.filter(organisation__slug=filters["organisation"])
    if "member" in filters:
        query = query.filter(user_id=filters["member"])
    return query


def _member_query(filters):
    from forum.membership.models import Application

    if "language" in filters:
        # Members outside the directory have not said which languages they speak.
        return Application.objects.none()
    query = listed_members()
    if "country" in filters:
        query = query.filter(country=filters["country"])
    if "sector" in filters:
        query = query.filter(sector=filters["sector"])
    if "stage" in filters:
        query = query.filter(organisation__services__stage__number=filters["stage"])
    if "organisation" in filters:
        query = query.filter(organisation__slug=filters["organisation"])
    if "member" in filters:
        query = query.filter(user_id=filters["member"])
    return query


def find(filters):
    """[(sort name, kind, pk), …] of everyone matching, in name order: two queries."""
    experts = _expert_query(filters).values_list("full_name", "pk").distinct()
    members = _member_query(filters).values_list("full_name", "pk").distinct()
    rows = [(name.casefold(), "expert", pk) for name, pk in experts]
    rows += [(name.casefold(), "member", pk) for name, pk in members]
    rows.sort()
    return rows


def _stage_names(organisation, stage_names):
    if organisation is None:
        return []
    numbers = sorted({service.stage.number for service in organisation.services.all()})
    return [stage_names[number] for number in numbers if number in stage_names]


def load(rows, stages):
    """The people of one page, in the order of `rows`, ready to show."""
    from django.db.models import Prefetch

    from forum.membership.models import Application

    from .localization import localize_organisations
    from .models import Service

    def services():
        return Prefetch("organisation__services", queryset=Service.objects.select_related("stage"))

    expert_pks = [pk for _name, kind, pk in rows if kind == "expert"]
    member_pks = [pk for _name, kind, pk in rows if kind == "member"]
    experts = {}
    if expert_pks:
        experts = {
            expert.pk: expert
            for expert in Expert.objects.filter(pk__in=expert_pks)
            .select_related("organisation")
            .prefetch_related("languages", services())
        }
    members = {}
    if member_pks:
        members = {
            application.pk: application
            for application in Application.objects.filter(pk__in=member_pks)
            .select_related("organisation")
            .prefetch_related(services())
        }
    # Every instance (two experts of one organisation each have their own).
    organisations = [expert.organisation for expert in experts.values()]
    organisations += [application.organisation for application in members.values() if application.organisation]
    localize_organisations(organisations)
    from forum.community.trust import directory_url
    from forum.community.trust import organisation_url as page_of

    base = directory_url() if organisations else ""

    def organisation_url(organisation):
        return page_of(organisation, base)

    stage_names = {stage.number: stage.display_name for stage in stages}
    people = []
    for _name, kind, pk in rows:
        if kind == "expert" and pk in experts:
            expert = experts[pk]
            organisation = expert.organisation
            people.append(
                Person(
                    kind="expert",
                    pk=pk,
                    name=expert.full_name,
                    role=expert.role,
                    organisation=organisation.display_name,
                    organisation_url=organisation_url(organisation),
                    country=str(COUNTRY_LABELS.get(organisation.country, organisation.get_country_display())),
                    sector=str(SECTOR_LABELS.get(SECTOR_BY_KIND.get(organisation.kind), "")),
                    languages=sorted(str(language) for language in expert.languages.all()),
                    stages=_stage_names(organisation, stage_names),
                    expertise=expert.areas_of_expertise,
                    email=expert.email,
                    phone=expert.phone,
                    user_id=expert.user_id,
                    is_sample=expert.is_sample,
                )
            )
        elif kind == "member" and pk in members:
            application = members[pk]
            organisation = application.organisation
            people.append(
                Person(
                    kind="member",
                    pk=application.user_id,
                    name=application.full_name,
                    role=application.role,
                    organisation=organisation.display_name if organisation else application.organisation_name,
                    organisation_url=organisation_url(organisation),
                    country=str(COUNTRY_LABELS.get(application.country, "")),
                    sector=str(SECTOR_LABELS.get(application.sector, "")),
                    stages=_stage_names(organisation, stage_names),
                    user_id=application.user_id,
                )
            )
    return people
