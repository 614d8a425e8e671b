"""A conversation on an application (issue 16): the moderator asks from the review page,
the applicant answers on the status page without re-editing or re-consenting, and the
application goes back to the queue. Two rounds, e-mails to each side, export and erasure."""

import json
import zipfile
from io import BytesIO

import pytest
from django.core import mail

from forum.membership.models import Application, ApplicationMessage
from forum.membership.privacy import delete_account
from tests.accounts.mfa import force_login_with_2fa

from .conftest import PASSWORD, make_user
from .test_review_queue import new_application

STATUS = "/hu/membership/"
ANSWER = "/hu/membership/answer/"


def detail_url(application):
    return f"/admin/membership/{application.pk}/"


def text(response):
    return " ".join(response.content.decode().split())


@pytest.fixture
def moderator(roles):
    return roles["moderator"]


@pytest.fixture
def application(roles):
    application = new_application("applicant@example.org", name="Réka Applicant (sample)")
    application.user.preferred_language = "hu"
    application.user.save()
    return application


def ask(client, moderator, application, question):
    force_login_with_2fa(client, moderator)
    response = client.post(detail_url(application), {"decision": "request_info", "info-message": question})
    assert response.status_code == 302
    client.logout()


def answer(client, application, body):
    client.login(username=application.user.username, password=PASSWORD)
    response = client.post(ANSWER, {"body": body})
    client.logout()
    return response


def test_two_rounds_of_questions_and_answers(client, moderator, application, django_capture_on_commit_callbacks):
    terms_accepted_at = application.terms_accepted_at
    motivation = application.motivation
    for round_number, (question, reply) in enumerate(
        [
            ("Which shelter do you work for?", "The <b>Sample</b> Shelter in Pécs.\nSince 2019."),
            ("Who is your supervisor there?", "Sam Supervisor, the head of the shelter."),
        ],
        start=1,
    ):
        mail.outbox.clear()
        ask(client, moderator, application, question)
        application.refresh_from_db()
        assert application.state == Application.State.INFO_REQUESTED
        # One e-mail, to the applicant, in Hungarian, with a link to the status page.
        assert [message.to for message in mail.outbox] == [[application.user.email]]
        assert "kérdést" in mail.outbox[0].body and "/membership/" in mail.outbox[0].body
        assert question in mail.outbox[0].body

        client.login(username=application.user.username, password=PASSWORD)
        page = text(client.get(STATUS))
        assert question in page and 'name="body"' in page and "Kérdések és válaszok" in page
        assert 'name="accept_code_of_conduct"' not in page
        client.logout()

        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            response = answer(client, application, reply)
        assert response.status_code == 302
        application.refresh_from_db()
        assert application.state == Application.State.SUBMITTED and application.is_in_queue
        assert application.motivation == motivation and application.terms_accepted_at == terms_accepted_at
        # One e-mail to the moderator, none to the applicant.
        assert [message.to for message in mail.outbox] == [[moderator.email]]
        assert "answered" in mail.outbox[0].subject
        assert f"/admin/membership/{application.pk}/" in mail.outbox[0].body
        assert application.full_name not in mail.outbox[0].body
        assert ApplicationMessage.objects.filter(application=application).count() == 2 * round_number

    force_login_with_2fa(client, moderator)
    page = client.get(detail_url(application)).content.decode()
    assert "Questions and answers" in page
    assert "The &lt;b&gt;Sample&lt;/b&gt; Shelter in Pécs.<br>Since 2019." in page
    thread = page[page.index("Questions and answers") :]
    assert thread.index("Which shelter") < thread.index("Who is your supervisor") < thread.index("Sam Supervisor, the")
    queue = text(client.get("/admin/review/"))
    assert "Réka Applicant (sample)" in queue and "Resubmitted application" in queue


def test_an_empty_answer_is_refused_and_only_a_question_can_be_answered(client, moderator, application):
    response = answer(client, application, "I have nothing to answer.")
    assert response.status_code == 302 and not ApplicationMessage.objects.exists()
    ask(client, moderator, application, "Which shelter?")
    client.login(username=application.user.username, password=PASSWORD)
    response = client.post(ANSWER, {"body": "   "})
    assert response.status_code == 400 and "Kérjük, írja meg válaszát." in text(response)
    application.refresh_from_db()
    assert application.state == Application.State.INFO_REQUESTED


def test_someone_else_cannot_see_or_answer(client, moderator, application):
    ask(client, moderator, application, "Which shelter do you work for?")
    other = make_user("other@example.org")
    client.force_login(other)
    assert "Which shelter" not in text(client.get("/membership/", follow=True))
    client.post("/en/membership/answer/", {"body": "Hijack"})
    assert not ApplicationMessage.objects.filter(body="Hijack").exists()


def test_the_conversation_is_exported_and_erased(client, moderator, application):
    ask(client, moderator, application, "Which shelter do you work for?")
    answer(client, application, "The Sample Shelter in Pécs.")
    client.login(username=application.user.username, password=PASSWORD)
    response = client.post("/hu/membership/my-data/")
    archive = zipfile.ZipFile(BytesIO(b"".join(response.streaming_content)))
    name = next(name for name in archive.namelist() if name.endswith(".json"))
    data = json.loads(archive.read(name))
    assert [(row["from"], row["text"]) for row in data["application_conversation"]] == [
        ("moderator", "Which shelter do you work for?"),
        ("applicant", "The Sample Shelter in Pécs."),
    ]
    assert moderator.email not in json.dumps(data["application_conversation"])
    client.logout()
    delete_account(application.user)
    assert not ApplicationMessage.objects.exists()
