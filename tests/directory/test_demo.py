"""The demo directory: idempotent, complete, clearly sample."""

import io
import re

import pytest
from django.core.management.base import BaseCommand

from directory import demo
from directory.models import DirectoryPage, Expert, Organisation, PathwayGuidance, PathwayPage, Service, Stage

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(home_page):
    from home.editing import ensure_editing_setup

    ensure_editing_setup()
    command = BaseCommand(stdout=io.StringIO())
    demo.load(command)
    return command


def counts():
    return [
        model.objects.count()
        for model in (Organisation, Expert, PathwayGuidance, Stage, Service, DirectoryPage, PathwayPage)
    ]


def test_loading_twice_changes_nothing(loaded):
    before = counts()
    revisions = sum(organisation.revisions.count() for organisation in Organisation.objects.all())
    demo.load(BaseCommand(stdout=io.StringIO()))
    assert counts() == before
    assert sum(organisation.revisions.count() for organisation in Organisation.objects.all()) == revisions


def test_at_least_thirty_organisations_in_three_countries_cover_every_stage_and_service(loaded):
    public = Organisation.objects.public()
    assert public.count() >= 30
    for country in ("HU", "BE", "NL"):
        in_country = public.filter(country=country)
        assert in_country.count() >= 10
        offered = set(Service.objects.filter(organisations__in=in_country).values_list("slug", flat=True))
        assert offered == set(Service.objects.values_list("slug", flat=True)), country
    assert set(Stage.objects.values_list("number", flat=True)) == {1, 2, 3, 4, 5}


def test_guidance_for_every_country_and_stage(loaded):
    pairs = set(PathwayGuidance.objects.values_list("country", "stage__number"))
    assert pairs == {(country, number) for country in ("HU", "BE", "NL") for number in range(1, 6)}


def test_samples_are_labelled_and_partners_have_no_invented_contacts(loaded):
    for organisation in Organisation.objects.filter(is_sample=True):
        assert organisation.description.startswith("Sample entry")
        assert organisation.email.endswith(".example.org")
        assert ".example.org/" in organisation.website
        # After the area code a subscriber number never starts with 0: these numbers cannot ring anyone.
        assert re.fullmatch(r"\+36 1 000 \d{4}|\+32 2 000 \d\d \d\d|\+31 20 000 \d{4}", organisation.phone)
    partners = Organisation.objects.filter(is_sample=False)
    assert {organisation.slug for organisation in partners} == {
        "hungarian-ministry-of-interior",
        "dutch-ministry-of-security-and-justice",
        "payoke",
    }
    for partner in partners:
        assert not (partner.phone or partner.email or partner.website or partner.address)
    for expert in Expert.objects.all():
        assert expert.is_sample and expert.email.endswith("@example.org")
        assert expert.organisation.is_sample


def test_pages_are_in_the_menu_and_work(loaded, client):
    directory = client.get("/en/directory/").content.decode()
    pathway = client.get("/en/who-do-i-contact/", {"identified": "BE", "origin": "HU"}).content.decode()
    assert "Payoke" in directory
    assert 'href="/en/who-do-i-contact/"' in directory  # main navigation
    assert "Safe House Liège" in pathway and "(sample)" in pathway
    assert "specialised centres" in pathway


def test_organisations_go_through_the_editorial_approval_workflow(loaded):
    from home.editing import WORKFLOW_NAME

    organisation = Organisation.objects.first()
    assert organisation.get_workflow().name == WORKFLOW_NAME
