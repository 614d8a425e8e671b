"""Simple checks that help a moderator judge an application. They inform a
decision; none of them decides."""

from dataclasses import dataclass
from urllib.parse import urlparse

from allauth.account.models import EmailAddress
from django.utils.translation import gettext_lazy as _

from .access import is_vetted
from .models import Application


@dataclass
class Check:
    label: str
    ok: bool | None  # None: cannot tell
    detail: str = ""


def email_domain(email):
    return (email or "").rsplit("@", 1)[-1].lower().strip()


def website_host(url):
    host = (urlparse(url or "").hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def domains_match(email, website):
    domain, host = email_domain(email), website_host(website)
    if not domain or not host:
        return None
    return domain == host or domain.endswith("." + host) or host.endswith("." + domain)


def organisation_website(application):
    organisation = getattr(application, "organisation", None)
    if organisation is not None and getattr(organisation, "website", ""):
        return organisation.website
    return application.organisation_website


def check_domain(application):
    website = organisation_website(application)
    match = domains_match(application.professional_email, website)
    if match is None:
        return Check(_("E-mail domain matches the organisation's website"), None, _("No website to compare with."))
    detail = f"{email_domain(application.professional_email)} / {website_host(website)}"
    return Check(_("E-mail domain matches the organisation's website"), match, detail)


def other_users_of_email(application):
    email = application.professional_email
    users = {
        address.user
        for address in EmailAddress.objects.filter(email__iexact=email)
        .exclude(user_id=application.user_id)
        .select_related("user")
    }
    for other in (
        Application.objects.filter(professional_email__iexact=email)
        .exclude(user_id=application.user_id)
        .select_related("user")
    ):
        users.add(other.user)
    return sorted(users, key=lambda user: user.pk)


def check_email_reuse(application):
    others = other_users_of_email(application)
    if others:
        return Check(
            _("Professional e-mail address not used by another account"),
            False,
            ", ".join(user.email for user in others),
        )
    return Check(_("Professional e-mail address not used by another account"), True)


def check_professional_email_verified(application):
    return Check(_("Professional e-mail address verified"), application.professional_email_is_verified)


def check_referee(application):
    if application.referee_kind == Application.RefereeKind.SUPERVISOR:
        return Check(
            _("Referee is a vetted member"),
            None,
            _("Supervisor: %(name)s <%(email)s>")
            % {"name": application.referee_name, "email": application.referee_email},
        )
    referee = application.referee_member
    if referee is None:
        return Check(_("Referee is a vetted member"), False, _("No account with this address."))
    return Check(_("Referee is a vetted member"), is_vetted(referee), referee.email)


def run_checks(application):
    return [
        check_professional_email_verified(application),
        check_domain(application),
        check_email_reuse(application),
        check_referee(application),
    ]
