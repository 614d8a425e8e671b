"""A reply with a quote and mentions, in a browser (issue 13, item 2): a vetted member selects
words of a post, quotes them, mentions a colleague from the suggestions and, by hand, someone
who may not read the expert area; the colleague is e-mailed a link, the other hears nothing."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from forum.community.structure import setup_forums
from tests.browser.test_trust_signals import sign_in
from tests.forum.conftest import make_topic, make_user, make_vetted

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUESTION = "Who receives the person at the border? The shelter in Pécs has two places (sample)."


def test_quote_the_selected_words_and_mention_a_colleague(chromium, live_server, home_page, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    forums = setup_forums()
    asker = make_vetted("asker@example.org")
    writer = make_vetted("writer@example.org")
    colleague = make_vetted("colleague-hu@example.org")
    outsider = make_user("outsider@example.org")
    topic, head = make_topic(forums["Hungary"], asker, "Transfer to Pécs", QUESTION)
    forum = topic.forum

    context = chromium.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    sign_in(page, live_server, writer)
    page.goto(f"/en/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/")
    # Select "The shelter in Pécs has two places" in the first post, then follow its Quote link.
    page.evaluate(
        """([postId, words]) => {
            const source = document.querySelector(`[data-quote-source="${postId}"]`);
            const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode()) && !node.textContent.includes(words)) {}
            const start = node.textContent.indexOf(words);
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + words.length);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
        }""",
        [head.pk, "The shelter in Pécs has two places"],
    )
    page.locator(f'a[data-quote-post="{head.pk}"]').click()
    text = page.locator("#id_content")
    expect(text).to_have_value("> **asker** wrote:\n>\n> The shelter in Pécs has two places\n\n")

    text.press("End")
    text.press_sequentially("We can take one. @colleague")
    option = page.get_by_role("listbox").get_by_role("option", name="@colleague-hu")
    expect(option).to_be_visible()
    text.press("Enter")
    text.press_sequentially(f"will call. And @{outsider.username} too.")
    assert text.input_value().endswith(f"We can take one. @colleague-hu will call. And @{outsider.username} too.")

    mail.outbox.clear()
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url("**?post=*")
    reply = page.locator(".forum-post").last
    expect(reply.locator("blockquote")).to_contain_text("The shelter in Pécs has two places")
    expect(reply.locator("blockquote")).not_to_contain_text("Who receives the person")
    context.close()

    told = [message for message in mail.outbox if "mentioned" in message.subject]
    assert [message.to for message in told] == [[colleague.email]]
    assert "We can take one" not in told[0].body and "Pécs" not in told[0].body
    assert not [message for message in mail.outbox if outsider.email in message.to]
