"""In a browser, in Hungarian: a professional signs up, follows the link in the confirmation
e-mail, lands signed in on the membership application (issue 13, item 4), applies and sees
that the application waits for the moderators."""

import re

import pytest
from django.core import mail

from forum.membership.models import Application
from tests.browser.standards import axe_violations, describe_violations, require_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Vörös-hajnal-2014"
FIELDS = {
    "full_name": "Kovács Anna (minta)",
    "organisation_name": "Minta Áldozatsegítő Szolgálat",
    "role": "Esetmenedzser",
    "professional_email": "anna@support.example.org",
    "referee_name": "Sam Supervisor",
    "referee_email": "sam@support.example.org",
    "motivation": "Munkáltatói kizsákmányolás áldozatait segítem (minta).",
}


def test_sign_up_confirm_and_apply(chromium, live_server, site_root):
    require_axe()
    context = chromium.new_context(base_url=live_server.url, locale="hu-HU")
    try:
        page = context.new_page()
        page.goto("/hu/accounts/signup/")
        page.locator("input[name=email]").fill("anna.new@example.org")
        page.locator("input[name=password1]").fill(PASSWORD)
        page.locator("input[name=password2]").fill(PASSWORD)
        mail.outbox.clear()
        page.locator("form.form button[type=submit], form button[type=submit]").last.click()
        page.wait_for_url("**/accounts/confirm-email/**")

        [message] = [message for message in mail.outbox if "anna.new@example.org" in message.to]
        link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)
        assert link.startswith(live_server.url)
        page.goto(link)
        page.locator("main form button[type=submit]").click()
        page.wait_for_url("**/hu/membership/apply/")
        problems = describe_violations("application form (hu)", axe_violations(page))

        for name, value in FIELDS.items():
            page.locator(f"[name={name}]").fill(value)
        page.locator("select[name=sector]").select_option("ngo")
        page.locator("select[name=country]").select_option("HU")
        page.locator("input[name=referee_kind][value=supervisor]").check()
        page.locator("input[name=accept_code_of_conduct]").check()
        page.locator("input[name=accept_privacy_notice]").check()
        page.locator("main form button[type=submit]").last.click()
        page.wait_for_url("**/hu/membership/")
        application = Application.objects.get(user__email="anna.new@example.org")
        assert application.state == Application.State.SUBMITTED
        assert application.full_name == "Kovács Anna (minta)"
        problems += describe_violations("membership status (hu)", axe_violations(page))
        assert not problems, "\n".join(problems)
    finally:
        context.close()
