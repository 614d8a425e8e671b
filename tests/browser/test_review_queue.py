"""In Chromium: a moderator with 2FA approves a post and decides a report from the one review
queue (issue 16), keyboard and mouse alike; axe-core finds nothing on the queue before or after."""

import os

import pytest
from django.conf import settings as django_settings
from django.test import Client
from machina.core.db.models import get_model

from forum.community.models import PostReport
from forum.community.moderation import report_post
from forum.community.structure import setup_forums
from forum.membership.models import Application, AuditEntry
from tests.accounts.mfa import force_login_with_2fa
from tests.browser import standards
from tests.forum.conftest import make_topic, make_user, make_vetted

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Post = get_model("forum_conversation", "Post")
SCREENSHOT = os.environ.get("REVIEW_QUEUE_SCREENSHOT", "")


def sign_in_with_2fa(page, live_server, user):
    client = force_login_with_2fa(Client(), user)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url, "httpOnly": True}])


def assert_no_axe_violations(page, where):
    standards.require_axe()
    violations = standards.axe_violations(page)
    assert not violations, "\n".join(standards.describe_violations(where, violations))


def test_moderator_approves_a_post_and_decides_a_report_from_the_queue(browser_page, live_server, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    forums = setup_forums()
    moderator = make_user("queue-mod@example.org", groups=(django_settings.MODERATORS_GROUP,), first_name="Mona")
    applicant = make_user("queue-applicant@example.org")
    application = Application.objects.create(
        user=applicant, full_name="Zsófia Applicant (sample)", organisation_name="Sample Outreach Service",
        role="Outreach worker", sector="ngo", country="HU", professional_email=applicant.email,
        referee_name="Sam Supervisor", referee_email="sam@example.org", motivation="I meet workers at risk.",
    )  # fmt: skip
    application.submit(by=applicant)
    newcomer = make_vetted("queue-newcomer@example.org")
    _topic, pending = make_topic(
        forums["Belgium"], newcomer, "Night shelter in Ghent (sample)", "Is there a bed tonight?", approved=False
    )
    author = make_vetted("queue-author@example.org")
    _topic, reported = make_topic(forums["Netherlands"], author, "A heated thread (sample)", "Something unkind.")
    report = report_post(reported, make_vetted("queue-reporter@example.org"), "Abusive towards a colleague.")

    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 1000})
    sign_in_with_2fa(page, live_server, moderator)
    page.goto("/admin/review/")
    if SCREENSHOT:
        page.set_viewport_size({"width": 1280, "height": 2400})
        page.screenshot(path=SCREENSHOT, full_page=True)
        page.set_viewport_size({"width": 1280, "height": 1000})
    assert page.get_by_role("heading", level=1).inner_text().strip() == "Review queue"
    assert "Night shelter in Ghent (sample)" in page.locator(f"#post-{pending.pk}-title").inner_text()
    assert "Review queue (3)" in page.content()
    assert_no_axe_violations(page, "review queue")

    # Approve the post with the keyboard: focus its Approve button and press Enter.
    post_item = page.locator(f"#post-{pending.pk}")
    post_item.get_by_role("button", name="Approve").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "is approved and visible" in page.inner_text("body")
    assert Post.objects.get(pk=pending.pk).approved
    assert AuditEntry.objects.filter(action="forum_post_approved", actor=moderator).exists()

    # Hiding needs a reason: refused without one, with the message at the item.
    report_item = page.locator(f"#report-{report.pk}")
    with page.expect_navigation():
        report_item.get_by_role("button", name="Hide the post").click()
    report_item = page.locator(f"#report-{report.pk}")
    assert "Give the reason: the author is told." in report_item.inner_text()
    assert PostReport.objects.get(pk=report.pk).is_open
    assert_no_axe_violations(page, "review queue with an error")
    report_item.get_by_label("Reason or message").fill("Identifies a colleague by name.")
    with page.expect_navigation():
        report_item.get_by_role("button", name="Hide the post").click()
    report.refresh_from_db()
    assert report.status == PostReport.Status.ACTIONED and report.action == "hide"
    assert "is decided" in page.inner_text("body")
    assert page.locator(f"#report-{report.pk}").count() == 0
    assert page.locator(f"#application-{application.pk}-title").is_visible()
    assert_no_axe_violations(page, "review queue after the decisions")
