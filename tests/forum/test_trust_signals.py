"""Trust signals on posts and the solution of a question (issue 13, item 1).

A vetted reader sees who wrote each post: sector, country, organisation (linked to its
directory page), since when the writer is vetted and how many of their answers solved a
question. A visitor or an unvetted member sees the forum name and the sector only.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from machina.core.db.models import get_model

from forum.community.models import TopicSolution
from forum.membership.models import Application
from tests.accounts.mfa import force_login_with_2fa
from tests.directory.conftest import directory_page, make_organisation, taxonomy  # noqa: F401

from .conftest import PASSWORD, make_topic, make_user, make_vetted

Post = get_model("forum_conversation", "Post")

ORGANISATION = "Antwerp Shelter Sample"


@pytest.fixture(autouse=True)
def no_first_post_approval(settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0


@pytest.fixture
def writer(forums, directory_page):  # noqa: F811
    """A prosecutor from Luxembourg (named nowhere else on the site), vetted since 12 March 2025,
    whose organisation is in the directory."""
    organisation = make_organisation("antwerp-shelter-sample", name=ORGANISATION, kind="prosecution")
    user = make_vetted("prosecutor@example.org")
    Application.objects.filter(user=user).update(
        organisation=organisation,
        organisation_name="",
        country="LU",
        sector="prosecution",
        full_name="Petra Prosecutor-Sample",
        valid_from=datetime.datetime(2025, 3, 12, 10, 0, tzinfo=datetime.UTC),
    )
    return user


@pytest.fixture
def question(forums, writer):
    """A question in the public question forum, asked by a signed-in visitor, answered by the writer."""
    asker = make_user("asker@example.org")
    topic, _post = make_topic(forums["Questions to the experts"], asker, "Which office coordinates care?", "Asking.")
    answer = Post.objects.create(topic=topic, poster=writer, subject="Re: office", content="The municipality.")
    other = Post.objects.create(topic=topic, poster=asker, subject="Re: thanks", content="Thank you.")
    return topic, answer, other, asker


def topic_url(topic):
    return reverse(
        "forum_conversation:topic",
        kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum_id, "slug": topic.slug, "pk": topic.pk},
    )


def test_vetted_reader_sees_who_wrote_the_answer(client, roles, question):
    topic, answer, _other, _asker = question
    TopicSolution.objects.create(topic=topic, post=answer)
    client.force_login(roles["vetted"])
    html = client.get(topic_url(topic)).content.decode()
    assert "Sector" in html and "Prosecution and judiciary" in html
    assert "<dt>Country</dt><dd>Luxembourg</dd>" in html
    assert ORGANISATION in html
    assert 'href="/en/directory/org/antwerp-shelter-sample/"' in html
    assert "Vetted since" in html and 'datetime="2025-03-12"' in html
    assert "Helpfulness" in html and "1 answer marked as a solution" in html
    # In the expert finder, through the link from the post.
    assert "In the expert finder" not in html  # did not opt in, no directory entry


@pytest.mark.parametrize("role", ["anonymous", "unvetted", "pending", "expired"])
def test_others_see_the_forum_name_and_sector_only(client, roles, question, role):
    topic, _answer, _other, _asker = question
    if roles[role] is not None:
        client.login(email=roles[role].email, password=PASSWORD)
    response = client.get(topic_url(topic))
    assert response.status_code == 200
    html = response.content.decode()
    assert "prosecutor</a>" in html  # the forum name
    assert "Prosecution and judiciary" in html
    for secret in (ORGANISATION, "Luxembourg", "Petra", "Prosecutor-Sample", "Vetted since", "Helpfulness"):
        assert secret not in html, f"{role} sees {secret}"


def test_a_former_member_is_no_longer_vouched_for(client, roles, question, writer):
    topic, *_rest = question
    Application.objects.filter(user=writer).update(valid_until=timezone.now() - datetime.timedelta(days=1))
    client.force_login(roles["vetted"])
    html = client.get(topic_url(topic)).content.decode()
    assert "Prosecution and judiciary" not in html and ORGANISATION not in html


def test_topic_starter_marks_a_solution_and_it_counts(client, roles, question, writer):
    topic, answer, other, asker = question
    client.login(email=asker.email, password=PASSWORD)
    html = client.get(topic_url(topic)).content.decode()
    assert html.count("Mark as the solution") == 2  # both replies, not the question
    response = client.post(reverse("community:mark_solution", args=[answer.pk]))
    assert response.status_code == 302 and f"?post={answer.pk}#{answer.pk}" in response["Location"]
    assert TopicSolution.objects.get(topic=topic).post == answer
    html = client.get(topic_url(topic)).content.decode()
    assert "Go to the answer marked as the solution" in html and f"?post={answer.pk}#{answer.pk}" in html
    assert html.count(">Solution</p>") == 1
    assert "Remove the solution mark" in html
    # Another reply replaces it; one solution per topic.
    client.post(reverse("community:mark_solution", args=[other.pk]))
    assert TopicSolution.objects.get(topic=topic).post == other
    client.post(reverse("community:mark_solution", args=[answer.pk]))
    client.force_login(roles["vetted"])
    assert "1 answer marked as a solution" in client.get(topic_url(topic)).content.decode()
    # And removed.
    client.login(email=asker.email, password=PASSWORD)
    client.post(reverse("community:mark_solution", args=[answer.pk]), {"action": "remove"})
    assert not TopicSolution.objects.exists()


def test_a_moderator_may_mark_a_solution(client, roles, question):
    topic, answer, *_rest = question
    force_login_with_2fa(client, roles["moderator"])
    assert client.post(reverse("community:mark_solution", args=[answer.pk])).status_code == 302
    assert TopicSolution.objects.filter(topic=topic, post=answer).exists()


def test_only_the_starter_or_a_moderator_marks_and_only_in_a_question_forum(client, roles, question, forums):
    topic, answer, *_rest = question
    client.force_login(roles["vetted"])
    assert "Mark as the solution" not in client.get(topic_url(topic)).content.decode()
    assert client.post(reverse("community:mark_solution", args=[answer.pk])).status_code == 403
    anonymous = client.__class__()
    response = anonymous.post(reverse("community:mark_solution", args=[answer.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    # The question itself cannot be its own solution.
    client.login(email=topic.poster.email, password=PASSWORD)
    assert client.post(reverse("community:mark_solution", args=[topic.first_post_id])).status_code == 403
    # Not a question forum: no marking, not even by the starter.
    starter = roles["vetted"]
    news, _head = make_topic(forums["Hungary"], starter, "A case", "Text.")
    reply = Post.objects.create(topic=news, poster=roles["moderator"], subject="Re", content="Reply.")
    client.force_login(starter)
    assert "Mark as the solution" not in client.get(topic_url(news)).content.decode()
    assert client.post(reverse("community:mark_solution", args=[reply.pk])).status_code == 403
    assert not TopicSolution.objects.exists()


def test_expert_topic_solution_mark_is_not_reachable_by_outsiders(client, roles, forums):
    """A reply in an expert forum is a 404 for whoever cannot read that forum."""
    topic, _head = make_topic(forums["Handbook and training"], roles["vetted"], "Chapter 3?", "Question.")
    reply = Post.objects.create(topic=topic, poster=roles["moderator"], subject="Re", content="Answer.")
    client.force_login(roles["unvetted"])
    assert client.post(reverse("community:mark_solution", args=[reply.pk])).status_code == 404
    assert not TopicSolution.objects.exists()


def _topic_with_replies(forum, writers, count):
    topic, _head = make_topic(forum, writers[0], f"Question with {count} posts", "Head.")
    for number in range(count - 1):
        Post.objects.create(topic=topic, poster=writers[number % len(writers)], subject=f"Re {number}", content="x")
    TopicSolution.objects.create(topic=topic, post=topic.posts.order_by("-pk").first())
    return topic


@pytest.mark.parametrize("reader", ["vetted", "anonymous"])
def test_query_count_does_not_grow_with_the_number_of_posts(client, roles, forums, writer, monkeypatch, reader):
    from forum.machina_apps.forum_conversation.views import TopicView

    monkeypatch.setattr(TopicView, "paginate_by", 50)
    writers = [writer] + [make_vetted(f"writer{number}@example.org") for number in range(6)]
    small = _topic_with_replies(forums["Questions to the experts"], writers, 5)
    large = _topic_with_replies(forums["Questions to the experts"], writers, 40)
    if reader == "vetted":
        client.force_login(roles["vetted"])
    client.get(topic_url(small))  # warm the caches that are not per page
    with CaptureQueriesContext(connection) as few:
        html = client.get(topic_url(small)).content.decode()
    assert html.count('class="forum-trust"') == 5
    client.get(topic_url(large))
    with CaptureQueriesContext(connection) as many:
        html = client.get(topic_url(large)).content.decode()
    assert html.count('class="forum-trust"') == 40
    assert len(many) == len(few), "\n".join(query["sql"] for query in many.captured_queries)
