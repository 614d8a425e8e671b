"""In a real browser: a moderator signs in with a TOTP code and approves an
application in the Wagtail admin; the applicant sees the new state."""

import base64
import hashlib
import hmac
import struct
import time
from urllib.parse import unquote

import pytest

from forum.membership.models import Application
from tests.membership.conftest import PASSWORD, make_application, make_user

SECRET = "JBSWY3DPEHPK3PXP"


def current_code():
    # A code typed in the last seconds of its 30-second window may arrive too late.
    if 30 - time.time() % 30 < 4:
        time.sleep(5)
    key = base64.b32decode(SECRET)
    digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 15
    return f"{(struct.unpack('>I', digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


def sign_in(page, email, code=None):
    page.goto("/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.form button[type=submit]")
    if code:
        page.wait_for_url("**/2fa/authenticate/**")
        page.fill("input[name=code]", code)
        page.click("form.form button[type=submit]")
    page.wait_for_load_state()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_moderator_with_mfa_approves_and_applicant_sees_it(browser_page, settings):
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP
    from django.core.cache import cache

    cache.clear()  # rate-limit counters left by other tests
    applicant = make_user("applicant@example.org", first_name="Pál")
    application = make_application(applicant, full_name="Pál Papp (sample)")
    application.submit(by=applicant)
    moderator = make_user("mod@example.org", groups=[settings.MODERATORS_GROUP], is_staff=True)

    page = browser_page
    sign_in(page, "mod@example.org")
    page.goto("/admin/membership/")
    # No admin before MFA is set up: the way leads to the set-up page (allauth may
    # first ask for the password again).
    assert "/2fa/totp/activate/" in unquote(page.url)

    TOTP.activate(moderator, SECRET)
    assert Authenticator.objects.filter(user=moderator).exists()
    page.context.clear_cookies()
    sign_in(page, "mod@example.org", code=current_code())
    page.goto("/admin/membership/")
    page.click("text=Pál Papp (sample)")
    page.click("form.membership-decision button:has-text('Approve')")
    page.wait_for_load_state()
    application.refresh_from_db()
    assert application.state == Application.State.APPROVED

    page.context.clear_cookies()
    sign_in(page, "applicant@example.org")
    page.goto("/en/membership/")
    assert "Approved" in page.inner_text("main")
