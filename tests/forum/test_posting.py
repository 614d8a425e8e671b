"""Writing in the forum: the code-of-conduct rule, the personal-data warning that
loses nothing typed, attachments checked by content."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from machina.core.db.models import get_model
from PIL import Image

from .test_moderation import form_data

Topic = get_model("forum_conversation", "Topic")
Attachment = get_model("forum_attachments", "Attachment")


def _png():
    buffer = io.BytesIO()
    Image.new("RGBA", (1, 1)).save(buffer, "PNG")
    return buffer.getvalue()


PNG = _png()  # a real image: attachments are decoded and re-encoded without their metadata


@pytest.fixture
def author(client, roles, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    client.force_login(roles["vetted"])
    return roles["vetted"]


def create_url(forum):
    return reverse("forum_conversation:topic_create", kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk})


def test_post_form_shows_the_code_of_conduct(client, forums, author):
    page = client.get(create_url(forums["Hungary"])).content.decode()
    assert "Code of conduct: protect the people we discuss" in page


def test_personal_data_needs_confirmation_and_nothing_typed_is_lost(client, forums, author):
    forum = forums["Hungary"]
    text = "She can be reached on +36 1 555 0100, born 12/03/1990."
    response = client.post(create_url(forum), form_data("Contact for the return", text))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Check your text before posting" in page
    assert "phone number" in page.lower() and "date of birth" in page.lower()
    assert "+36 1 555 0100, born 12/03/1990." in page  # the textarea keeps the text
    assert 'value="Contact for the return"' in page
    assert not Topic.objects.filter(subject="Contact for the return").exists()

    response = client.post(create_url(forum), form_data("Contact for the return", text, confirm_no_personal_data="on"))
    assert response.status_code == 302
    assert Topic.objects.filter(subject="Contact for the return").exists()


def test_clean_text_posts_without_confirmation(client, forums, author):
    response = client.post(create_url(forums["Hungary"]), form_data("General question", "How long does it take?"))
    assert response.status_code == 302


def test_a_signature_is_attached_only_when_the_writer_ticks_it(client, forums, author):
    page = client.get(create_url(forums["Hungary"])).content.decode()
    checkbox = page[page.index('name="enable_signature"') - 120 : page.index('name="enable_signature"') + 80]
    assert "checked" not in checkbox
    client.post(create_url(forums["Hungary"]), form_data("Without a signature", "How long does it take?"))
    topic = Topic.objects.get(subject="Without a signature")
    assert topic.first_post.enable_signature is False
    edit_url = reverse(
        "forum_conversation:topic_update",
        kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum.pk, "slug": topic.slug, "pk": topic.pk},
    )
    topic.first_post.__class__.objects.filter(pk=topic.first_post_id).update(enable_signature=True)
    page = client.get(edit_url).content.decode()
    # An edited post keeps the writer's own choice.
    assert "checked" in page[page.index('name="enable_signature"') - 120 : page.index('name="enable_signature"') + 80]


def attachment_data(upload):
    return {
        "attachment-TOTAL_FORMS": "1",
        "attachment-INITIAL_FORMS": "0",
        "attachment-MIN_NUM_FORMS": "0",
        "attachment-MAX_NUM_FORMS": "5",
        "attachment-0-file": upload,
        "attachment-0-comment": "",
    }


def post_with_file(client, forum, subject, upload):
    data = {**form_data(subject, "See the attached file."), **attachment_data(upload)}
    return client.post(create_url(forum), data)


def test_image_checked_by_content_is_accepted_and_renamed(client, forums, author):
    response = post_with_file(client, forums["Hungary"], "With a picture", SimpleUploadedFile("chart.gif", PNG))
    assert response.status_code == 302
    attachment = Attachment.objects.get(post__topic__subject="With a picture")
    assert attachment.file.name.endswith("chart.png")  # the extension follows the content


@pytest.mark.parametrize(
    "name,content",
    [
        ("report.pdf", b"<html><script>alert(1)</script></html>"),  # HTML pretending to be a PDF
        ("tool.png", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64),  # a Windows executable
        ("notes.txt", b"plain text"),
    ],
)
def test_disallowed_content_is_refused_with_a_message(client, forums, author, name, content):
    response = post_with_file(client, forums["Hungary"], "Bad file", SimpleUploadedFile(name, content))
    assert response.status_code == 200
    assert "This type of file cannot be attached." in response.content.decode()
    assert not Topic.objects.filter(subject="Bad file").exists()


def test_too_large_file_is_refused(client, forums, author, settings):
    settings.FORUM_ATTACHMENT_MAX_SIZE = 1000
    big = SimpleUploadedFile("big.png", PNG + b"\x00" * 2000)
    response = post_with_file(client, forums["Hungary"], "Big file", big)
    assert response.status_code == 200
    assert "This file is too large" in response.content.decode()


def test_attachment_check_reads_the_bytes_not_the_name():
    from django import forms

    from forum.machina_apps.forum_conversation.forum_attachments.forms import check_upload

    assert check_upload(SimpleUploadedFile("x.bin", b"%PDF-1.7\n")).mime == "application/pdf"
    with pytest.raises(forms.ValidationError):
        check_upload(SimpleUploadedFile("x.pdf", b"just some words"))
