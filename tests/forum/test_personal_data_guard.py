"""The personal-data check on everything members write, through the real forum views:
posts, replies and edits, polls, attachment comments and signatures; the rules moderators
set per forum in the Wagtail admin; and signatures kept from readers who are not vetted."""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from machina.core.db.models import get_model

from forum.community.models import PersonalDataRule
from tests.accounts.mfa import force_login_with_2fa

from .conftest import make_topic, make_user
from .test_moderation import form_data
from .test_posting import create_url

Topic = get_model("forum_conversation", "Topic")
Post = get_model("forum_conversation", "Post")
TopicPoll = get_model("forum_polls", "TopicPoll")
ForumProfile = get_model("forum_member", "ForumProfile")

TAJ = "123 456 788"  # a TAJ number with a right checksum


@pytest.fixture
def author(client, roles, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    client.force_login(roles["vetted"])
    return roles["vetted"]


def reply_url(topic):
    kwargs = {"forum_slug": topic.forum.slug, "forum_pk": topic.forum.pk, "topic_slug": topic.slug}
    return reverse("forum_conversation:post_create", kwargs={**kwargs, "topic_pk": topic.pk})


def topic_url(topic):
    kwargs = {"forum_slug": topic.forum.slug, "forum_pk": topic.forum.pk, "slug": topic.slug, "pk": topic.pk}
    return reverse("forum_conversation:topic", kwargs=kwargs)


def poll_data(question, *options):
    data = {
        "poll_question": question,
        "poll_max_options": "1",
        "poll-TOTAL_FORMS": str(len(options)),
        "poll-INITIAL_FORMS": "0",
        "poll-MIN_NUM_FORMS": "0",
        "poll-MAX_NUM_FORMS": "30",
    }
    for index, option in enumerate(options):
        data[f"poll-{index}-text"] = option
    return data


def errors(page):
    """The text of every error shown on the page (field errors and the form's own)."""
    field_errors = re.findall(r'<p class="form-field__error"[^>]*>(.*?)</p>', page, re.S)
    form_errors = re.findall(r'<div class="message message--error" role="alert">(.*?)</div>', page, re.S)
    return " ".join(field_errors + form_errors)


def block(forum, *kinds):
    return PersonalDataRule.objects.update_or_create(forum=forum, defaults={"blocking_kinds": list(kinds)})[0]


def test_poll_option_with_personal_data_needs_confirmation(client, forums, author):
    forum = forums["Hungary"]
    data = {
        **form_data("Which shelter?", "Please vote."),
        **poll_data("Where to go?", "Shelter A", "Call +36 1 555 0100"),
    }
    response = client.post(create_url(forum), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Check your text before posting" in page
    assert "Phone number (Poll option 2)" in page
    assert 'value="Call +36 1 555 0100"' in page  # the option is kept as typed
    assert not Topic.objects.filter(subject="Which shelter?").exists()

    response = client.post(create_url(forum), {**data, "confirm_no_personal_data": "on"})
    assert response.status_code == 302
    assert TopicPoll.objects.get(topic__subject="Which shelter?").options.count() == 2


def test_poll_question_is_checked(client, forums, author):
    data = {**form_data("A vote", "Please vote."), **poll_data("Is anna [at] example [dot] org right?", "Yes", "No")}
    page = client.post(create_url(forums["Hungary"]), data).content.decode()
    assert "E-mail address (Poll question)" in page
    assert not Topic.objects.filter(subject="A vote").exists()


def test_attachment_comment_is_checked(client, forums, author):
    data = {
        **form_data("With a file", "See the attached file."),
        "attachment-TOTAL_FORMS": "1",
        "attachment-0-comment": "Her account: nl91 abna 0417 1643 00",
    }
    page = client.post(create_url(forums["Hungary"]), data).content.decode()
    assert "Bank account (IBAN) (Comment on attachment 1)" in page
    assert "Her account: nl91 abna 0417 1643 00" in page
    assert not Topic.objects.filter(subject="With a file").exists()


def test_obfuscated_data_in_a_post_is_found(client, forums, author):
    text = "Write to anna [at] example [dot] org or call ０６ ２０ ５５５ ０１２３, Kossuth Lajos utca 12."
    page = client.post(create_url(forums["Hungary"]), form_data("Contact", text)).content.decode()
    for label in ("E-mail address (Message)", "Phone number (Message)", "Street address (Message)"):
        assert label in page


def test_blocking_rule_refuses_even_with_confirmation_and_keeps_the_text(client, forums, author):
    block(forums["Expert area"], "id_number")  # a rule on the area holds in every forum below it
    text = f"Her TAJ number is {TAJ}, she arrived last week."
    data = form_data("Registration question", text, confirm_no_personal_data="on")
    response = client.post(create_url(forums["Hungary"]), data)
    assert response.status_code == 200
    page = response.content.decode()
    shown = errors(page)
    assert "Message: passport or ID number “12…88” cannot be published here, even with confirmation" in shown
    assert TAJ not in shown  # the error names what was found without repeating it
    assert text in page  # the textarea keeps everything typed
    assert 'value="Registration question"' in page
    assert not Topic.objects.filter(subject="Registration question").exists()

    # Without the number it goes through; other kinds still only warn.
    data = form_data("Registration question", "She arrived last week.")
    assert client.post(create_url(forums["Hungary"]), data).status_code == 302


def test_blocking_rule_holds_for_replies_and_only_where_it_is_set(client, forums, author, roles):
    topic, _post = make_topic(forums["Hungary"], roles["vetted"], "Open question", "About the referral.")
    block(forums["Belgium"], "phone")
    data = form_data("Re: Open question", "Call her on 06 20 555 0123.", confirm_no_personal_data="on")
    assert client.post(reply_url(topic), data).status_code == 302  # Hungary has no rule: a warning, confirmed

    block(forums["Hungary"], "phone")
    data = form_data("Re: Open question", "Call her again on 06 20 555 0124.", confirm_no_personal_data="on")
    response = client.post(reply_url(topic), data)
    assert response.status_code == 200
    assert "Message: phone number “06…24” cannot be published here" in errors(response.content.decode())
    assert not Post.objects.filter(content__contains="0124").exists()


def test_an_edit_is_checked_like_a_new_post(client, forums, author, roles):
    topic, _first = make_topic(forums["Hungary"], author, "Referral steps", "Which steps come first?")
    reply = Post.objects.create(topic=topic, poster=author, subject="Re: Referral steps", content="The shelter.")
    block(forums["Hungary"], "address")
    kwargs = {"forum_slug": topic.forum.slug, "forum_pk": topic.forum.pk, "topic_slug": topic.slug}
    url = reverse("forum_conversation:post_update", kwargs={**kwargs, "topic_pk": topic.pk, "pk": reply.pk})
    text = "The shelter at Kossuth Lajos utca 12."
    data = form_data("Re: Referral steps", text, update_reason="Added where", confirm_no_personal_data="on")
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Message: street address “Ko…12” cannot be published here" in errors(response.content.decode())
    assert text in response.content.decode()
    reply.refresh_from_db()
    assert reply.content.raw == "The shelter."


def test_blocked_attachment_comment_is_refused(client, forums, author):
    block(forums["Hungary"], "iban")
    data = {
        **form_data("With a file", "See the attached file.", confirm_no_personal_data="on"),
        "attachment-TOTAL_FORMS": "1",
        "attachment-0-comment": "account NL91ABNA0417164300",
    }
    page = client.post(create_url(forums["Hungary"]), data).content.decode()
    assert "Comment on attachment 1: bank account (IBAN) “NL…00” cannot be published here" in errors(page)


def test_signature_is_checked_and_kept(client, forums, author):
    url = reverse("forum_member:profile_update")
    signature = "Anna Sample, anna.sample@example.org"
    response = client.post(url, {"signature": signature})
    assert response.status_code == 200
    page = response.content.decode()
    assert "E-mail address (Signature)" in page
    assert signature in page
    assert not ForumProfile.objects.filter(user=author, signature__contains="example.org").exists()

    assert client.post(url, {"signature": signature, "confirm_no_personal_data": "on"}).status_code == 302
    assert ForumProfile.objects.get(user=author).signature.raw == signature


def test_signature_follows_the_strictest_forum_rule(client, forums, author):
    # A signature appears under posts in every forum.
    block(forums["Workshops and study visits"], "email")
    url = reverse("forum_member:profile_update")
    data = {"signature": "anna.sample@example.org", "confirm_no_personal_data": "on"}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Signature: e-mail address “an…rg” cannot be published here" in errors(response.content.decode())
    assert not ForumProfile.objects.filter(user=author, signature__contains="example.org").exists()


def test_signatures_are_shown_to_vetted_readers_only(client, forums, roles):
    poster = roles["moderator"]
    ForumProfile.objects.update_or_create(user=poster, defaults={"signature": "SIGNATURE-OF-THE-POSTER"})
    topic, _post = make_topic(forums["Announcements"], poster, "Public news", "PUBLIC-TEXT for everyone.")
    page = client.get(topic_url(topic)).content.decode()
    assert "PUBLIC-TEXT for everyone." in page  # anonymous visitors read the topic...
    assert "SIGNATURE-OF-THE-POSTER" not in page  # ...but not the signature

    client.force_login(roles["unvetted"])
    assert "SIGNATURE-OF-THE-POSTER" not in client.get(topic_url(topic)).content.decode()

    client.force_login(roles["vetted"])
    assert "SIGNATURE-OF-THE-POSTER" in client.get(topic_url(topic)).content.decode()


RULES = "/admin/personal_data_rules/"


def test_moderators_set_blocking_kinds_in_the_admin(client, forums, roles):
    force_login_with_2fa(client, roles["moderator"])
    assert client.get(RULES).status_code == 200
    form = client.get(RULES + "new/").content.decode()
    assert 'type="checkbox" name="blocking_kinds" value="licence_plate"' in form
    response = client.post(
        RULES + "new/", {"forum": forums["Public area"].pk, "blocking_kinds": ["id_number", "phone"]}
    )
    assert response.status_code == 302
    rule = PersonalDataRule.objects.get(forum=forums["Public area"])
    assert sorted(rule.blocking_kinds) == ["id_number", "phone"]
    assert PersonalDataRule.blocking_kinds_for(forums["Questions to the experts"]) == {"id_number", "phone"}
    assert PersonalDataRule.blocking_kinds_for(forums["Hungary"]) == set()
    page = client.get(RULES).content.decode()
    assert "Public area" in page and "passport or ID number" in page


def test_people_who_are_not_moderators_cannot_change_the_rules(client, forums):
    editor = make_user("editor@example.org", groups=[settings.EDITORS_GROUP], is_staff=True)
    force_login_with_2fa(client, editor)
    response = client.post(RULES + "new/", {"forum": forums["Public area"].pk, "blocking_kinds": ["email"]})
    assert response.status_code in (302, 403)
    assert not PersonalDataRule.objects.exists()


def test_the_refusal_is_in_the_reader_s_language(client, forums, author):
    block(forums["Hungary"], "id_number")
    with translation.override("hu"):
        url = create_url(forums["Hungary"])
    data = form_data("Kérdés", f"TAJ: {TAJ}", confirm_no_personal_data="on")
    shown = errors(client.post(url, data).content.decode())
    assert "útlevél- vagy személyiigazolvány-szám “12…88” itt megerősítéssel sem tehető közzé" in shown


def pdf_with_text(text):
    """A one-page PDF whose text layer holds `text`, as a word processor's export would."""
    import io

    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    content = DecodedStreamObject()
    content.set_data(f"BT /F1 12 Tf 72 760 Td ({text}) Tj ET".encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(content)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def attachment_data(subject, pdf, **fields):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return {
        **form_data(subject, "See the attached file.", **fields),
        "attachment-TOTAL_FORMS": "1",
        "attachment-INITIAL_FORMS": "0",
        "attachment-0-file": SimpleUploadedFile("case-notes.pdf", pdf, content_type="application/pdf"),
    }


def test_the_text_of_an_attached_pdf_is_checked(client, forums, author):
    pdf = pdf_with_text(f"Intake form. TAJ: {TAJ}. Born 12.03.1998.")

    page = client.post(create_url(forums["Hungary"]), attachment_data("With a PDF", pdf)).content.decode()

    assert "Passport or ID number (Text of the PDF in attachment 1)" in page
    assert "Date of birth" in page or "date of birth" in page
    assert not Topic.objects.filter(subject="With a PDF").exists()


def test_a_pdf_without_personal_data_is_attached(client, forums, author):
    pdf = pdf_with_text("Referral checklist: interpreter, shelter, legal aid.")

    response = client.post(create_url(forums["Hungary"]), attachment_data("Checklist", pdf))

    assert response.status_code == 302
    assert Topic.objects.get(subject="Checklist").first_post.attachments.count() == 1


def test_a_blocking_rule_refuses_the_pdf_even_with_confirmation(client, forums, author):
    block(forums["Hungary"], "id_number")
    pdf = pdf_with_text(f"Intake form. TAJ: {TAJ}.")
    data = attachment_data("With a PDF", pdf, confirm_no_personal_data="on")

    page = client.post(create_url(forums["Hungary"]), data).content.decode()

    assert "Text of the PDF in attachment 1: passport or ID number “12…88” cannot be published here" in errors(page)
    assert not Topic.objects.filter(subject="With a PDF").exists()
