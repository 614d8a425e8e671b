"""@mention suggestions (issue 13, item 2): while writing, a vetted member is offered the
members whose forum name starts with what they typed and who may read the forum, never
anyone else; people outside the network get no list of members at all."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from forum.community.mention_suggestions import MAX_SUGGESTIONS
from forum.membership.models import Application
from tests.accounts.mfa import force_login_with_2fa

from .conftest import make_topic, make_user, make_vetted

pytestmark = pytest.mark.django_db


def suggest(client, forum, prefix):
    url = reverse("community:mention_suggestions", args=[forum.pk])
    return client.get(url, {"q": prefix}, HTTP_ACCEPT="application/json")


def names(response):
    assert response.status_code == 200
    return [member["username"] for member in response.json()["results"]]


@pytest.fixture
def colleagues(roles):
    """Forum names that start with "ann": two who may read the expert area, four who may not."""
    anna = make_vetted("anna-k@example.org")
    Application.objects.filter(user=anna).update(
        sector="ngo", country="BE", organisation_name="Ghent Shelter (sample)"
    )
    annamaria = make_vetted("annamaria@example.org")
    unvetted = make_user("anna-unvetted@example.org")
    expired = make_vetted("anna-expired@example.org")
    Application.objects.filter(user=expired).update(valid_until=timezone.now() - datetime.timedelta(minutes=1))
    inactive = make_vetted("anna-inactive@example.org", is_active=False)
    applicant = make_user("anna-applies@example.org")
    return {"anna": anna, "annamaria": annamaria, "outsiders": [unvetted, expired, inactive, applicant]}


def test_a_vetted_member_is_offered_only_those_who_may_read_the_expert_forum(client, forums, roles, colleagues):
    client.force_login(roles["vetted"])
    response = suggest(client, forums["Hungary"], "ann")
    assert names(response) == ["anna-k", "annamaria"]
    anna = response.json()["results"][0]
    # What the post itself would show a vetted reader about its writer.
    assert anna["sector"] == "Victim support organisation (NGO)" and anna["country"] == "Belgium"
    assert anna["organisation"] == "Ghent Shelter (sample)"
    assert response["Cache-Control"] == "private, no-store"


def test_in_the_public_area_everyone_who_reads_it_can_be_suggested(client, forums, roles, colleagues):
    client.force_login(roles["vetted"])
    found = names(suggest(client, forums["Questions to the experts"], "anna"))
    assert {"anna-k", "annamaria", "anna-unvetted", "anna-expired", "anna-applies"} <= set(found)
    assert "anna-inactive" not in found


def test_the_prefix_is_plain_text_and_the_writer_is_not_suggested(client, forums, roles, colleagues):
    client.force_login(colleagues["anna"])
    assert names(suggest(client, forums["Hungary"], "@ANN")) == ["annamaria"]
    assert names(suggest(client, forums["Hungary"], "%")) == []
    assert names(suggest(client, forums["Hungary"], "")) == []


@pytest.mark.parametrize("role", ["unvetted", "pending", "expired", "suspended"])
def test_outside_the_network_nobody_gets_a_list_of_members(client, forums, roles, colleagues, role):
    client.force_login(roles[role])
    # Not even in the public area, where an unvetted account may start a topic.
    assert suggest(client, forums["Questions to the experts"], "ann").status_code == 404
    assert suggest(client, forums["Hungary"], "ann").status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, forums, colleagues):
    response = suggest(client, forums["Questions to the experts"], "ann")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_moderator_is_offered_members_too(client, forums, roles, colleagues):
    force_login_with_2fa(client, roles["moderator"])
    assert names(suggest(client, forums["Hungary"], "ann")) == ["anna-k", "annamaria"]


def test_the_reply_form_offers_suggestions_to_vetted_members_only(client, forums, roles):
    topic, _post = make_topic(forums["Questions to the experts"], roles["unvetted"], "Who do I call?", "A question.")
    reply_url = reverse(
        "forum_conversation:post_create",
        kwargs={
            "forum_slug": topic.forum.slug,
            "forum_pk": topic.forum.pk,
            "topic_slug": topic.slug,
            "topic_pk": topic.pk,
        },
    )
    client.force_login(roles["vetted"])
    page = client.get(reply_url).content.decode()
    suggestions_url = reverse("community:mention_suggestions", args=[topic.forum.pk])
    assert f'data-mentions-url="{suggestions_url}"' in page and "community/mentions.js" in page
    client.force_login(roles["unvetted"])
    page = client.get(reply_url).content.decode()
    assert "data-mentions-url" not in page and "community/mentions.js" not in page


def test_the_queries_do_not_grow_with_the_number_of_members(client, forums, roles):
    """Each candidate is checked with machina's permission handler, so the work is bounded by
    the number of suggestions shown, not by the number of members who share the prefix."""
    client.force_login(roles["vetted"])
    for number in range(MAX_SUGGESTIONS + 2):
        make_vetted(f"ann-few-{number}@example.org")

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert len(names(suggest(client, forums["Hungary"], "ann"))) == MAX_SUGGESTIONS
        return len(queries)

    few = count()
    for number in range(40):
        make_vetted(f"ann-many-{number}@example.org")
    assert count() <= few
