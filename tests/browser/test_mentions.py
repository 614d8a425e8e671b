"""@mention suggestions in a browser (issue 13, item 2): a vetted member writing in Hungarian
in the expert area types "@ann", is offered only the colleagues who may read the forum,
chooses one with the keyboard and finds the mention in the text; Escape closes the list and
leaves the words (and the page) alone. No axe-core violation with the list open."""

import pytest
from playwright.sync_api import expect

from forum.community.structure import setup_forums
from tests.browser.standards import axe_violations, describe_violations, require_axe
from tests.browser.test_trust_signals import screenshots, shots_dir, sign_in
from tests.forum.conftest import make_topic, make_user, make_vetted

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_choose_a_colleague_to_mention_with_the_keyboard(chromium, live_server, home_page, settings, tmp_path):
    require_axe()
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    forums = setup_forums()
    writer = make_vetted("writer@example.org", language="hu")
    make_vetted("anna-k@example.org")
    make_vetted("annamaria@example.org")
    make_user("anna-outsider@example.org")  # signed up, not vetted: may not read the expert area
    topic, _post = make_topic(forums["Hungary"], writer, "Visszatérés Miskolcra", "Első hozzászólás (minta).")
    forum = topic.forum

    context = chromium.new_context(base_url=live_server.url, locale="hu-HU")
    page = context.new_page()
    sign_in(page, live_server, writer)
    page.goto(f"/hu/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/post/create/")
    text = page.locator("#id_content")
    text.click()
    text.press_sequentially("Kérdezzük meg @ann")
    options = page.get_by_role("listbox", name="Tagok, akik olvashatják ezt a beszélgetést").get_by_role("option")
    expect(options).to_have_count(2)
    expect(options.nth(0)).to_contain_text("@anna-k")
    expect(options.nth(1)).to_contain_text("@annamaria")
    expect(page.locator("#mention-status")).to_contain_text("2 tagot találtunk")
    violations = axe_violations(page)
    assert not violations, "\n".join(describe_violations("reply form with suggestions (hu)", violations))
    screenshots(page, shots_dir(tmp_path), "mention-suggestions-hu")

    text.press("ArrowDown")
    expect(options.nth(1)).to_have_attribute("aria-selected", "true")
    text.press("Enter")
    expect(page.get_by_role("listbox")).to_be_hidden()
    assert text.input_value() == "Kérdezzük meg @annamaria "

    # Escape closes the list without touching the text or leaving the page.
    text.press_sequentially("és @anna-")
    expect(options).to_have_count(1)
    text.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    assert text.input_value() == "Kérdezzük meg @annamaria és @anna-"
    assert "/post/create/" in page.url
    context.close()
