"""axe-core and the Nu HTML Checker on the helpers' and moderators' safe-contact pages in all
four languages (issues 12 and 15):
the helper inbox and a claimed conversation (with its note, hand-over and close forms), and the
moderators' page that gives and takes back the helper role, with and without a form error.
The person's pages are checked in four languages by test_safe_contact.py."""

import pytest
from django.conf import settings
from django.test import Client

from safecontact import services
from tests.accounts.mfa import force_login_with_2fa, give_mfa
from tests.browser.standards import axe_violations, describe_violations, require_axe, require_vnu, vnu_errors
from tests.forum.conftest import make_user
from tests.safecontact.conftest import make_helper

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LANGUAGES = {"en": "en-GB", "nl": "nl-NL", "hu": "hu-HU", "fr": "fr-FR"}


def signed_in(chromium, live_server, user, locale):
    client = force_login_with_2fa(Client(), user)
    context = chromium.new_context(base_url=live_server.url, locale=locale)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])
    return context


def test_helper_and_moderator_pages_pass_axe_in_every_language(chromium, live_server, site_root):
    from django.core.cache import cache

    require_axe()
    cache.clear()
    helper = make_helper("helper-be@example.org", ("BE", "hu"), ("BE", "nl"))
    make_helper("helper-hu@example.org", ("HU", "hu"))
    moderator = make_user("moderator@example.org", groups=(settings.MODERATORS_GROUP,))
    give_mfa(moderator)
    waiting, _code = services.start(country="BE", language="nl", body="Sample message, waiting.")
    claimed, _code = services.start(country="BE", language="hu", body="Sample message, claimed.")
    services.claim(claimed, helper)

    problems = []
    documents = {}  # where -> the server's HTML, for the Nu HTML Checker
    for language, locale in LANGUAGES.items():
        context = signed_in(chromium, live_server, helper, locale)
        page = context.new_page()
        for path in (
            "/safe-contact/inbox/",
            f"/safe-contact/inbox/{claimed.pk}/",
            f"/safe-contact/inbox/{waiting.pk}/",
        ):
            response = page.goto(f"/{language}{path}")
            assert response.status == 200, f"/{language}{path}: {response.status}"
            documents[f"helper /{language}{path}"] = response.text()
            problems.extend(describe_violations(f"helper /{language}{path}", axe_violations(page)))
        context.close()

        context = signed_in(chromium, live_server, moderator, locale)
        page = context.new_page()
        response = page.goto(f"/{language}/safe-contact/helpers/")
        assert response.status == 200
        documents[f"moderator /{language}/safe-contact/helpers/"] = response.text()
        problems.extend(describe_violations(f"moderator /{language}/safe-contact/helpers/", axe_violations(page)))
        # Sent without a member: the page comes back with the error next to the field.
        page.locator("form.form button[type=submit]").click()
        page.wait_for_load_state()
        assert page.locator("[aria-invalid=true]").count() >= 1
        problems.extend(
            describe_violations(f"moderator /{language}/safe-contact/helpers/ (error)", axe_violations(page))
        )
        context.close()
    require_vnu()
    problems += [f"{where}: {error}" for where, errors in vnu_errors(documents).items() for error in errors]
    assert not problems, "\n".join(problems)
