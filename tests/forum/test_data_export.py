"""A member's data export: everything the platform holds about them, as a zip, and
nothing about anyone else."""

import io
import json
import zipfile

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from machina.core.db.models import get_model
from wagtail.models import Locale

from directory.models import Expert, Organisation
from forum.community.forum_texts import localized
from forum.community.models import ForumSubscription, NotificationSettings, PostReport, RejectedPost
from forum.membership.models import Application
from forum.membership.privacy import export_user_data
from tests.accounts.mfa import SECRET, force_login_with_2fa

from .conftest import give_mfa, make_topic, make_user, make_vetted

Post = get_model("forum_conversation", "Post")
Attachment = get_model("forum_attachments", "Attachment")
ForumProfile = get_model("forum_member", "ForumProfile")

ATTACHMENT_BYTES = b"%PDF-1.4\n%rita's case notes\n"


def _add_attachment(post, name="rita-notes.pdf", content=ATTACHMENT_BYTES):
    return Attachment.objects.create(
        post=post, file=SimpleUploadedFile(name, content, content_type="application/pdf"), comment="RITA-FILE-COMMENT"
    )


@pytest.fixture
def rita(forums, settings):
    """Rita started a topic Viktor answered, replied in Viktor's topic, has a post waiting
    for approval and one rejected, a file, a signature, subscriptions, a report, an expert
    entry, two-factor authentication and a referee on her application."""
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    rita = make_vetted("rita@example.org", first_name="Rita", last_name="Rendes", language="hu")
    viktor = make_vetted("viktor@example.org", first_name="Viktor", last_name="Vidra")
    Application.objects.filter(user=rita).update(
        referee_kind=Application.RefereeKind.SUPERVISOR,
        referee_name="Sam Supervisor",
        referee_email="sam.supervisor@example.org",
        code_of_conduct_version=django_settings.MEMBERSHIP_CODE_OF_CONDUCT_VERSION,
        privacy_notice_version=django_settings.MEMBERSHIP_PRIVACY_NOTICE_VERSION,
        terms_accepted_at=timezone.now(),
    )
    forum = forums["Hungary"]
    topic, head = make_topic(forum, rita, "Shelter places in Szeged", "RITA-QUESTION-TEXT")
    viktor_reply = Post.objects.create(
        topic=topic, poster=viktor, subject="Re: Shelter places in Szeged", content="VIKTOR-REPLY-TEXT"
    )
    viktors_topic, viktor_head = make_topic(forum, viktor, "Interpreters in Ghent", "VIKTOR-QUESTION-TEXT")
    Post.objects.create(
        topic=viktors_topic, poster=rita, subject="Re: Interpreters in Ghent", content="RITA-REPLY-TEXT"
    )
    Post.objects.create(
        topic=viktors_topic,
        poster=rita,
        subject="Re: Interpreters in Ghent",
        content="RITA-PENDING-TEXT",
        approved=False,
    )
    attachment = _add_attachment(head)
    ForumProfile.objects.update_or_create(user=rita, defaults={"signature": "RITA-SIGNATURE"})
    ForumProfile.objects.update_or_create(user=viktor, defaults={"signature": "VIKTOR-SIGNATURE"})
    topic.subscribers.add(rita, viktor)
    viktors_topic.subscribers.add(rita)
    ForumSubscription.objects.create(user=rita, forum=forum)
    NotificationSettings.objects.create(user=rita, frequency=NotificationSettings.Frequency.DAILY)
    PostReport.objects.create(
        post=viktor_head,
        forum=forum,
        post_author=viktor,
        post_subject=viktor_head.subject,
        reporter=rita,
        reason="RITA-REPORT-REASON",
    )
    RejectedPost.objects.create(
        author=rita, forum=forum, subject="Rejected question", content="RITA-REJECTED-TEXT", reason="Off topic"
    )
    totp = give_mfa(rita)
    recovery_codes = RecoveryCodes.activate(rita)
    organisation = Organisation.objects.create(
        name="Sample Shelter",
        slug="sample-shelter",
        kind="ngo",
        country="HU",
        city="Szeged",
        locale=Locale.get_default(),
    )
    Expert.objects.create(
        organisation=organisation,
        full_name="Rita Rendes",
        role="RITA-EXPERT-ROLE",
        email="rita@example.org",
        user=rita,
    )
    Expert.objects.create(organisation=organisation, full_name="Viktor Vidra", email="viktor@example.org", user=viktor)
    return {
        "rita": rita,
        "viktor": viktor,
        "forum": forum,
        "topic": topic,
        "viktors_topic": viktors_topic,
        "viktor_reply": viktor_reply,
        "attachment": attachment,
        "totp": totp,
        "recovery_codes": recovery_codes,
    }


def _download(client, user=None):
    if user is not None:
        client.force_login(user)
    response = client.post("/en/membership/my-data/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    assert ".zip" in response["Content-Disposition"]
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_export_holds_everything_about_the_member_and_nobody_else(client, rita):
    archive = _download(client, rita["rita"])
    data = json.loads(archive.read("data.json"))
    forum_data = data["forum"]
    forum_name = localized(rita["forum"], "hu").name  # in Rita's language, as the rest of her copy
    assert forum_name == "Magyarország"

    # Topics and posts with their forums, the pending one included.
    assert [topic["topic"] for topic in forum_data["topics"]] == ["Shelter places in Szeged"]
    assert forum_data["topics"][0]["forum"] == forum_name
    posts = {post["content"]: post for post in forum_data["posts"]}
    assert set(posts) == {"RITA-QUESTION-TEXT", "RITA-REPLY-TEXT", "RITA-PENDING-TEXT"}
    assert posts["RITA-PENDING-TEXT"]["approved"] is False
    assert posts["RITA-REPLY-TEXT"]["topic"] == "Interpreters in Ghent"
    assert {post["forum"] for post in posts.values()} == {forum_name}
    assert forum_data["profile"]["signature"] == "RITA-SIGNATURE"
    assert {topic["topic"] for topic in forum_data["topic_subscriptions"]} == {
        "Shelter places in Szeged",
        "Interpreters in Ghent",
    }
    assert [item["forum"] for item in forum_data["forum_subscriptions"]] == [forum_name]
    assert forum_data["notification_settings"]["frequency"] == "daily"

    # The attachment, byte for byte, where data.json says it is.
    [attachment] = forum_data["attachments"]
    assert attachment["comment"] == "RITA-FILE-COMMENT"
    assert attachment["file"].startswith("attachments/") and attachment["file"].endswith("rita-notes.pdf")
    assert archive.read(attachment["file"]) == ATTACHMENT_BYTES
    assert posts["RITA-QUESTION-TEXT"]["attachments"] == [attachment["file"]]

    assert [report["reason"] for report in data["reports"]["made_by_you"]] == ["RITA-REPORT-REASON"]
    assert [post["content"] for post in data["rejected_posts"]] == ["RITA-REJECTED-TEXT"]
    assert [entry["role"] for entry in data["directory_entries"]] == ["RITA-EXPERT-ROLE"]
    assert {device["type"] for device in data["two_factor_authentication"]} == {
        Authenticator.Type.TOTP,
        Authenticator.Type.RECOVERY_CODES,
    }
    assert all(device["created_at"] for device in data["two_factor_authentication"])
    consents = {consent["document"]: consent for consent in data["consents"]}
    assert consents["code of conduct"]["version"] == django_settings.MEMBERSHIP_CODE_OF_CONDUCT_VERSION
    assert consents["privacy notice"]["version"] == django_settings.MEMBERSHIP_PRIVACY_NOTICE_VERSION
    assert consents["privacy notice"]["accepted_at"]
    assert data["application"]["referee"] == "referee given"

    # The README explains the archive in Rita's language (Hungarian).
    readme = archive.read("README.txt").decode()
    assert "attachments/" in readme and "data.json" in readme
    assert "Az Ön adatai" in readme
    # Every part of data.json is explained by its name.
    described = {line[2:].split(":")[0] for line in readme.splitlines() if line.startswith("- ")}
    described = {name.strip() for names in described for name in names.split(",")}
    assert set(data) - {"generated_at"} <= described, set(data) - described

    # Nothing of anyone else, and no secret.
    everything = "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    secrets = [SECRET, rita["recovery_codes"].instance.data["seed"], *rita["recovery_codes"].get_unused_codes()]
    others = ["Sam Supervisor", "sam.supervisor@example.org", "Viktor", "Vidra", "viktor@example.org"]
    others += ["VIKTOR-REPLY-TEXT", "VIKTOR-QUESTION-TEXT", "VIKTOR-SIGNATURE"]
    for absent in secrets + others:
        assert absent not in everything


def test_an_address_the_member_has_not_verified_brings_no_directory_entry(client, rita):
    """Adding someone else's address to one's account must not export their expert entry."""
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=rita["rita"], email="else@example.org", verified=False, primary=False)
    Expert.objects.create(
        organisation=Organisation.objects.get(slug="sample-shelter"), full_name="Elsa Else", email="else@example.org"
    )
    archive = _download(client, rita["rita"])
    assert "Elsa Else" not in archive.read("data.json").decode()


def test_the_export_takes_as_many_queries_for_many_posts_as_for_few(client, rita):
    user = rita["rita"]
    with CaptureQueriesContext(connection) as few:
        export_user_data(user)
    for number in range(4):
        topic, post = make_topic(rita["forum"], user, f"More questions {number}", f"RITA-MORE-{number}")
        _add_attachment(post, name=f"more-{number}.pdf")
        reply = Post.objects.create(topic=rita["viktors_topic"], poster=user, subject="Re", content=f"More {number}")
        _add_attachment(reply, name=f"reply-{number}.pdf")
        topic.subscribers.add(user)
    with CaptureQueriesContext(connection) as many:
        data = export_user_data(user)
    assert len(data["forum"]["posts"]) == 3 + 8
    assert len(data["forum"]["attachments"]) == 1 + 8
    assert len(many) == len(few)


def test_a_member_without_forum_activity_gets_an_archive_too(client, forums):
    user = make_user("quiet@example.org")
    archive = _download(client, user)
    data = json.loads(archive.read("data.json"))
    assert data["account"]["email"] == "quiet@example.org"
    assert data["application"] is None and data["forum"]["posts"] == []
    assert sorted(archive.namelist()) == ["README.txt", "data.json"]


def test_signed_out_visitors_and_moderators_without_a_second_factor_get_no_archive(client, roles):
    response = client.post("/en/membership/my-data/")
    assert response.status_code == 302 and "zip" not in response.get("Content-Type", "")
    moderator = roles["moderator"]
    client.force_login(moderator)  # password only: the role needs 2FA in this session
    response = client.post("/en/membership/my-data/")
    assert response.status_code == 302 and "zip" not in response.get("Content-Type", "")
    force_login_with_2fa(client, moderator)
    assert json.loads(_download(client).read("data.json"))["account"]["email"] == moderator.email
