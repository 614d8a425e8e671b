"""Known XSS payloads in posts, topic titles, profile fields and attachment names
never come back as script-bearing HTML."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from machina.core.db.models import get_model

from forum.markup import render_forum_markup
from search.indexing import process_pending as process_search_updates
from tests.accounts.mfa import force_login_with_2fa

from .conftest import make_topic

Attachment = get_model("forum_attachments", "Attachment")
ForumProfile = get_model("forum_member", "ForumProfile")

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "[x](javascript:alert(1))",
    "[x](javascript&#58alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](java&#x09;script:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<a href="#" onclick="alert(1)">x</a>',
    '![x](x" onerror="alert(1))',
    "<details open ontoggle=alert(1)>",
    '"><script>alert(1)</script>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<<script>script>alert(1)<</script>/script>",
    "[a](vbscript:msgbox(1))",
]


def assert_no_script(html, where):
    soup = BeautifulSoup(html, "html.parser")
    area = soup.find("main") or soup
    assert not area.find_all("script"), f"{where}: <script> element"
    assert not area.find_all(["iframe", "object", "embed", "svg", "math"]), f"{where}: active element"
    for element in area.find_all(True):
        for attribute, value in element.attrs.items():
            assert not attribute.lower().startswith("on"), f"{where}: {attribute} attribute on <{element.name}>"
            values = value if isinstance(value, list) else [value]
            for item in values:
                cleaned = "".join(str(item).split()).lower()
                assert not cleaned.startswith(("javascript:", "vbscript:", "data:")), f"{where}: {attribute}={item}"
                assert "javascript:" not in cleaned or attribute not in {"href", "src", "style"}, where


@pytest.mark.parametrize("payload", PAYLOADS)
def test_renderer_neutralises_payload(payload):
    assert_no_script(f"<main>{render_forum_markup(payload)}</main>", payload)


@pytest.fixture
def hostile_topic(forums, roles, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    author = roles["vetted"]
    body = "\n\n".join(PAYLOADS)
    topic, post = make_topic(
        forums["Hungary"], author, "<script>alert('title')</script> \"><img src=x onerror=alert(1)>", body
    )
    Attachment.objects.create(
        post=post,
        file=SimpleUploadedFile("notes.pdf", b"%PDF-1.4\n", content_type="application/pdf"),
        comment="<img src=x onerror=alert(1)>",
    )
    attachment = post.attachments.get()
    hostile_name = 'machina/attachments/"><img src=x onerror=alert(1)>.pdf'
    target = Path(settings.MEDIA_ROOT) / hostile_name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"%PDF-1.4\n")
    attachment.file.name = hostile_name
    attachment.save()
    profile, _created = ForumProfile.objects.get_or_create(user=author)
    profile.signature = "<script>alert('sig')</script>[x](javascript:alert(1))"
    profile.save()
    post.enable_signature = True
    post.save()
    process_search_updates()
    return topic


def test_topic_page_with_payloads_has_no_script(client, hostile_topic, roles):
    force_login_with_2fa(client, roles["moderator"])
    forum = hostile_topic.forum
    url = reverse(
        "forum_conversation:topic",
        kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk, "slug": hostile_topic.slug, "pk": hostile_topic.pk},
    )
    response = client.get(url)
    assert response.status_code == 200
    assert_no_script(response.content.decode(), "topic page")
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in response.content.decode()


def test_forum_list_feed_and_profile_with_payloads_have_no_script(client, hostile_topic, roles):
    force_login_with_2fa(client, roles["moderator"])
    forum = hostile_topic.forum
    for url in [
        reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk}),
        reverse("forum:index"),
        reverse("forum_member:profile", kwargs={"pk": roles["vetted"].pk}),
        reverse("forum_member:user_posts", kwargs={"pk": roles["vetted"].pk}),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_no_script(response.content.decode(), url)
    feed = client.get(reverse("forum_feeds:latest_topics")).content.decode()
    assert "<script>" not in feed


def test_attachment_download_is_never_rendered_inline(client, hostile_topic, roles):
    client.force_login(roles["vetted"])
    attachment = Attachment.objects.get(post__topic=hostile_topic)
    response = client.get(reverse("forum_conversation:attachment", kwargs={"pk": attachment.pk}))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "<" not in response["Content-Disposition"] and "\n" not in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"


def test_post_preview_with_payloads_has_no_script(client, forums, roles, settings):
    from .test_moderation import form_data

    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    client.force_login(roles["vetted"])
    forum = forums["Hungary"]
    url = reverse("forum_conversation:topic_create", kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk})
    response = client.post(url, form_data("<script>alert(1)</script>", "\n\n".join(PAYLOADS), preview="1"))
    assert response.status_code == 200
    assert_no_script(response.content.decode(), "preview")


def test_search_results_with_payloads_have_no_script(client, hostile_topic, roles):
    client.force_login(roles["vetted"])
    response = client.get(reverse("forum_search:search") + "?q=alert", follow=True)
    assert response.status_code == 200
    assert "result" in response.content.decode()
    assert_no_script(response.content.decode(), "search")
