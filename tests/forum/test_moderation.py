"""New members' first posts wait for approval; rejection carries a reason the author
is told; reports go to a moderators' queue where every decision is recorded."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.urls import reverse
from machina.core.db.models import get_model

from forum.community.models import PostReport, RejectedPost
from forum.membership.models import Application, AuditEntry
from tests.accounts.mfa import force_login_with_2fa

from .conftest import make_topic, make_vetted

Post = get_model("forum_conversation", "Post")
Topic = get_model("forum_conversation", "Topic")


def form_data(subject, content, **extra):
    return {
        "subject": subject,
        "content": content,
        "attachment-TOTAL_FORMS": "0",
        "attachment-INITIAL_FORMS": "0",
        "attachment-MIN_NUM_FORMS": "0",
        "attachment-MAX_NUM_FORMS": "5",
        **extra,
    }


def create_topic(client, forum, subject, content="A question about the referral procedure.", **extra):
    url = reverse("forum_conversation:topic_create", kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk})
    return client.post(url, form_data(subject, content, **extra))


@pytest.fixture
def newcomer(forums, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 2
    return make_vetted("newcomer@example.org")


def test_first_posts_of_a_new_member_wait_for_approval(
    client, forums, roles, newcomer, django_capture_on_commit_callbacks
):
    client.force_login(newcomer)
    forum = forums["Belgium"]
    with django_capture_on_commit_callbacks(execute=True):
        response = create_topic(client, forum, "My first question")
    assert response.status_code == 302
    topic = Topic.objects.get(subject="My first question")
    assert not topic.approved and not topic.first_post.approved
    # The moderators hear about it, without the text.
    assert [m.to for m in mail.outbox] == [[roles["moderator"].email]]
    assert "referral procedure" not in mail.outbox[0].body
    # Other members do not see it.
    client.force_login(roles["vetted"])
    assert "My first question" not in client.get(reverse("forum:forum", args=[forum.slug, forum.pk])).content.decode()

    force_login_with_2fa(client, roles["moderator"])
    response = client.post(reverse("forum_moderation:approve_queued_post", args=[topic.first_post.pk]))
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.approved
    assert AuditEntry.objects.filter(action="forum_post_approved", subject=newcomer, actor=roles["moderator"]).exists()

    client.force_login(newcomer)
    create_topic(client, forum, "My second question")
    assert not Topic.objects.get(subject="My second question").approved
    Post.objects.filter(topic__subject="My second question").update(approved=True)
    create_topic(client, forum, "My third question")
    assert Topic.objects.get(subject="My third question").approved


def test_rejection_needs_a_reason_and_the_author_is_told(
    client, forums, roles, newcomer, django_capture_on_commit_callbacks
):
    client.force_login(newcomer)
    create_topic(client, forums["Hungary"], "Please check this", "Text that the author must not lose.")
    post = Post.objects.get(subject="Please check this")

    force_login_with_2fa(client, roles["moderator"])
    url = reverse("forum_moderation:disapprove_queued_post", args=[post.pk])
    response = client.post(url, {"post": "yes", "reason": ""})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert Post.objects.filter(pk=post.pk).exists()

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"post": "yes", "reason": "It names the shelter; please make it general."})
    assert response.status_code == 302
    assert not Post.objects.filter(pk=post.pk).exists()
    rejected = RejectedPost.objects.get(author=newcomer)
    assert rejected.content == "Text that the author must not lose."
    assert rejected.reason == "It names the shelter; please make it general."
    assert [m.to for m in mail.outbox] == [[newcomer.email]]
    assert "It names the shelter" in mail.outbox[0].body
    assert "must not lose" not in mail.outbox[0].body  # expert-area text stays on the site
    entry = AuditEntry.objects.get(action="forum_post_rejected", subject=newcomer)
    assert entry.reason == rejected.reason and entry.actor == roles["moderator"]

    client.force_login(newcomer)
    page = client.get(reverse("community:rejected_posts")).content.decode()
    assert "Text that the author must not lose." in page and "It names the shelter" in page


@pytest.fixture
def reported(forums, roles, settings, django_capture_on_commit_callbacks):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    author = make_vetted("author@example.org")
    topic, post = make_topic(forums["Netherlands"], author, "A heated topic", "Something unkind.")
    return post


def test_member_reports_a_post_and_moderators_are_told(client, roles, reported, django_capture_on_commit_callbacks):
    client.force_login(roles["vetted"])
    url = reverse("community:report_post", args=[reported.pk])
    assert client.post(url, {"reason": ""}).status_code == 200  # reason required, form shown again
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"reason": "This is abusive towards a colleague."})
    assert response.status_code == 302
    report = PostReport.objects.get()
    assert report.reporter == roles["vetted"] and report.post == reported and report.is_open
    assert [m.to for m in mail.outbox] == [[roles["moderator"].email]]
    assert "Something unkind" not in mail.outbox[0].body

    force_login_with_2fa(client, roles["moderator"])
    # The forum's "Reported posts" leads to the one review queue, where the report waits.
    queue = client.get(reverse("community:report_queue"), follow=True).content.decode()
    assert "A heated topic" in queue and "This is abusive towards a colleague." in queue
    detail = client.get(reverse("community:report_detail", args=[report.pk])).content.decode()
    assert "This is abusive towards a colleague." in detail and "Something unkind." in detail


def test_unvetted_user_cannot_report_expert_posts(client, roles, reported):
    client.force_login(roles["unvetted"])
    assert client.get(reverse("community:report_post", args=[reported.pk])).status_code == 404


@pytest.mark.parametrize(
    "action,note,check",
    [
        ("dismiss", "", lambda post, report: Post.objects.get(pk=post.pk).approved and report.status == "dismissed"),
        ("hide", "Identifies a person.", lambda post, report: not Post.objects.get(pk=post.pk).approved),
        ("delete", "Off topic.", lambda post, report: not Post.objects.filter(pk=post.pk).exists()),
        ("lock", "Cooling down.", lambda post, report: Post.objects.get(pk=post.pk).topic.is_locked),
        ("warn", "Please stay courteous.", lambda post, report: report.action == "warn"),
    ],
)
def test_moderator_decisions_are_applied_and_recorded(client, roles, reported, action, note, check,
                                                      django_capture_on_commit_callbacks):  # fmt: skip
    from forum.community.moderation import report_post

    report = report_post(reported, roles["vetted"], "Not acceptable.")
    force_login_with_2fa(client, roles["moderator"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("community:report_detail", args=[report.pk]), {"action": action, "note": note})
    assert response.status_code == 302, response.content.decode()[:2000]
    report.refresh_from_db()
    assert not report.is_open and report.handled_by == roles["moderator"]
    assert check(reported, report)
    assert AuditEntry.objects.filter(action=f"forum_report_{action}", actor=roles["moderator"]).exists()
    if action in {"hide", "delete", "warn"}:
        assert [m.to for m in mail.outbox] == [[reported.poster.email]]
        assert note in mail.outbox[0].body
        # One whole sentence per decision, not an imperative label slotted into a sentence.
        assert str(PostReport.ACTION_OUTCOMES[action]) in mail.outbox[0].body
    # Decided reports leave the review queue for the forum's list of decided reports.
    decided = client.get(reverse("community:report_queue"), {"status": report.status}).content.decode()
    assert "A heated topic" in decided
    queue = client.get(reverse("review:queue"), {"kind": "report"}).content.decode()
    assert "Not acceptable." not in queue


def test_warning_without_reason_is_refused(client, roles, reported):
    from forum.community.moderation import report_post

    report = report_post(reported, roles["vetted"], "Not acceptable.")
    force_login_with_2fa(client, roles["moderator"])
    response = client.post(reverse("community:report_detail", args=[report.pk]), {"action": "warn", "note": ""})
    assert response.status_code == 200
    assert "Give the reason" in response.content.decode()
    report.refresh_from_db()
    assert report.is_open


def test_suspending_the_author_goes_through_the_membership(
    client, roles, reported, django_capture_on_commit_callbacks
):
    from forum.community.moderation import report_post

    report = report_post(reported, roles["vetted"], "Repeated abuse.")
    force_login_with_2fa(client, roles["moderator"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("community:report_detail", args=[report.pk]), {"action": "suspend", "note": "Repeated abuse."}
        )
    assert response.status_code == 302
    author = reported.poster
    author.refresh_from_db()
    assert author.membership_application.state == Application.State.SUSPENDED
    assert not author.groups.filter(name="Vetted professionals").exists()
    # On their next request the forum treats them as a non-member.
    client.force_login(author)
    forum = reported.topic.forum
    assert client.get(reverse("forum:forum", args=[forum.slug, forum.pk])).status_code == 403


def test_move_needs_a_target_forum(client, roles, reported, forums):
    from forum.community.moderation import report_post

    report = report_post(reported, roles["vetted"], "Wrong place.")
    force_login_with_2fa(client, roles["moderator"])
    url = reverse("community:report_detail", args=[report.pk])
    assert client.post(url, {"action": "move", "note": ""}).status_code == 200
    target = forums["Handbook and training"]
    assert client.post(url, {"action": "move", "note": "", "target_forum": target.pk}).status_code == 302
    assert Post.objects.get(pk=reported.pk).topic.forum == target


def test_report_page_shows_the_authors_audit_trail(client, roles, reported):
    from forum.community.moderation import report_post
    from forum.membership.audit import record

    record(actor=roles["moderator"], subject=reported.poster, action="suspended", reason="Earlier sample suspension.")
    report = report_post(reported, roles["vetted"], "Again.")
    force_login_with_2fa(client, roles["moderator"])
    page = client.get(reverse("community:report_detail", args=[report.pk])).content.decode()
    assert "Earlier sample suspension." in page and "Membership suspended" in page


def test_sitemap_lists_no_forum_pages(client, site_root, forums, roles, reported):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert b"/forum/" not in response.content


def test_pending_posts_stay_off_member_post_lists(client, forums, roles, newcomer):
    make_topic(forums["Hungary"], newcomer, "Still waiting (sample)", "Pending text.", approved=False)
    url = reverse("forum_member:user_posts", kwargs={"pk": newcomer.pk})
    client.force_login(roles["vetted"])
    assert "Still waiting" not in client.get(url).content.decode()
    client.force_login(newcomer)
    assert "Still waiting" in client.get(url).content.decode()  # the author sees their own
    force_login_with_2fa(client, roles["moderator"])
    assert "Still waiting" in client.get(url).content.decode()


def test_pending_topic_is_private_to_its_author_and_moderators(client, forums, roles, newcomer):
    topic, _post = make_topic(forums["Hungary"], newcomer, "Waiting topic (sample)", "Pending text.", approved=False)
    url = reverse(
        "forum_conversation:topic",
        kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum.pk, "slug": topic.slug, "pk": topic.pk},
    )
    client.force_login(roles["vetted"])
    assert client.get(url).status_code == 404
    client.force_login(newcomer)
    assert client.get(url).status_code == 200
    force_login_with_2fa(client, roles["moderator"])
    assert client.get(url).status_code == 200


def test_attachment_of_a_pending_post_waits_with_the_post(client, forums, roles, newcomer):
    from django.core.files.uploadedfile import SimpleUploadedFile

    Attachment = get_model("forum_attachments", "Attachment")
    _topic, post = make_topic(forums["Hungary"], newcomer, "With file (sample)", "Pending.", approved=False)
    attachment = Attachment.objects.create(post=post, file=SimpleUploadedFile("a.pdf", b"%PDF-1.4\n"))
    url = reverse("forum_conversation:attachment", kwargs={"pk": attachment.pk})
    client.force_login(roles["vetted"])
    assert client.get(url).status_code == 403
    client.force_login(newcomer)
    assert client.get(url).status_code == 200
    force_login_with_2fa(client, roles["moderator"])
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "action,says,link,never",
    [
        ("warn", "Nothing of yours was removed or changed.", None, "kept for you"),
        ("hide", "Other members no longer see the post", "/forum/member/", "kept for you"),
        (
            "delete",
            "The text of the deleted post is kept for you",
            "/forum/community/my-rejected-posts/",
            "no longer see",
        ),
    ],
)
def test_the_decision_email_says_exactly_what_was_done(
    client, roles, reported, action, says, link, never, django_capture_on_commit_callbacks
):
    from forum.community.moderation import report_post

    report = report_post(reported, roles["vetted"], "Not acceptable.")
    force_login_with_2fa(client, roles["moderator"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("community:report_detail", args=[report.pk]), {"action": action, "note": "Be courteous."})
    [email] = mail.outbox
    assert email.to == [reported.poster.email]
    assert says in email.body and never not in email.body
    assert (link in email.body) if link else ("http" not in email.body)
    if link:
        # The link leads the author to the text it promises.
        client.force_login(reported.poster)
        [url] = re.findall(r"https?://\S+", email.body)
        page = client.get(urlsplit(url).path).content.decode()
        assert "A heated topic" in page


def test_a_suspension_after_a_report_is_one_email(client, roles, reported, django_capture_on_commit_callbacks):
    from forum.community.moderation import report_post

    report = report_post(reported, roles["vetted"], "Repeated abuse.")
    force_login_with_2fa(client, roles["moderator"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("community:report_detail", args=[report.pk]), {"action": "suspend", "note": "Repeated."})
    to_author = [email for email in mail.outbox if email.to == [reported.poster.email]]
    assert len(to_author) == 1
    assert "suspended your membership" in to_author[0].body and "Repeated." in to_author[0].body


def test_the_decision_email_speaks_the_authors_language(client, roles, reported, django_capture_on_commit_callbacks):
    from forum.community.moderation import report_post

    reported.poster.preferred_language = "hu"
    reported.poster.save()
    report = report_post(reported, roles["vetted"], "Not acceptable.")
    force_login_with_2fa(client, roles["moderator"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("community:report_detail", args=[report.pk]), {"action": "warn", "note": "Legyen udvarias."}
        )
    [email] = mail.outbox
    assert "Semmit nem távolítottunk el és nem módosítottunk." in email.body
