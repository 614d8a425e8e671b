"""Issue 13, items 1 and 7 in a browser: the asker marks the answer that solved their question,
a vetted reader sees who wrote it, and the expert finder in Hungarian. No axe-core violation on
either page; screenshots at 1280 and 390 px go to $SCREENSHOTS (or the test's tmp dir)."""

import datetime
import os
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.test import Client
from machina.core.db.models import get_model

from directory.models import DirectoryPage, Language
from directory.taxonomy_data import ensure_taxonomy
from forum.community.structure import setup_forums
from forum.membership.models import Application
from tests.browser.standards import axe_violations, describe_violations, require_axe
from tests.directory.conftest import make_expert, make_organisation
from tests.forum.conftest import make_topic, make_user, make_vetted

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
Post = get_model("forum_conversation", "Post")
WIDTHS = (1280, 390)


def sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url, "httpOnly": True}])


def shots_dir(tmp_path):
    directory = Path(os.environ.get("SCREENSHOTS") or tmp_path)
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def screenshots(page, directory, name):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(directory / f"{name}-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} scrolls sideways at {width} px"


@pytest.fixture
def world(home_page, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    ensure_taxonomy()
    directory = DirectoryPage(title="Directory", slug="directory", per_page=10)
    home_page.add_child(instance=directory)
    directory.save_revision().publish()
    forums = setup_forums()
    shelter = make_organisation("ghent-shelter-sample", name="Ghent Shelter (sample)", country="BE", kind="ngo",
                                services=["shelter", "legal-aid"])  # fmt: skip
    police = make_organisation("budapest-unit-sample", name="Budapest Police Unit (sample)", country="HU",
                               kind="law-enforcement", services=["identification"])  # fmt: skip
    for organisation, name, email, codes in (
        (shelter, "Anna Example", "anna@example.org", ["nl", "fr", "en"]),
        (police, "Béla Example", "bela@example.org", ["hu", "en"]),
    ):
        expert = make_expert(organisation, name, email, role="Coordinator (sample)", is_sample=True)
        expert.languages.set(Language.objects.filter(code__in=codes))
    writer = make_vetted("prosecutor@example.org")
    Application.objects.filter(user=writer).update(
        organisation=shelter, organisation_name="", country="BE", sector="ngo", full_name="Petra Example",
        create_directory_entry=True, valid_from=datetime.datetime(2025, 3, 12, tzinfo=datetime.UTC),
    )  # fmt: skip
    asker = make_user("asker@example.org")
    topic, _head = make_topic(
        forums["Questions to the experts"], asker, "Who coordinates care after a transfer?",
        "Which office coordinates care when a victim is transferred from Belgium to Hungary?",
    )  # fmt: skip
    answer = Post.objects.create(
        topic=topic, poster=writer, subject="Re: Who coordinates care after a transfer?",
        content="The shelter that receives the person coordinates with the municipality (sample answer).",
    )  # fmt: skip
    return {"topic": topic, "answer": answer, "asker": asker, "reader": make_vetted("reader@example.org")}


def test_mark_a_solution_see_who_wrote_it_and_find_experts(chromium, live_server, world, tmp_path):
    require_axe()
    topic, answer = world["topic"], world["answer"]
    url = f"/en/forum/forum/{topic.forum.slug}-{topic.forum_id}/topic/{topic.slug}-{topic.pk}/"
    directory = shots_dir(tmp_path)

    asker_context = chromium.new_context(base_url=live_server.url, locale="en-GB")
    page = asker_context.new_page()
    sign_in(page, live_server, world["asker"])
    page.goto(url)
    page.get_by_role("button", name="Mark as the solution").click()
    page.wait_for_url(f"**?post={answer.pk}*")
    assert page.get_by_text("The reply is marked as the solution of this question.").is_visible()
    asker_context.close()

    context = chromium.new_context(base_url=live_server.url, locale="hu-HU")
    page = context.new_page()
    sign_in(page, live_server, world["reader"])
    page.goto(url)
    html = page.content()
    assert "Go to the answer marked as the solution" in html
    assert "Ghent Shelter (sample)" in html and "Belgium" in html and "Vetted since" in html
    assert "1 answer marked as a solution" in html
    violations = axe_violations(page)
    assert not violations, "\n".join(describe_violations("topic", violations))
    screenshots(page, directory, "topic-vetted-en")

    page.goto("/hu/forum/community/experts/")
    html = page.content()
    assert "Szakértőkereső" in html and "Petra Example" in html and "Béla Example" in html
    violations = axe_violations(page)
    assert not violations, "\n".join(describe_violations("expert finder (hu)", violations))
    screenshots(page, directory, "expert-finder-hu")
    page.get_by_label("Ország").select_option("HU")
    page.get_by_role("button", name="Szakértők megjelenítése").click()
    html = page.content()
    assert "Béla Example" in html and "Anna Example" not in html
    page.goto(f"/hu/forum/forum/{topic.forum.slug}-{topic.forum_id}/topic/{topic.slug}-{topic.pk}/")
    screenshots(page, directory, "topic-vetted-hu")
    context.close()
