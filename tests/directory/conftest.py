"""A small directory: the taxonomy, the two pages and helpers to add organisations.
People of each kind for the privacy tests, vetted through a real approval."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from directory.models import (
    DirectoryPage,
    Expert,
    Language,
    Organisation,
    PathwayGuidance,
    PathwayPage,
    Service,
    Stage,
    TargetGroup,
)
from directory.taxonomy_data import ensure_taxonomy
from tests.accounts.mfa import give_mfa
from tests.membership.conftest import make_application, make_user


@pytest.fixture
def taxonomy(db):
    ensure_taxonomy()


def make_organisation(slug, *, country="BE", services=(), languages=(), target_groups=(), live=True, **fields):
    values = {"name": slug.replace("-", " ").title(), "kind": "ngo", "city": "Antwerp"}
    values.update(fields)
    organisation = Organisation(locale=Locale.get_default(), slug=slug, country=country, **values)
    organisation.services = list(Service.objects.filter(locale=Locale.get_default(), slug__in=services))
    organisation.languages = list(Language.objects.filter(code__in=languages))
    organisation.target_groups = list(TargetGroup.objects.filter(code__in=target_groups))
    organisation.save()
    if live:
        organisation.save_revision().publish()
    else:
        organisation.live = False
        organisation.save()
    return organisation


def make_expert(organisation, full_name="Erik Expert", email="erik.expert@example.org", **fields):
    return Expert.objects.create(organisation=organisation, full_name=full_name, email=email, **fields)


def make_guidance(country, number, text):
    stage = Stage.objects.get(locale=Locale.get_default(), number=number)
    return PathwayGuidance.objects.create(
        locale=Locale.get_default(), country=country, stage=stage, guidance=f"<p>{text}</p>"
    )


@pytest.fixture
def directory_page(home_page, taxonomy):
    page = DirectoryPage(title="Directory", slug="directory", per_page=5)
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def pathway_page(home_page, taxonomy, directory_page):
    page = PathwayPage(title="Who do I contact?", slug="who-do-i-contact")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def signed_in_user(db):
    return make_user("plain@example.org")


@pytest.fixture
def vetted_user(db):
    """A member whose application a moderator approved: the only way into the vetted group."""
    moderator = make_user("moderator@example.org", groups=[settings.MODERATORS_GROUP], is_staff=True)
    give_mfa(moderator)
    user = make_user("vetted@example.org")
    application = make_application(user)
    application.submit(by=user)
    application.approve(by=moderator)
    user.refresh_from_db()
    assert user.groups.filter(name=settings.VETTED_GROUP).exists()
    return user


@pytest.fixture
def staff_user(db):
    user = get_user_model().objects.create_superuser(
        username="staff", email="staff@example.org", password="a-long-password"
    )
    give_mfa(user)
    return user
