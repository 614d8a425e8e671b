"""Direct messages between vetted members (issue 13, item 3), through the real pages: starting
a conversation and replying, groups, who can read, the personal-data guard, the e-mail without
content, reporting, blocking, losing access, the member's export and erasure, query counts."""

import datetime
import re

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from forum.community.models import PersonalDataRule
from forum.direct_messages import services
from forum.direct_messages.models import Conversation, Message, MessageReport
from forum.membership.data_export import export_user_data
from forum.membership.models import Application
from forum.membership.privacy import delete_account
from tests.accounts.mfa import force_login_with_2fa

from .conftest import make_vetted

TAJ = "123 456 788"  # a TAJ number with a right checksum
INBOX = "direct_messages:inbox"


@pytest.fixture
def members(roles):
    return {
        "anna": roles["vetted"],
        "bence": make_vetted("bence@example.org"),
        "chloe": make_vetted("chloe@example.org"),
        "daan": make_vetted("daan@example.org"),
    }


def conversation_url(conversation):
    return reverse("direct_messages:conversation", args=[conversation.pk])


def send_new(client, to, subject="Shelter places in Győr", body="Do you have a place next week?", **extra):
    return client.post(reverse("direct_messages:new"), {"to": to, "subject": subject, "body": body, **extra})


def text_of(response):
    return response.content.decode()


def test_start_a_conversation_and_reply(client, members):
    anna, bence = members["anna"], members["bence"]
    client.force_login(anna)
    response = send_new(client, bence.username, body="Do you have a **place** next week?")
    conversation = Conversation.objects.get()
    assert response.status_code == 302 and response["Location"] == conversation_url(conversation)
    page = text_of(client.get(conversation_url(conversation)))
    assert "Shelter places in Győr" in page and "<strong>place</strong>" in page

    client.force_login(bence)
    header = text_of(client.get(reverse(INBOX)))
    assert 'Messages <span class="messages-link__count">(1 unread)</span>' in header
    assert "Shelter places in Győr" in header and "dm-inbox__row--unread" in header
    page = text_of(client.get(conversation_url(conversation)))
    assert "Do you have a <strong>place</strong> next week?" in page
    assert "(0 unread)" in page  # the conversation being read is no longer counted
    response = client.post(reverse("direct_messages:reply", args=[conversation.pk]), {"body": "Yes, two places."})
    assert response.status_code == 302
    assert "(0 unread)" in text_of(client.get(reverse(INBOX)))

    client.force_login(anna)
    assert "(1 unread)" in text_of(client.get(reverse(INBOX)))
    assert "Yes, two places." in text_of(client.get(conversation_url(conversation)))
    assert "(0 unread)" in text_of(client.get(reverse(INBOX)))


def test_the_pages_are_not_indexed_nor_cached(client, members):
    client.force_login(members["anna"])
    response = client.get(reverse(INBOX))
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex, nofollow">' in text_of(response)


def test_group_conversation_up_to_eight_people(client, members):
    client.force_login(members["anna"])
    send_new(client, f"{members['bence'].username}, {members['chloe'].username}", subject="Joint case")
    conversation = Conversation.objects.get()
    assert conversation.participants.count() == 3
    for name in ("bence", "chloe"):
        client.force_login(members[name])
        assert "Joint case" in text_of(client.get(reverse(INBOX)))
        assert client.get(conversation_url(conversation)).status_code == 200

    many = ", ".join(make_vetted(f"member{number}@example.org").username for number in range(8))
    client.force_login(members["anna"])
    response = send_new(client, many)
    assert response.status_code == 400
    assert "A conversation has at most 7 other members." in text_of(response)
    assert Conversation.objects.count() == 1


def test_only_participants_read_a_conversation(client, members, roles):
    conversation = services.start(members["anna"], [members["bence"]], "PRIVATE-SUBJECT", "PRIVATE-TEXT")
    url = conversation_url(conversation)
    client.force_login(members["daan"])
    assert client.get(url).status_code == 404
    assert "PRIVATE-SUBJECT" not in text_of(client.get(reverse(INBOX)))
    force_login_with_2fa(client, roles["moderator"])
    response = client.get(url)
    assert response.status_code == 404 and "PRIVATE-TEXT" not in text_of(response)
    # A reply posted by a non-participant goes nowhere.
    client.force_login(members["daan"])
    assert client.post(reverse("direct_messages:reply", args=[conversation.pk]), {"body": "hi"}).status_code == 404
    assert conversation.messages.count() == 1


@pytest.mark.parametrize("role", ["expired", "suspended", "unvetted", "pending"])
def test_members_without_a_current_membership_are_refused(client, members, roles, role):
    client.force_login(members["anna"])
    response = send_new(client, roles[role].username)
    assert response.status_code == 400
    assert f"{roles[role].username} is not a member you can write to." in text_of(response)

    client.force_login(roles[role])
    assert client.get(reverse(INBOX)).status_code == 403
    assert client.get(reverse("direct_messages:new")).status_code == 403


def test_access_ends_when_membership_expires(client, members, django_capture_on_commit_callbacks):
    anna, bence = members["anna"], members["bence"]
    conversation = services.start(anna, [bence], "Case", "BEFORE-EXPIRY")
    client.force_login(bence)
    assert client.get(conversation_url(conversation)).status_code == 200
    Application.objects.filter(user=bence).update(valid_until=timezone.now() - datetime.timedelta(minutes=1))
    response = client.get(conversation_url(conversation))
    assert response.status_code == 403 and "BEFORE-EXPIRY" not in text_of(response)
    assert client.post(reverse("direct_messages:reply", args=[conversation.pk]), {"body": "x"}).status_code == 403
    assert "messages-link" not in text_of(client.get("/en/forum/"))
    # Nobody is e-mailed about messages they can no longer read.
    mail.outbox.clear()
    client.force_login(anna)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        client.post(reverse("direct_messages:reply", args=[conversation.pk]), {"body": "Still there?"})
    assert len(callbacks) == 1 and mail.outbox == []


def test_personal_data_guard_warns_then_accepts_with_confirmation(client, members):
    client.force_login(members["anna"])
    response = send_new(client, members["bence"].username, body=f"Her TAJ number is {TAJ}.")
    assert response.status_code == 400
    page = text_of(response)
    assert "Check your text before posting" in page and TAJ in page
    assert f"Her TAJ number is {TAJ}." in page  # the text is kept
    assert not Conversation.objects.exists()
    response = send_new(
        client, members["bence"].username, body=f"Her TAJ number is {TAJ}.", confirm_no_personal_data="on"
    )
    assert response.status_code == 302 and Message.objects.count() == 1


def test_personal_data_guard_applies_the_strictest_forum_rule(client, members, forums):
    # A rule of any one forum applies to messages, which are in no forum.
    PersonalDataRule.objects.create(forum=forums["Hungary"], blocking_kinds=["id_number"])
    conversation = services.start(members["anna"], [members["bence"]], "Case", "Hello")
    client.force_login(members["anna"])
    response = client.post(
        reverse("direct_messages:reply", args=[conversation.pk]),
        {"body": f"TAJ {TAJ}", "confirm_no_personal_data": "on"},
    )
    assert response.status_code == 400
    assert "cannot be published here, even with confirmation" in text_of(response)
    assert conversation.messages.count() == 1


def test_the_email_says_only_that_there_is_a_message(client, members, django_capture_on_commit_callbacks):
    bence = members["bence"]
    client.force_login(members["anna"])
    with django_capture_on_commit_callbacks(execute=True):
        send_new(client, bence.username, subject="SECRET-SUBJECT", body="SECRET-BODY")
    conversation = Conversation.objects.get()
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [bence.email]
    assert email.subject == "You have a new message"
    assert f"/en/forum/messages/{conversation.pk}/" in email.body
    for secret in ("SECRET-SUBJECT", "SECRET-BODY", members["anna"].username, members["anna"].email):
        assert secret not in email.subject and secret not in email.body
    # One e-mail until the conversation is read.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("direct_messages:reply", args=[conversation.pk]), {"body": "And another thing"})
    assert len(mail.outbox) == 1
    client.force_login(bence)
    client.get(conversation_url(conversation))
    client.force_login(members["anna"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("direct_messages:reply", args=[conversation.pk]), {"body": "Third"})
    assert len(mail.outbox) == 2


def test_the_email_is_in_the_recipients_language(client, members, django_capture_on_commit_callbacks):
    hu = make_vetted("hu-member@example.org", language="hu")
    client.force_login(members["anna"])
    with django_capture_on_commit_callbacks(execute=True):
        send_new(client, hu.username)
    assert mail.outbox[-1].subject == "Új üzenete érkezett"
    assert "/hu/forum/messages/" in mail.outbox[-1].body


def test_report_a_message_and_moderators_see_it_alone(client, members, roles):
    anna, bence = members["anna"], members["bence"]
    conversation = services.start(anna, [bence], "Case", "OTHER-MESSAGE")
    reported = services.reply(conversation, anna, "ABUSIVE-MESSAGE")
    client.force_login(bence)
    assert client.get(reverse("direct_messages:report", args=[reported.pk])).status_code == 200
    response = client.post(reverse("direct_messages:report", args=[reported.pk]), {"reason": "Abusive"})
    assert response.status_code == 302
    report = MessageReport.objects.get()
    assert report.message == reported and report.reporter == bence
    # The writer cannot report their own message, an outsider cannot report any.
    client.force_login(anna)
    assert client.get(reverse("direct_messages:report", args=[reported.pk])).status_code == 404
    client.force_login(members["daan"])
    assert client.post(reverse("direct_messages:report", args=[reported.pk]), {"reason": "x"}).status_code == 404

    force_login_with_2fa(client, roles["moderator"])
    listing = text_of(client.get("/admin/reported_direct_messages/"))
    assert reverse("direct_messages:report_detail", args=[report.pk]) in listing
    detail = text_of(client.get(reverse("direct_messages:report_detail", args=[report.pk])))
    assert "ABUSIVE-MESSAGE" in detail and "Abusive" in detail and "OTHER-MESSAGE" not in detail
    page = text_of(client.get(conversation_url(conversation)))
    assert "ABUSIVE-MESSAGE" in page and "OTHER-MESSAGE" not in page
    client.post(reverse("direct_messages:report_detail", args=[report.pk]), {"status": "dismissed", "note": "ok"})
    report.refresh_from_db()
    assert report.status == "dismissed" and report.handled_by == roles["moderator"]

    client.force_login(bence)
    assert client.get(reverse("direct_messages:report_detail", args=[report.pk])).status_code == 403
    assert client.get("/admin/reported_direct_messages/").status_code in (302, 403)


def test_reports_and_decisions_on_messages_are_in_the_audit_log_without_words(client, members, roles):
    from forum.membership.models import AuditEntry

    anna, bence = members["anna"], members["bence"]
    conversation = services.start(anna, [bence], "PRIVATE-SUBJECT", "PRIVATE-FIRST")
    reported = services.reply(conversation, anna, "PRIVATE-ABUSIVE")
    client.force_login(bence)
    client.post(reverse("direct_messages:report", args=[reported.pk]), {"reason": "Abusive"})
    report = MessageReport.objects.get()
    force_login_with_2fa(client, roles["moderator"])
    client.post(
        reverse("direct_messages:report_detail", args=[report.pk]),
        {"status": "action_taken", "note": "Told her: PRIVATE-ABUSIVE is not acceptable"},
    )

    reported_entry = AuditEntry.objects.get(action="direct_message_reported")
    assert (reported_entry.actor, reported_entry.subject, reported_entry.to_state) == (bence, anna, "open")
    decided = AuditEntry.objects.get(action="direct_message_report_decided")
    assert (decided.actor, decided.subject) == (roles["moderator"], anna)
    assert (decided.get_from_state_display(), decided.get_to_state_display()) == ("Open", "Action taken")
    assert decided.get_action_display() == "Report on a direct message decided"
    for entry in AuditEntry.objects.all():
        recorded = " ".join([entry.reason, entry.target_repr, entry.from_state, entry.to_state])
        assert "PRIVATE" not in recorded and "Told her" not in recorded


def test_each_message_is_marked_up_in_the_language_it_was_written_in(client, members):
    anna, bence = members["anna"], members["bence"]
    bence.preferred_language = "nl"
    bence.save(update_fields=["preferred_language"])
    conversation = services.start(anna, [bence], "Case", "Written before languages were asked.")
    client.force_login(bence)
    page = client.get(conversation_url(conversation)).content.decode()
    # The reply form starts on the writer's interface language.
    assert '<option value="nl" selected lang="nl">Nederlands</option>' in page
    response = client.post(
        reverse("direct_messages:reply", args=[conversation.pk]), {"body": "An English reply.", "language": "en"}
    )
    assert response.status_code == 302
    reply = Message.objects.get(body="An English reply.")
    assert reply.language == "en"
    page = client.get(conversation_url(conversation)).content.decode()
    assert '<div class="rich-text" lang="en"><p>An English reply.</p>' in page
    # Anna's first message recorded no language: it is in her interface language (English).
    assert '<div class="rich-text" lang="en"><p>Written before languages were asked.</p>' in page
    [exported] = export_user_data(bence)["direct_messages"]["conversations"]
    assert [message["language"] for message in exported["your_messages"]] == ["en"]


def test_block_a_member(client, members):
    anna, bence = members["anna"], members["bence"]
    conversation = services.start(anna, [bence], "Case", "ANNA-BEFORE-BLOCK")
    client.force_login(bence)
    response = client.post(reverse("direct_messages:block"), {"user": anna.pk, "conversation": conversation.pk})
    assert response.status_code == 302
    page = text_of(client.get(conversation_url(conversation)))
    assert "ANNA-BEFORE-BLOCK" not in page and "1 message from a member you blocked is hidden." in page

    client.force_login(anna)
    response = client.post(reverse("direct_messages:reply", args=[conversation.pk]), {"body": "Hello?"})
    assert response.status_code == 403
    assert "You cannot write in this conversation any more." in text_of(client.get(conversation_url(conversation)))
    response = send_new(client, bence.username)
    assert response.status_code == 400 and f"{bence.username} is not a member you can write to." in text_of(response)
    assert Conversation.objects.count() == 1

    client.force_login(bence)
    response = send_new(client, anna.username)
    assert "You have blocked" in text_of(response)
    client.post(reverse("direct_messages:blocked"), {"user": anna.pk})
    assert "ANNA-BEFORE-BLOCK" in text_of(client.get(conversation_url(conversation)))


def test_only_someone_met_in_a_conversation_can_be_blocked(client, members):
    client.force_login(members["anna"])
    assert client.post(reverse("direct_messages:block"), {"user": members["daan"].pk}).status_code == 404
    assert client.post(reverse("direct_messages:block"), {"user": "abc"}).status_code == 404


def test_export_holds_the_members_own_messages_only(members):
    anna, bence = members["anna"], members["bence"]
    conversation = services.start(anna, [bence], "Exported case", "ANNA-WORDS")
    services.reply(conversation, bence, "BENCE-WORDS")
    data = export_user_data(anna)["direct_messages"]
    [exported] = data["conversations"]
    assert exported["subject"] == "Exported case" and exported["participants"] == 2
    assert [message["text"] for message in exported["your_messages"]] == ["ANNA-WORDS"]
    assert "BENCE-WORDS" not in str(data) and bence.username not in str(data)


@pytest.mark.parametrize("keep_text", [True, False])
def test_erasure_keeps_the_conversation_for_the_others(client, members, keep_text):
    anna, bence = members["anna"], members["bence"]
    conversation = services.start(anna, [bence], "Case", "ANNA-WORDS")
    services.reply(conversation, bence, "BENCE-WORDS")
    alone = services.start(anna, [members["chloe"]], "Alone", "ONLY-ANNA")
    delete_account(members["chloe"])
    delete_account(anna, keep_text=keep_text)
    assert not Conversation.objects.filter(pk=alone.pk).exists()
    client.force_login(bence)
    page = text_of(client.get(conversation_url(conversation)))
    assert "former member" in page and "BENCE-WORDS" in page
    assert ("ANNA-WORDS" in page) is keep_text
    if not keep_text:
        assert "The writer has left the platform and removed this message." in page


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_query_counts_do_not_grow_with_messages_or_conversations(client, members):
    anna = members["anna"]
    others = [members["bence"], members["chloe"], members["daan"]]
    first = services.start(anna, others[:1], "First", "one")
    client.force_login(anna)
    for _warm in range(2):
        client.get(reverse(INBOX))
        client.get(conversation_url(first))
    small_inbox, small_page = _queries(client, reverse(INBOX)), _queries(client, conversation_url(first))
    for number in range(6):
        conversation = services.start(anna, others[: 1 + number % 3], f"Case {number}", "hello")
        services.reply(conversation, others[0], "reply")
    for number in range(15):
        services.reply(first, others[0] if number % 2 else anna, f"message {number}")
    assert _queries(client, reverse(INBOX)) == small_inbox
    assert _queries(client, conversation_url(first)) == small_page


def test_send_a_message_links_from_profiles_and_posts(client, members, expert_content):
    client.force_login(members["bence"])
    profile = text_of(client.get(reverse("forum_member:profile", kwargs={"pk": members["anna"].pk})))
    link = f"{reverse('direct_messages:new')}?to={members['anna'].username}"
    assert link in profile
    topic = expert_content.topic
    page = text_of(
        client.get(
            reverse(
                "forum_conversation:topic",
                kwargs={
                    "forum_slug": topic.forum.slug,
                    "forum_pk": topic.forum.pk,
                    "slug": topic.slug,
                    "pk": topic.pk,
                },
            )
        )
    )
    assert link in page
    form = text_of(client.get(link))
    assert re.search(rf'name="to"[^>]*value="{members["anna"].username}"', form)


def test_an_attached_photo_loses_its_metadata_and_only_participants_download_it(client, members, roles):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from forum.direct_messages.models import MessageAttachment

    from ..home.test_image_metadata import photo_with_gps

    client.force_login(members["anna"])
    upload = SimpleUploadedFile("station.jpg", photo_with_gps(), content_type="image/jpeg")
    response = send_new(client, members["bence"].username, attachment=upload)
    assert response.status_code == 302
    attachment = MessageAttachment.objects.get()
    with attachment.file.open("rb") as stored:
        data = stored.read()
    for secret in (b"SecretCam", b"EOS-SECRET", b"XMP-SECRET", b"GPS"):
        assert secret not in data
    url = reverse("direct_messages:attachment", args=[attachment.pk])
    client.force_login(members["bence"])
    assert "station.jpg" in text_of(client.get(conversation_url(attachment.message.conversation)))
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == data
    client.force_login(members["daan"])
    assert client.get(url).status_code == 404
    force_login_with_2fa(client, roles["moderator"])
    assert client.get(url).status_code == 404
    services.report(attachment.message, members["bence"], "Look at this photo")
    assert client.get(url).status_code == 200
    assert attachment.file.name.startswith("direct_messages/") and "images/" not in attachment.file.name


def test_an_attachment_follows_the_forum_rules(client, members):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .test_personal_data_guard import pdf_with_text

    client.force_login(members["anna"])
    program = SimpleUploadedFile("tool.exe", b"MZ\x90\x00" + b"\x00" * 200, content_type="application/octet-stream")
    response = send_new(client, members["bence"].username, attachment=program)
    assert response.status_code == 400 and "This type of file cannot be attached." in text_of(response)
    pdf = SimpleUploadedFile("case.pdf", pdf_with_text(f"TAJ {TAJ}"), content_type="application/pdf")
    response = send_new(client, members["bence"].username, attachment=pdf)
    assert response.status_code == 400
    assert "Text of the attached PDF" in text_of(response) and not Conversation.objects.exists()


def test_erasure_deletes_the_members_files_and_export_holds_them(client, members):
    import io
    import zipfile

    from django.core.files.uploadedfile import SimpleUploadedFile

    from forum.direct_messages.models import MessageAttachment
    from forum.membership.data_export import write_export_archive

    from .test_personal_data_guard import pdf_with_text

    client.force_login(members["anna"])
    pdf = SimpleUploadedFile("plan.pdf", pdf_with_text("Travel plan"), content_type="application/pdf")
    assert send_new(client, members["bence"].username, attachment=pdf).status_code == 302
    attachment = MessageAttachment.objects.get()
    buffer = io.BytesIO()
    write_export_archive(members["anna"], buffer)
    names = zipfile.ZipFile(buffer).namelist()
    assert f"direct_messages/{attachment.pk}-plan.pdf" in names
    storage, name = attachment.file.storage, attachment.file.name
    delete_account(members["anna"], keep_text=True)
    assert not MessageAttachment.objects.exists() and not storage.exists(name)
