"""Roles × documents: the search answers exactly what the views let each reader see.

Every document below holds the word "zanzibar". For each role, each document's own
page is fetched as that role; the search for "zanzibar" must then list exactly the
documents whose page the role could read, and its count and facet counts must count
nothing else. A private document must not even leak a word through a suggestion.
"""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests.directory.conftest import directory_page, make_expert, make_organisation, taxonomy  # noqa: F401
from tests.forum.conftest import forums, make_topic, make_user, roles  # noqa: F401  (fixtures)
from tests.home.conftest import make_standard_page

ROLES = ["anonymous", "unvetted", "pending", "vetted", "expired", "suspended", "moderator", "staff", "editor"]


@pytest.fixture
def documents(home_page, roles, forums, taxonomy, directory_page, index_updated, settings):  # noqa: F811
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    vetted_group = Group.objects.get(name=settings.VETTED_GROUP)
    public_page = make_standard_page(home_page, "zanzibar-public", title="Zanzibar public guide")
    members_page = make_standard_page(home_page, "zanzibar-members", title="Zanzibar members note")
    restriction = PageViewRestriction.objects.create(page=members_page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(vetted_group)
    signed_in_page = make_standard_page(home_page, "zanzibar-signed-in", title="Zanzibar account holders")
    PageViewRestriction.objects.create(page=signed_in_page, restriction_type=PageViewRestriction.LOGIN)
    password_page = make_standard_page(home_page, "zanzibar-password", title="Zanzibar password page")
    PageViewRestriction.objects.create(page=password_page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    public_topic, _post = make_topic(
        forums["Announcements"], roles["moderator"], "Zanzibar announcement", "Zanzibar for everyone."
    )
    expert_topic, _post = make_topic(
        forums["Hungary"], roles["vetted"], "Zanzibar cross-border case", "Zanzibar quietude between experts."
    )
    organisation = make_organisation("zanzibar-shelter", name="Zanzibar Shelter", city="Ghent")
    make_expert(organisation, full_name="Zanzibar Expert-Person", role="Zanzibar liaison")
    index_updated()
    return {
        "Zanzibar public guide": public_page.url,
        "Zanzibar members note": members_page.url,
        "Zanzibar account holders": signed_in_page.url,
        "Zanzibar password page": None,  # never in search, whoever asks
        "Zanzibar announcement": public_topic,
        "Zanzibar cross-border case": expert_topic,
        "Zanzibar Shelter": "/en/directory/org/zanzibar-shelter/",
        "Zanzibar Expert-Person": ("/en/directory/org/zanzibar-shelter/", "Zanzibar Expert-Person"),
    }


def make_editor():
    return make_user("search-editor@example.org", is_staff=True, groups=(settings.EDITORS_GROUP,))


def readable_by_views(client, documents):
    """The titles whose own page this client may read."""
    from forum.community.notifications import topic_path

    readable = set()
    for title, target in documents.items():
        if target is None:
            continue
        if isinstance(target, tuple):  # an expert: shown on the organisation page or not at all
            url, marker = target
            response = client.get(url)
            if response.status_code == 200 and marker in response.content.decode():
                readable.add(title)
            continue
        url = target if isinstance(target, str) else topic_path(target)
        if client.get(url).status_code == 200:
            readable.add(title)
    return readable


@pytest.mark.parametrize("role", ROLES)
def test_search_shows_each_role_exactly_what_the_views_show(client, documents, roles, role):  # noqa: F811
    user = roles.get(role) if role != "editor" or "editor" in roles else make_editor()
    if user is not None:
        client.force_login(user)
    allowed = readable_by_views(client, documents)
    assert "Zanzibar public guide" in allowed and "Zanzibar announcement" in allowed

    html = client.get("/en/search/", {"q": "zanzibar"}).content.decode()
    shown = {title for title in documents if f">{title}</a>" in html}
    assert shown == allowed, f"{role}: search shows {sorted(shown)}, the views allow {sorted(allowed)}"
    count = re.search(r"(\d+) results? for", html)
    assert count and int(count.group(1)) == len(allowed), f"{role}: the count says {count and count.group(1)}"
    facet_total = sum(int(n) for n in re.findall(r'name="kind" value="[a-z]+".*?\((\d+)\)', html, re.S))
    assert facet_total == len(allowed), f"{role}: the type facet counts {facet_total}"
    for title in set(documents) - allowed:
        assert title not in html, f"{role}: {title!r} leaked into the page"
    # A word only the expert post holds: nothing, not even a suggestion, for those who may not read it.
    private = client.get("/en/search/", {"q": "quietude"}).content.decode()
    if "Zanzibar cross-border case" in allowed:
        assert "Zanzibar cross-border case" in private
    else:
        assert "No results for" in private and "quietude" not in private.split("No results for", 1)[1].split("</p>")[1]


def test_vetted_members_can_list_all_experts_and_nobody_else_can(client, documents, roles):  # noqa: F811
    client.force_login(roles["vetted"])
    assert "?kind=expert" in client.get("/en/search/").content.decode()
    listing = client.get("/en/search/", {"kind": "expert"}).content.decode()
    assert ">Zanzibar Expert-Person</a>" in listing and "1 result" in listing
    client.logout()
    assert "?kind=expert" not in client.get("/en/search/").content.decode()
    hidden = client.get("/hu/search/", {"kind": "expert"}).content.decode()
    assert "Zanzibar Expert-Person" not in hidden
    assert "Ezeknek a szűrőknek semmi sem felel meg." in hidden


@pytest.mark.parametrize("reader", ["anonymous", "vetted"])
def test_a_members_real_name_finds_nothing_of_theirs(client, roles, forums, index_updated, settings, reader):  # noqa: F811
    """The forum shows forum names only: searching a surname must not tell which forum name belongs to
    that person (issue 10, finding 9). Machina's search by poster is gone; the site search does not
    index who wrote a post."""
    from tests.forum.conftest import make_vetted

    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    writer = make_vetted("quiet.writer@example.org", first_name="Hortenzia", last_name="Zsigmondy")
    make_topic(forums["Announcements"], writer, "Shelter places in spring", "Twelve places are free.")
    index_updated()
    if roles[reader]:
        client.force_login(roles[reader])
    for name in ("Zsigmondy", "Hortenzia", "quiet.writer"):
        page = client.get("/en/search/", {"q": name}).content.decode()
        assert "Shelter places in spring" not in page, name
    assert "Shelter places in spring" in client.get("/en/search/", {"q": "shelter places"}).content.decode()
    # The forum's own search by poster leads to the site search, which has no poster filter.
    response = client.get("/en/forum/search/", {"search_poster_name": "Zsigmondy", "q": "shelter"})
    assert response.status_code in (301, 302) and "poster" not in response["Location"]
