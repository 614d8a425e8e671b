"""The expert finder (issue 13, item 7): experts and opted-in vetted members, filtered by
country, sector, language and TRM stage, for vetted members and moderators only."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from directory.models import Language
from forum.membership.models import Application
from tests.accounts.mfa import force_login_with_2fa
from tests.forum.conftest import make_vetted

from .conftest import make_expert, make_organisation

FINDER = "/en/forum/community/experts/"


@pytest.fixture
def people(directory_page):
    """Experts at a Belgian shelter and a Hungarian police unit, and vetted members."""
    shelter = make_organisation("ghent-shelter", name="Ghent Shelter Sample", country="BE", kind="ngo",
                                services=["shelter"])  # fmt: skip
    police = make_organisation("budapest-unit", name="Budapest Unit Sample", country="HU", kind="law-enforcement",
                               services=["identification"])  # fmt: skip
    anna = make_expert(shelter, "Anna Shelter-Sample", "anna@example.org", role="Coordinator")
    anna.languages.set(Language.objects.filter(code__in=["nl", "fr"]))
    bela = make_expert(police, "Béla Police-Sample", "bela@example.org", phone="+36 1 000 0000")
    bela.languages.set(Language.objects.filter(code__in=["hu", "en"]))
    # A vetted member who asked to be listed, outside the directory: listed with the sector they declared.
    opted_in = make_vetted("social.worker@example.org")
    Application.objects.filter(user=opted_in).update(
        full_name="Carla Social-Sample", country="NL", sector="social", create_directory_entry=True
    )
    # A vetted member who did not ask to be listed.
    quiet = make_vetted("quiet@example.org")
    Application.objects.filter(user=quiet).update(full_name="Dora Quiet-Sample", create_directory_entry=False)
    # A member who asked, but whose membership has ended.
    former = make_vetted("former@example.org")
    Application.objects.filter(user=former).update(
        full_name="Emil Former-Sample", create_directory_entry=True, valid_until=timezone.now() - datetime.timedelta(1)
    )
    # A member linked to an expert entry is listed once, as the entry.
    linked = make_vetted("linked@example.org")
    Application.objects.filter(user=linked).update(full_name="Fanni Linked-Sample", create_directory_entry=True)
    make_expert(shelter, "Fanni Linked-Sample", "linked@example.org", user=linked)
    return {"shelter": shelter, "police": police, "opted_in": opted_in, "linked": linked}


@pytest.fixture
def vetted(db):
    return make_vetted("reader@example.org")


def names(html):
    return {
        name
        for name in ("Anna", "Béla", "Carla", "Dora", "Emil", "Fanni")
        if f"{name} " in html and "-Sample" in html.split(f"{name} ", 1)[1][:30]
    }


def test_lists_experts_and_members_who_opted_in(client, people, vetted):
    client.force_login(vetted)
    response = client.get(FINDER)
    assert response.status_code == 200
    html = response.content.decode()
    assert names(html) == {"Anna", "Béla", "Carla", "Fanni"}
    assert html.count('<h2 class="item-list__title">Fanni Linked-Sample') == 1
    assert "4 experts found" in html
    # What each card says, with labels.
    assert "<dt>Country</dt><dd>Hungary</dd>" in html
    assert "<dt>Sector</dt><dd>Police and border guard</dd>" in html
    assert "<dt>Sector</dt><dd>Social services</dd>" in html
    assert "English, Hungarian" in html
    assert 'href="/en/directory/org/budapest-unit/"' in html
    assert 'href="mailto:bela@example.org"' in html
    assert reverse("forum_member:profile", args=[people["opted_in"].pk]) in html
    # Labelled filters in a plain GET form.
    for field in ("country", "sector", "language", "stage"):
        assert f'<label for="id_{field}">' in html
    assert 'method="get"' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "query,expected",
    [
        ({"country": "HU"}, {"Béla"}),
        ({"country": "NL"}, {"Carla"}),
        ({"sector": "police"}, {"Béla"}),
        ({"sector": "social"}, {"Carla"}),
        ({"sector": "ngo"}, {"Anna", "Fanni"}),
        ({"language": "hu"}, {"Béla"}),
        ({"language": "fr"}, {"Anna"}),
        ({"stage": "2"}, {"Anna", "Fanni"}),
        ({"stage": "1", "language": "en"}, {"Béla"}),
        ({"country": "BE", "sector": "police"}, set()),
        ({"organisation": "ghent-shelter"}, {"Anna", "Fanni"}),
    ],
)
def test_filters(client, people, vetted, query, expected):
    client.force_login(vetted)
    html = client.get(FINDER, query).content.decode()
    assert names(html) == expected, query


def test_link_from_a_post_shows_that_member(client, people, vetted):
    client.force_login(vetted)
    html = client.get(FINDER, {"member": people["opted_in"].pk}).content.decode()
    assert names(html) == {"Carla"}
    assert "Showing one member." in html


def test_a_value_that_is_not_valid_is_left_out_and_said(client, people, vetted):
    client.force_login(vetted)
    response = client.get(FINDER, {"country": "ZZ", "sector": "police"})
    html = response.content.decode()
    assert response.status_code == 200
    assert names(html) == {"Béla"}
    assert "could not use this value" in html


def test_refusals(client, people, signed_in_user, vetted):
    response = client.get(FINDER)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(signed_in_user)
    assert client.get(FINDER).status_code == 403
    # A member whose membership ended is refused at once.
    Application.objects.filter(user=vetted).update(valid_until=timezone.now() - datetime.timedelta(minutes=1))
    client.force_login(vetted)
    assert client.get(FINDER).status_code == 403


def test_staff_without_the_permission_is_refused_and_a_moderator_with_2fa_gets_in(client, people, db):
    from django.conf import settings

    from tests.forum.conftest import make_user

    staff = make_user("plainstaff@example.org", is_staff=True)
    force_login_with_2fa(client, staff)
    assert client.get(FINDER).status_code == 403
    moderator = make_user("mod@example.org", groups=(settings.MODERATORS_GROUP,))
    force_login_with_2fa(client, moderator)
    assert client.get(FINDER).status_code == 200


def test_never_in_the_sitemap(client, people):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/forum/community/experts/" not in xml and "experts" not in xml
    assert "ghent-shelter" in xml  # the organisation page is there, its experts are not


def test_organisation_page_links_to_the_finder_for_vetted_readers_only(client, people, vetted):
    page = "/en/directory/org/ghent-shelter/"
    assert "expert finder" not in client.get(page).content.decode()
    client.force_login(vetted)
    html = client.get(page).content.decode()
    assert f'href="{FINDER}?organisation=ghent-shelter"' in html


def _more_people(organisation, start, count):
    User = get_user_model()
    hungarian = Language.objects.get(code="hu")
    for number in range(start, start + count):
        expert = make_expert(organisation, f"Extra Expert {number:03}", f"extra{number}@example.org")
        expert.languages.add(hungarian)
        user = User.objects.create_user(username=f"member{number}", email=f"member{number}@example.org")
        make_vetted_member = Application.objects.create(
            user=user, state=Application.State.APPROVED, full_name=f"Extra Member {number:03}",
            organisation=organisation, role="Case worker", sector="ngo", country="BE",
            professional_email=user.email, motivation="Sample.", create_directory_entry=True,
            valid_from=timezone.now(), valid_until=timezone.now() + datetime.timedelta(days=300),
        )  # fmt: skip
        from forum.membership.access import sync_vetted_group

        sync_vetted_group(user, make_vetted_member)


def test_query_count_is_flat(client, people, vetted):
    client.force_login(vetted)
    _more_people(people["police"], 0, 1)  # every kind of row is there at both sizes
    client.get(FINDER)  # warm the caches that do not depend on the data
    with CaptureQueriesContext(connection) as few:
        assert client.get(FINDER).status_code == 200
    _more_people(people["shelter"], 1, 10)
    _more_people(people["police"], 11, 9)
    client.get(FINDER)  # the directory's shared cache was renewed by the new entries: warm it again
    with CaptureQueriesContext(connection) as many:
        html = client.get(FINDER).content.decode()
    assert "44 experts found" in html
    assert len(many) == len(few), "\n".join(query["sql"] for query in many.captured_queries)
