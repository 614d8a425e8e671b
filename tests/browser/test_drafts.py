"""Drafts kept while writing, in a browser (issue 13, item 2): a vetted member writing a reply
in Hungarian sees it saved, finds it again in another browser, keeps it in the tab while the
server cannot be reached, and has an empty form once the reply is posted."""

import pytest
from playwright.sync_api import expect

from forum.community.models import PostDraft
from forum.community.structure import setup_forums
from tests.browser.standards import axe_violations, describe_violations, require_axe
from tests.browser.test_trust_signals import screenshots, shots_dir, sign_in
from tests.forum.conftest import make_topic, make_vetted

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_reply_is_kept_while_writing_and_gone_once_posted(chromium, live_server, home_page, settings, tmp_path):
    require_axe()
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    forums = setup_forums()
    writer = make_vetted("writer@example.org", language="hu")
    topic, _post = make_topic(forums["Hungary"], make_vetted("asker@example.org"), "Visszatérés", "Kérdés (minta).")
    url = f"/hu/forum/forum/{topic.forum.slug}-{topic.forum_id}/topic/{topic.slug}-{topic.pk}/post/create/"

    first = chromium.new_context(base_url=live_server.url, locale="hu-HU")
    page = first.new_page()
    sign_in(page, live_server, writer)
    page.goto(url)
    page.locator("#id_content").fill("A menedékhely két hét múlva fogad (minta).")
    expect(page.locator("#draft-status")).to_contain_text("Piszkozat elmentve", timeout=10000)
    assert PostDraft.objects.get(user=writer).content == "A menedékhely két hét múlva fogad (minta)."
    violations = axe_violations(page)
    assert not violations, "\n".join(describe_violations("reply form with a draft (hu)", violations))
    screenshots(page, shots_dir(tmp_path), "reply-draft-hu")

    # The server cannot be reached: the words stay in the tab and come back on reload.
    page.route("**/draft/", lambda route: route.abort())
    page.locator("#id_content").fill("Szöveg, amelyet a szerver nem kapott meg (minta).")
    expect(page.locator("#draft-status")).to_contain_text("ez a lap megőrzi", timeout=10000)
    page.reload()
    expect(page.locator("#id_content")).to_have_value("Szöveg, amelyet a szerver nem kapott meg (minta).")
    page.unroute("**/draft/")

    # Another browser (or the same one after closing the tab) finds the server's draft.
    second = chromium.new_context(base_url=live_server.url, locale="hu-HU")
    other = second.new_page()
    sign_in(other, live_server, writer)
    other.goto(url)
    expect(other.locator("#id_content")).not_to_have_value("")
    expect(other.locator("#draft-status")).to_contain_text("piszkozata van")
    second.close()

    page.locator("#id_content").fill("A menedékhely két hét múlva fogad (minta), a kísérő is megvan.")
    page.get_by_role("button", name="Küldés").click()
    page.wait_for_url("**?post=*")
    assert not PostDraft.objects.filter(user=writer).exists()
    page.goto(url)
    expect(page.locator("#id_content")).to_have_value("")
    first.close()
