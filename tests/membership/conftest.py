"""People and applications for the vetting tests, built through the real
transitions so that every state means what it means in production."""

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from forum.membership.models import Application
from tests.accounts.mfa import give_mfa

PASSWORD = "a-long-test-password-42"


def make_user(email, *, groups=(), language="en", **extra):
    user = get_user_model().objects.create_user(
        username=email.split("@")[0], email=email, password=PASSWORD, preferred_language=language, **extra
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user


def application_data(**overrides):
    data = {
        "full_name": "Anna Kovács",
        "organisation_name": "Sample Victim Support",
        "organisation_website": "https://www.support.example.org",
        "role": "Case worker",
        "sector": "ngo",
        "country": "HU",
        "professional_email": "anna@support.example.org",
        "referee_kind": "supervisor",
        "referee_name": "Sam Supervisor",
        "referee_email": "sam@support.example.org",
        "motivation": "I assist victims of labour exploitation.",
        "accept_code_of_conduct": "on",
        "accept_privacy_notice": "on",
    }
    data.update(overrides)
    return data


def make_application(user, **fields):
    values = {
        "full_name": user.get_full_name() or user.email,
        "organisation_name": "Sample Victim Support",
        "role": "Case worker",
        "sector": "ngo",
        "country": "HU",
        "professional_email": user.email,
        "referee_kind": Application.RefereeKind.SUPERVISOR,
        "referee_name": "Sam Supervisor",
        "referee_email": "sam@example.org",
        "motivation": "I assist victims.",
    }
    values.update(fields)
    return Application.objects.create(user=user, **values)


@pytest.fixture
def moderator(db):
    user = make_user("mod@example.org", groups=[settings.MODERATORS_GROUP], is_staff=True, first_name="Mona")
    give_mfa(user)
    return user


@pytest.fixture
def other_moderator(db):
    user = make_user("mod2@example.org", groups=[settings.MODERATORS_GROUP], is_staff=True)
    give_mfa(user)
    return user


@pytest.fixture
def applicant(db):
    return make_user("anna@example.org", language="hu", first_name="Anna", last_name="Kovács")


@pytest.fixture
def submitted(applicant):
    application = make_application(applicant)
    application.submit(by=applicant)
    return application


@pytest.fixture
def member(applicant, submitted, moderator):
    submitted.approve(by=moderator)
    return applicant
