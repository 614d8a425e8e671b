"""What a member profile shows about a person: name, organisation, country, role,
languages and their directory entry. The directory entry (directory.Expert) is
preferred; the vetted membership application fills what the directory lacks."""

from dataclasses import dataclass, field


@dataclass
class MemberDetails:
    name: str
    organisation: str = ""
    country: str = ""
    role: str = ""
    languages: list = field(default_factory=list)
    directory_url: str = ""


def _related(user, name):
    try:
        return getattr(user, name)
    except Exception:  # noqa: BLE001 - RelatedObjectDoesNotExist: no such entry for this user
        return None


def member_details(user):
    expert = _related(user, "expert_profile")
    application = _related(user, "membership_application")
    details = MemberDetails(name=user.get_full_name() or getattr(application, "full_name", "") or user.get_username())
    if application is not None:
        details.organisation = getattr(application, "organisation_display", "") or application.organisation_name
        details.country = application.get_country_display()
        details.role = application.role
    if expert is not None:
        details.name = expert.full_name or details.name
        details.role = expert.role or details.role
        organisation = expert.organisation
        details.organisation = str(organisation)
        details.country = organisation.get_country_display() or details.country
        details.languages = [str(language) for language in expert.languages.all()]
        try:
            details.directory_url = organisation.get_absolute_url() or ""
        except Exception:  # noqa: BLE001 - no directory page published yet: show the rest
            details.directory_url = ""
    return details
