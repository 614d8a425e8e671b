"""In Chromium (issue 16): a moderator with 2FA asks an applicant two questions in turn, the
applicant answers each on the status page, in Hungarian, without touching the application or
giving consent again, and the moderator then approves. Each side gets one e-mail per turn,
and the thread reads the same on both sides."""

import re

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.test import Client

from forum.membership.models import Application
from tests.accounts.mfa import force_login_with_2fa
from tests.browser import standards
from tests.membership.conftest import make_application, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIRST_QUESTION = "Which unit of the police do you work in? (sample)"
FIRST_ANSWER = "A budapesti emberkereskedelem elleni osztályon dolgozom. (minta)"
SECOND_QUESTION = "Who can confirm your role: your head of unit? (sample)"
SECOND_ANSWER = "Az osztályvezetőm, Minta Márta, aki a jelentkezésben referensként szerepel. (minta)"


def signed_in(chromium, live_server, user, *, with_2fa=False):
    """A browser page of `user`, signed in by the session cookie a test client made."""
    client = force_login_with_2fa(Client(), user) if with_2fa else Client()
    if not with_2fa:
        client.force_login(user)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    context = chromium.new_context(
        base_url=live_server.url, locale="hu-HU" if user.preferred_language == "hu" else "en-GB"
    )
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url, "httpOnly": True}])
    return context.new_page()


def ask(moderator_page, application, question):
    moderator_page.goto(f"/admin/membership/{application.pk}/")
    form = moderator_page.locator("form.membership-decision", has=moderator_page.locator("input[value=request_info]"))
    form.get_by_label("What information do you need? (the applicant reads this)").fill(question)
    with moderator_page.expect_navigation():
        form.get_by_role("button", name="Ask for more information").click()


def answer(applicant_page, text):
    applicant_page.goto("/hu/membership/")
    assert "jelentkezését nem kell módosítania" in applicant_page.inner_text("main")
    # Nothing to re-tick: the page holds no consent box and no application field.
    assert applicant_page.locator("main input[type=checkbox]").count() == 0
    assert applicant_page.locator("main textarea").count() == 1
    applicant_page.get_by_label("Az Ön válasza").fill(text)
    with applicant_page.expect_navigation():
        applicant_page.get_by_role("button", name="Válasz elküldése").click()


def thread(page):
    return [" ".join(item.split()) for item in page.locator(".conversation-message__body").all_inner_texts()]


def test_two_rounds_of_questions_and_answers_then_approval(chromium, live_server, site_root, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    applicant = make_user("conversation-applicant@example.org", language="hu", first_name="Réka")
    application = make_application(applicant, full_name="Réka Minta (sample)", motivation="MOTIVATION-AS-WRITTEN")
    application.submit(by=applicant)
    moderator = make_user(
        "conversation-mod@example.org", groups=[django_settings.MODERATORS_GROUP], is_staff=True, first_name="Mona"
    )
    moderator_page = signed_in(chromium, live_server, moderator, with_2fa=True)
    applicant_page = signed_in(chromium, live_server, applicant)
    try:
        for question, reply in ((FIRST_QUESTION, FIRST_ANSWER), (SECOND_QUESTION, SECOND_ANSWER)):
            mail.outbox.clear()
            ask(moderator_page, application, question)
            application.refresh_from_db()
            assert application.state == Application.State.INFO_REQUESTED
            # One e-mail to the applicant, in Hungarian, leading to the status page.
            [asked] = [message for message in mail.outbox if message.to == [applicant.email]]
            assert question in asked.body and re.search(r"/hu/membership/", asked.body)

            mail.outbox.clear()
            answer(applicant_page, reply)
            assert "válaszát elküldtük a moderátoroknak" in applicant_page.inner_text("main").lower()
            application.refresh_from_db()
            assert application.state == Application.State.SUBMITTED
            # One e-mail to the moderator: that an answer came, not what it says.
            [told] = [message for message in mail.outbox if message.to == [moderator.email]]
            assert reply not in told.body and f"/admin/membership/{application.pk}/" in told.body

        expected = [FIRST_QUESTION, FIRST_ANSWER, SECOND_QUESTION, SECOND_ANSWER]
        assert thread(applicant_page) == expected
        standards.require_axe()
        violations = standards.axe_violations(applicant_page)
        assert not violations, "\n".join(standards.describe_violations("status page with the thread", violations))

        moderator_page.goto(f"/admin/membership/{application.pk}/")
        assert thread(moderator_page) == expected
        assert "MOTIVATION-AS-WRITTEN" in moderator_page.inner_text("main")  # the application, untouched
        form = moderator_page.locator("form.membership-decision", has=moderator_page.locator("input[value=approve]"))
        with moderator_page.expect_navigation():
            form.get_by_role("button", name="Approve").click()
        application.refresh_from_db()
        assert application.state == Application.State.APPROVED
        assert application.motivation == "MOTIVATION-AS-WRITTEN"

        applicant_page.goto("/hu/membership/")
        assert "Jóváhagyva" in applicant_page.inner_text("main")
        assert thread(applicant_page) == expected
    finally:
        moderator_page.context.close()
        applicant_page.context.close()
