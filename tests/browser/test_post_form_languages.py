"""The post form's new screens in all four languages (issue 13): with the @mention suggestions
open and a draft just saved, axe-core finds nothing, and the words around them are the reader's.
The journeys themselves: test_mentions.py, test_drafts.py, test_quote_and_mention.py."""

import pytest
from playwright.sync_api import expect

from forum.community.structure import setup_forums
from tests.browser.standards import axe_violations, describe_violations, require_axe
from tests.browser.test_trust_signals import screenshots, shots_dir, sign_in
from tests.forum.conftest import make_topic, make_vetted

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# language → (browser locale, the list's name, the words of a saved draft)
LANGUAGES = {
    "en": ("en-GB", "Members who may read this discussion", "Draft saved"),
    "nl": ("nl-NL", "Leden die deze discussie mogen lezen", "Concept opgeslagen"),
    "hu": ("hu-HU", "Tagok, akik olvashatják ezt a beszélgetést", "Piszkozat elmentve"),
    "fr": ("fr-FR", "Membres autorisés à lire cette discussion", "Brouillon enregistré"),
}


def test_suggestions_and_drafts_pass_axe_in_every_language(chromium, live_server, home_page, settings, tmp_path):
    require_axe()
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    forums = setup_forums()
    writer = make_vetted("writer@example.org")
    make_vetted("anna-k@example.org")
    topic, _post = make_topic(forums["Belgium"], make_vetted("asker@example.org"), "Night shelter", "Sample.")
    forum = topic.forum
    problems = []
    for language, (locale, list_name, saved) in LANGUAGES.items():
        writer.preferred_language = language
        writer.save(update_fields=["preferred_language"])
        context = chromium.new_context(base_url=live_server.url, locale=locale)
        page = context.new_page()
        sign_in(page, live_server, writer)
        page.goto(f"/{language}/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/post/create/")
        text = page.locator("#id_content")
        text.click()
        text.press_sequentially(f"Sample ({language}) @ann")
        expect(page.get_by_role("listbox", name=list_name).get_by_role("option")).to_have_count(1)
        expect(page.locator("#draft-status")).to_contain_text(saved, timeout=10000)
        problems.extend(describe_violations(f"reply form ({language})", axe_violations(page)))
        if language in ("en", "fr"):
            screenshots(page, shots_dir(tmp_path), f"reply-form-{language}")
        context.close()
    assert not problems, "\n".join(problems)
