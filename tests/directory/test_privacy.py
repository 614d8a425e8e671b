"""Experts and their direct contacts: only for vetted members, moderators and whoever is given the permission.
Never in the sitemap, the vCard, or public search; pages that show them are noindex."""

import pytest

from search.indexing import process_pending as process_search_updates
from tests.accounts.mfa import force_login_with_2fa
from tests.directory.conftest import make_expert, make_organisation

pytestmark = pytest.mark.django_db

EXPERT_NAME = "Erika Hidden-Expert"
EXPERT_EMAIL = "erika.hidden@example.org"
EXPERT_PHONE = "+32 2 000 09 99"


@pytest.fixture
def organisation(directory_page):
    organisation = make_organisation(
        "ghent-legal-aid", name="Ghent Legal Aid", country="BE", services=["legal-aid"], email="info@legal.example.org"
    )
    make_expert(
        organisation,
        full_name=EXPERT_NAME,
        email=EXPERT_EMAIL,
        phone=EXPERT_PHONE,
        role="Lawyer",
        areas_of_expertise="Compensation claims",
    )
    return organisation


ALLOWED = ("vetted", "moderator", "superuser", "editor given the permission")


@pytest.fixture(
    params=[
        "anonymous",
        "signed-in",
        "vetted",
        "moderator",
        "superuser",
        "editor",
        "editor given the permission",
        "staff",
        "superuser without 2FA",
    ]
)
def visitor(request, client):
    """Who sees experts is the named permission, never the staff flag, and staff use it only with 2FA."""
    from django.conf import settings
    from django.contrib.auth.models import Group, Permission

    from tests.membership.conftest import make_user

    role = request.param
    if role in ("vetted", "signed-in"):
        client.force_login(request.getfixturevalue({"signed-in": "signed_in_user", "vetted": "vetted_user"}[role]))
    elif role in ("superuser", "superuser without 2FA"):
        user = request.getfixturevalue("staff_user")
        if role == "superuser":
            force_login_with_2fa(client, user)
        else:
            client.login(email=user.email, password="a-long-password")
    elif role != "anonymous":
        groups = {"moderator": [settings.MODERATORS_GROUP], "staff": []}.get(role, [settings.EDITORS_GROUP])
        user = make_user(f"{role.replace(' ', '-')}@example.org", groups=groups, is_staff=True)
        if role == "editor given the permission":
            editors = Group.objects.get(name=settings.EDITORS_GROUP)
            editors.permissions.add(Permission.objects.get(codename="view_expert_contact_details"))
        force_login_with_2fa(client, user)
    return role, client, role in ALLOWED


def test_organisation_page(visitor, organisation):
    _role, client, allowed = visitor
    response = client.get("/en/directory/org/ghent-legal-aid/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ghent Legal Aid" in html and "info@legal.example.org" in html
    for secret in (EXPERT_NAME, EXPERT_EMAIL, EXPERT_PHONE, "Compensation claims"):
        assert (secret in html) is allowed, secret
    assert ('<meta name="robots" content="noindex, nofollow">' in html) is allowed
    if allowed:
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert "no-store" in response["Cache-Control"]


def test_site_search(visitor, organisation):
    _role, client, allowed = visitor
    process_search_updates()
    by_org = client.get("/en/search/", {"q": "Ghent Legal"}).content.decode()
    by_expert = client.get("/en/search/", {"q": "Hidden-Expert"}).content.decode()
    by_role = client.get("/en/search/", {"q": "compensation claims"}).content.decode()
    assert "Ghent Legal Aid" in by_org
    assert 'href="/en/directory/org/ghent-legal-aid/"' in by_org
    assert (EXPERT_NAME in by_expert) is allowed
    assert (EXPERT_NAME in by_role) is allowed
    assert EXPERT_EMAIL not in by_expert


def test_vcard_never_has_experts(visitor, organisation):
    _role, client, _allowed = visitor
    card = client.get("/en/directory/org/ghent-legal-aid/vcard/").content.decode()
    assert "Ghent Legal Aid" in card
    for secret in (EXPERT_NAME, EXPERT_EMAIL, EXPERT_PHONE):
        assert secret not in card


def test_sitemap_lists_organisations_but_never_experts(visitor, organisation):
    _role, client, _allowed = visitor
    xml = client.get("/sitemap.xml").content.decode()
    assert "/en/directory/org/ghent-legal-aid/" in xml
    for secret in (EXPERT_NAME, EXPERT_EMAIL, "hidden"):
        assert secret not in xml


def test_list_and_pathways_never_show_experts(visitor, organisation, pathway_page):
    _role, client, _allowed = visitor
    listing = client.get("/en/directory/").content.decode()
    pathway = client.get("/en/who-do-i-contact/", {"identified": "BE", "origin": "BE"}).content.decode()
    assert "Ghent Legal Aid" in listing and "Ghent Legal Aid" in pathway
    for secret in (EXPERT_NAME, EXPERT_EMAIL, EXPERT_PHONE):
        assert secret not in listing and secret not in pathway


def test_search_backend_directly(organisation, signed_in_user, vetted_user):
    from search.access import reader_tokens
    from search.backends import get_backend
    from search.query import SearchQuery

    process_search_updates()

    def titles(user, text):
        query = SearchQuery(text=text, language="en", readers=reader_tokens(user))
        return sorted(hit.title for hit in get_backend().search(query).hits)

    assert titles(signed_in_user, "Hidden-Expert") == []
    assert titles(vetted_user, "Hidden-Expert") == [EXPERT_NAME]
    assert titles(vetted_user, "ghent") == [EXPERT_NAME, "Ghent Legal Aid"]
    assert titles(signed_in_user, "ghent") == ["Ghent Legal Aid"]


def test_expired_vetting_hides_experts_again(client, organisation, vetted_user):
    from django.conf import settings

    vetted_user.groups.remove(*vetted_user.groups.filter(name=settings.VETTED_GROUP))
    client.force_login(vetted_user)
    assert EXPERT_NAME not in client.get("/en/directory/org/ghent-legal-aid/").content.decode()
