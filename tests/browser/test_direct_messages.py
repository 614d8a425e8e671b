"""Two vetted members exchange a direct message in the browser, without JavaScript of ours:
the first writes from the other's profile, the second sees the header's unread counter, reads
and answers; axe-core finds nothing on the inbox, the new-message form and the conversation."""

import pytest
from django.conf import settings as django_settings
from django.test import Client

from forum.community.structure import setup_forums
from tests.browser.standards import axe_violations, csp_violations_of, describe_violations, require_axe
from tests.forum.conftest import make_vetted

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(context, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url, "httpOnly": True}])


def assert_accessible(page, where):
    violations = axe_violations(page)
    assert not violations, "\n".join(describe_violations(where, violations))


def test_two_members_exchange_a_message(chromium, live_server):
    require_axe()
    setup_forums()
    anna = make_vetted("browser-anna@example.org")
    bence = make_vetted("browser-bence@example.org")

    first = chromium.new_context(base_url=live_server.url, locale="en-GB", java_script_enabled=False)
    second = chromium.new_context(base_url=live_server.url, locale="en-GB")
    try:
        sign_in(first, live_server, anna)
        sign_in(second, live_server, bence)

        page = first.new_page()
        csp = csp_violations_of(page)
        page.goto(f"/en/forum/member/profile/{bence.pk}/")
        page.get_by_role("link", name="Send a message").click()
        assert page.get_by_label("To").input_value() == bence.username
        page.get_by_label("Subject").fill("Return of a client to Győr")
        page.get_by_label("Message", exact=True).fill("Could your team meet her at the station on **Monday**?")
        page.get_by_role("button", name="Send").click()
        page.wait_for_url("**/forum/messages/*/")
        assert page.get_by_role("heading", level=1).inner_text() == "Return of a client to Győr"
        assert page.locator(".dm-message strong").inner_text() == "Monday"

        reader = second.new_page()
        csp += csp_violations_of(reader)
        reader.goto("/en/forum/")
        counter = reader.locator(".messages-link")
        assert "(1 unread)" in counter.inner_text()
        counter.click()
        assert_accessible(reader, "inbox")
        reader.get_by_role("link", name="Return of a client to Győr").click()
        assert "on Monday" in reader.locator(".dm-message").first.inner_text()
        assert_accessible(reader, "conversation")
        reader.get_by_label("Message", exact=True).fill("Yes, we will be there at ten.")
        reader.get_by_role("button", name="Send").click()
        reader.wait_for_url("**/forum/messages/*/**")
        assert "(0 unread)" in reader.locator(".messages-link").inner_text()

        page.goto("/en/forum/messages/")
        assert "(1 unread)" in page.locator(".messages-link").inner_text()
        page.get_by_role("link", name="Return of a client to Győr").click()
        assert "Yes, we will be there at ten." in page.content()
        reader.goto("/en/forum/messages/new/")
        assert_accessible(reader, "new conversation")
        assert csp == []
    finally:
        first.close()
        second.close()


def test_report_block_and_lose_access(chromium, live_server):
    """A member reports one message to the moderators and blocks its writer; when their own
    membership has expired, the conversation is closed to them (issue 13, item 3)."""
    import datetime

    from django.utils import timezone

    from forum.direct_messages import services
    from forum.direct_messages.models import MessageReport
    from forum.membership.models import Application

    require_axe()
    setup_forums()
    anna = make_vetted("browser-anna@example.org")
    bence = make_vetted("browser-bence@example.org")
    conversation = services.start(anna, [bence], "Interpreters in Ghent (sample)", "Do you know one?")
    unkind = services.reply(conversation, anna, "An unkind remark (sample).")

    context = chromium.new_context(base_url=live_server.url, locale="en-GB")
    try:
        sign_in(context, live_server, bence)
        page = context.new_page()
        page.goto(f"/en/forum/messages/{conversation.pk}/")
        page.locator(f"#message-{unkind.pk}").get_by_role("link", name="Report to moderators").click()
        assert "An unkind remark (sample)." in page.content()
        assert_accessible(page, "report form")
        page.get_by_label("What is wrong with this message?").fill("Rude to a colleague.")
        page.get_by_role("button", name="Send the report").click()
        assert page.get_by_text("Thank you. The moderators will look at this message.").is_visible()
        report = MessageReport.objects.get()
        assert (report.message_id, report.reporter_id, report.reason) == (unkind.pk, bence.pk, "Rude to a colleague.")

        page.goto(f"/en/forum/messages/{conversation.pk}/")
        page.get_by_role("button", name=f"Block {anna.username}").click()
        assert page.get_by_text(f"You have blocked {anna.username}.").is_visible()
        assert "An unkind remark (sample)." not in page.content()
        assert "2 messages from members you blocked are hidden." in page.inner_text("main")
        assert_accessible(page, "conversation with a blocked member")

        Application.objects.filter(user=bence).update(valid_until=timezone.now() - datetime.timedelta(minutes=1))
        response = page.goto(f"/en/forum/messages/{conversation.pk}/")
        assert response.status == 403
        assert "Do you know one?" not in page.content()
        page.goto("/en/forum/")
        assert page.locator(".messages-link").count() == 0
    finally:
        context.close()
