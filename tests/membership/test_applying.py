"""The applicant's pages: apply, see the state, resubmit, verify the work address."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from forum.membership.models import Application

from .conftest import application_data, make_user

APPLY = "/en/membership/apply/"
STATUS = "/en/membership/"


@pytest.fixture
def signed_in(client, applicant):
    client.force_login(applicant)
    return client


def test_signed_out_visitors_are_sent_to_login(client, db):
    response = client.get(APPLY)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_apply_sends_the_application_and_asks_to_verify_a_different_work_address(signed_in, applicant):
    response = signed_in.post(APPLY, application_data(), follow=True)
    assert response.redirect_chain[-1][0] == STATUS
    application = Application.objects.get(user=applicant)
    assert application.state == Application.State.SUBMITTED
    page = response.content.decode()
    assert "Submitted" in page and "is not confirmed yet" in page
    verification = next(message for message in mail.outbox if message.to == ["anna@support.example.org"])
    link = re.search(r"https?://\S+/hu/membership/verify-email/\S+/", verification.body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    response = signed_in.get("/" + path, follow=True)
    application.refresh_from_db()
    assert application.professional_email_verified_at is not None
    # Anna reads the site in Hungarian, her preferred language.
    with translation.override("hu"):
        confirmed = gettext("Your professional e-mail address is confirmed.")
    assert confirmed in response.content.decode()


def test_a_forged_verification_link_is_refused(signed_in, applicant):
    signed_in.post(APPLY, application_data())
    response = signed_in.get("/en/membership/verify-email/not-a-token/", follow=True)
    assert "not valid" in response.content.decode()
    assert Application.objects.get(user=applicant).professional_email_verified_at is None


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"full_name": ""}, "full_name", "This field is required."),
        ({"professional_email": "not-an-address"}, "professional_email", "Enter a valid email address."),
        ({"organisation_name": ""}, "organisation_name", "Choose your organisation from the list or type its name."),
        ({"referee_name": ""}, "referee_name", "Give your supervisor&#x27;s name."),
        (
            {"referee_kind": "member", "referee_member_email": ""},
            "referee_member_email",
            "Give the login e-mail address of the vetted member.",
        ),
        ({"accept_code_of_conduct": ""}, "accept_code_of_conduct", "You must accept the code of conduct to apply."),
        ({"accept_privacy_notice": ""}, "accept_privacy_notice", "You must accept the privacy notice to apply."),
    ],
)
def test_bad_input_gets_a_clear_error_and_keeps_what_was_typed(signed_in, applicant, overrides, field, message):
    data = application_data(motivation="My very own words about why I apply.", **overrides)
    response = signed_in.post(APPLY, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert f'id="id_{field}_error"' in page
    assert "My very own words about why I apply." in page
    assert 'value="Case worker"' in page
    assert not Application.objects.filter(user=applicant, state=Application.State.SUBMITTED).exists()


def test_more_information_requested_then_resubmitted(signed_in, applicant, moderator):
    signed_in.post(APPLY, application_data(professional_email=applicant.email))
    application = Application.objects.get(user=applicant)
    application.request_information(by=moderator, message="Which <b>unit</b> are you in?")
    page = signed_in.get(STATUS).content.decode()
    assert "More information requested" in page
    assert "Which &lt;b&gt;unit&lt;/b&gt; are you in?" in page
    form_page = signed_in.get(APPLY).content.decode()
    assert "Which &lt;b&gt;unit&lt;/b&gt; are you in?" in form_page
    response = signed_in.post(
        APPLY, application_data(professional_email=applicant.email, role="Anti-trafficking unit")
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.state == Application.State.SUBMITTED and application.role == "Anti-trafficking unit"


def test_a_submitted_application_cannot_be_edited(signed_in, submitted):
    response = signed_in.get(APPLY)
    assert response.status_code == 302 and response["Location"] == STATUS


def test_status_page_shows_each_state(signed_in, submitted, moderator):
    assert "Submitted" in signed_in.get(STATUS).content.decode()
    submitted.reject(by=moderator, reason="We could not confirm your role.")
    page = signed_in.get(STATUS).content.decode()
    assert "Rejected" in page and "We could not confirm your role." in page and "Apply again" in page


def test_reconfirmation_through_the_site(signed_in, member):
    page = signed_in.get(STATUS).content.decode()
    assert reverse("membership:reconfirm") in page
    response = signed_in.post("/en/membership/reconfirm/", application_data(professional_email=member.email))
    assert response.status_code == 302
    application = member.membership_application
    application.refresh_from_db()
    assert application.state == Application.State.APPROVED
    assert application.reconfirmation_requested_at is not None


def test_referee_member_is_found_by_address_without_revealing_members(signed_in, applicant):
    referee = make_user("referee@example.org")
    data = application_data(
        professional_email=applicant.email, referee_kind="member", referee_member_email="REFEREE@example.org"
    )
    signed_in.post(APPLY, data)
    assert Application.objects.get(user=applicant).referee_member == referee


def test_code_of_conduct_and_privacy_notice_name_their_versions(client, db, settings):
    assert (
        settings.MEMBERSHIP_CODE_OF_CONDUCT_VERSION in client.get("/en/membership/code-of-conduct/").content.decode()
    )
    page = client.get("/en/membership/privacy/").content.decode()
    assert settings.MEMBERSHIP_PRIVACY_NOTICE_VERSION in page and "What we store" in page
