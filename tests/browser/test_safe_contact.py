"""Safe contact in a real browser: a person in Belgium writes in Hungarian, keeps the code, a
Belgian helper takes it on and answers, hands over to a Hungarian helper who answers too, and the
person reads both answers with the code and writes back. axe-core checks every new page (the
public ones in all four languages; axe needs JavaScript, so those contexts have it), and the
person's part is done again with JavaScript turned off. Screenshots of the Hungarian public
pages go to var/screenshots/ for a person to look at."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from safecontact.models import Conversation
from tests.accounts.mfa import force_login_with_2fa
from tests.browser.standards import axe_violations, describe_violations, require_axe
from tests.safecontact.conftest import make_helper

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
BODY = "Brüsszelben dolgozom, elvették az útlevelemet."
FIRST_ANSWER = "Köszönjük az üzenetét. Brüsszelben tudunk segíteni."
SECOND_ANSWER = "Ha hazatér, Budapesten várjuk."


@pytest.fixture
def no_js_context(chromium, live_server):
    """new(javascript=False) -> a fresh browser context (no cookies), closed at the end."""
    contexts = []

    def new(locale="hu-HU", javascript=True):
        context = chromium.new_context(base_url=live_server.url, locale=locale, java_script_enabled=javascript)
        contexts.append(context)
        return context

    yield new
    for context in contexts:
        context.close()


def check_axe(page, where, problems):
    problems.extend(describe_violations(where, axe_violations(page)))


def signed_in_page(new_context, live_server, user):
    """A browser context with a session that used a password and a second factor."""
    client = force_login_with_2fa(Client(), user)
    context = new_context()
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])
    return context.new_page()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_person_and_helpers_across_borders(no_js_context, live_server, chromium, site_root):
    from django.core.cache import cache

    require_axe()
    cache.clear()
    belgian = make_helper("helper-be@example.org", ("BE", "hu"))
    hungarian = make_helper("helper-hu@example.org", ("HU", "hu"), language="hu")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []

    # The public pages in every language pass axe-core.
    for language in ("en", "nl", "hu", "fr"):
        page = no_js_context().new_page()
        for path in ("/safe-contact/", "/safe-contact/check/"):
            page.goto(f"/{language}{path}")
            check_axe(page, f"/{language}{path}", problems)

    person = no_js_context().new_page()
    person.goto("/hu/safe-contact/")
    person.screenshot(path=str(SCREENSHOTS / "safe-contact-write-hu.png"), full_page=True)
    # A mistake first: no country, the text is kept and the error is tied to the field.
    person.fill("textarea[name=body]", BODY)
    person.click("form.safe-contact__form button[type=submit]")
    assert person.input_value("textarea[name=body]") == BODY
    assert "Válassza ki, melyik országban van most." in person.inner_text("main")
    check_axe(person, "write form with errors", problems)
    person.check("input[name=country][value=BE]")
    person.check("input[name=language][value=hu]")
    person.click("form.safe-contact__form button[type=submit]")
    code = person.inner_text(".receipt__code").strip()
    assert re.fullmatch(r"\d{4} \d{4} \d{4} \d{4}", code)
    assert code.replace(" ", "") not in person.url
    person.screenshot(path=str(SCREENSHOTS / "safe-contact-receipt-hu.png"), full_page=True)
    check_axe(person, "receipt", problems)

    conversation = Conversation.objects.get()
    assert (conversation.country, conversation.language) == ("BE", "hu")

    helper = signed_in_page(no_js_context, live_server, belgian)
    helper.goto("/hu/safe-contact/inbox/")
    check_axe(helper, "inbox", problems)
    helper.click(f"a[href$='/inbox/{conversation.pk}/']")
    assert BODY in helper.inner_text("main")
    check_axe(helper, "conversation", problems)
    helper.click(f"form[action$='/{conversation.pk}/claim/'] button")
    helper.fill("form[action$='/answer/'] textarea[name=body]", FIRST_ANSWER)
    helper.click("form[action$='/answer/'] button")
    helper.check("form[action$='/hand-over/'] input[name=to_country][value=HU]")
    helper.click("form[action$='/hand-over/'] button")
    assert Conversation.objects.get().country == "HU"

    second = signed_in_page(no_js_context, live_server, hungarian)
    second.goto(f"/hu/safe-contact/inbox/{conversation.pk}/")
    assert BODY in second.inner_text("main") and FIRST_ANSWER in second.inner_text("main")
    second.click(f"form[action$='/{conversation.pk}/claim/'] button")
    second.fill("form[action$='/answer/'] textarea[name=body]", SECOND_ANSWER)
    second.click("form[action$='/answer/'] button")

    person.goto("/hu/safe-contact/check/")
    person.screenshot(path=str(SCREENSHOTS / "safe-contact-check-hu.png"), full_page=True)
    person.fill("input[name=code]", code)
    person.click("form.safe-contact__form button[type=submit]")
    mailbox = person.inner_text("main")
    assert FIRST_ANSWER in mailbox and SECOND_ANSWER in mailbox
    assert "Magyarország" in mailbox  # the hand-over, told in the person's words
    person.screenshot(path=str(SCREENSHOTS / "safe-contact-answers-hu.png"), full_page=True)
    check_axe(person, "mailbox with answers", problems)
    person.fill("textarea[name=body]", "Köszönöm, jövő héten hazautazom.")
    person.click("form.safe-contact__form button[type=submit]")
    assert "Az üzenetét elküldtük." in person.inner_text("main")
    assert Conversation.objects.get().entries.filter(kind="person").count() == 2

    # Without JavaScript the person does the same: write, get a code, read, write again.
    plain = no_js_context(javascript=False).new_page()
    plain.goto("/hu/safe-contact/")
    plain.check("input[name=country][value=NL]")
    plain.check("input[name=language][value=hu]")
    plain.fill("textarea[name=body]", "JavaScript nélkül írok.")
    plain.click("form.safe-contact__form button[type=submit]")
    plain_code = plain.inner_text(".receipt__code").strip()
    plain.goto("/hu/safe-contact/check/")
    plain.fill("input[name=code]", plain_code)
    plain.click("form.safe-contact__form button[type=submit]")
    assert "Még nincs válasz." in plain.inner_text("main")
    plain.fill("textarea[name=body]", "Még egyszer.")
    plain.click("form.safe-contact__form button[type=submit]")
    assert "Az üzenetét elküldtük." in plain.inner_text("main")
    assert Conversation.objects.get(country="NL").entries.count() == 2

    # A wrong code: an empty mailbox, nothing more.
    stranger = no_js_context().new_page()
    stranger.goto("/hu/safe-contact/check/")
    stranger.fill("input[name=code]", "0000 1111 2222 3333")
    stranger.click("form.safe-contact__form button[type=submit]")
    assert "Még nincs válasz." in stranger.inner_text("main")
    check_axe(stranger, "empty mailbox", problems)
    assert not problems, "\n".join(problems)
