"""The one review queue (issue 16): applications, posts awaiting approval and reported posts
in one list in the Wagtail admin, decided in place with the same functions as the older
screens, with the person's context beside each item."""

import datetime
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from machina.core.db.models import get_model
from wagtail.users.models import UserProfile

from forum.community.models import PostReport
from forum.community.moderation import report_post
from forum.membership.models import Application, AuditEntry
from forum.review.models import ReviewPreference
from tests.accounts.mfa import force_login_with_2fa

from .conftest import make_topic, make_user, make_vetted

Post = get_model("forum_conversation", "Post")
QUEUE = "/admin/review/"


def text(response):
    return " ".join(response.content.decode().split())


@pytest.fixture
def mod_client(client, roles):
    return force_login_with_2fa(client, roles["moderator"])


def new_application(email, *, country="HU", name=None, organisation="Sample Shelter Network", sector="ngo"):
    user = make_user(email)
    application = Application.objects.create(
        user=user,
        full_name=name or f"Applicant {email.split('@')[0]} (sample)",
        organisation_name=organisation,
        role="Case worker",
        sector=sector,
        country=country,
        professional_email=email,
        referee_name="Sam Supervisor",
        referee_email="sam@example.org",
        motivation="I support victims of labour exploitation.",
    )
    application.submit(by=user)
    return application


def pending_post(forums, email="newcomer@example.org", subject="First waiting topic (sample)", forum="Belgium"):
    author = make_vetted(email)
    topic, post = make_topic(forums[forum], author, subject, "Text waiting for a moderator.", approved=False)
    return post


def reported_post(forums, roles, email="author@example.org", subject="A heated topic (sample)", forum="Netherlands"):
    author = make_vetted(email)
    topic, post = make_topic(forums[forum], author, subject, "Something unkind.")
    return report_post(post, roles["vetted"], "This is abusive towards a colleague.")


@pytest.fixture
def three_kinds(forums, roles, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    application = new_application("applicant@example.org", name="Réka Applicant (sample)")
    post = pending_post(forums)
    report = reported_post(forums, roles)
    return application, post, report


def test_the_queue_lists_all_three_kinds_with_the_persons_context(mod_client, three_kinds):
    application, post, report = three_kinds
    page = text(mod_client.get(QUEUE))
    assert "Réka Applicant (sample)" in page and "New application" in page
    assert "First waiting topic (sample)" in page and "Text waiting for a moderator." in page
    assert "A heated topic (sample)" in page and "This is abusive towards a colleague." in page
    # Context: organisation, country, sector of the applicant and of the authors.
    assert "Sample Shelter Network" in page and "Victim support organisation (NGO)" in page
    assert "Sample Support Service" in page and "Police and border guard" in page and "Hungary" in page
    # The report's author has a report against them; previous decisions are listed.
    assert "Reports about their posts</dt><dd>1" in page.replace("> <", "><")
    # Oldest first: the application came first.
    assert page.index("Réka Applicant") < page.index("First waiting topic") < page.index("A heated topic")
    # Accessible structure: headings per item, labelled buttons.
    assert f'id="application-{application.pk}-title"' in page
    assert 'name="decision" value="approve"' in page and 'Approve<span class="w-sr-only">:' in page


def test_approving_a_pending_post_from_the_queue_makes_it_visible_and_audits(mod_client, roles, three_kinds):
    _application, post, _report = three_kinds
    response = mod_client.post(QUEUE, {"kind": "post", "pk": post.pk, "decision": "approve", "reason": ""})
    assert response.status_code == 302
    assert Post.objects.get(pk=post.pk).approved
    entry = AuditEntry.objects.get(action="forum_post_approved")
    assert entry.actor == roles["moderator"] and entry.target_object_id == str(post.pk)
    assert f'id="post-{post.pk}"' not in text(mod_client.get(QUEUE))


def test_rejecting_a_post_needs_a_reason(mod_client, three_kinds):
    _application, post, _report = three_kinds
    response = mod_client.post(QUEUE, {"kind": "post", "pk": post.pk, "decision": "reject", "reason": " "})
    assert response.status_code == 400
    assert "Give the reason: the author is told." in text(response)
    assert Post.objects.filter(pk=post.pk, approved=False).exists()
    response = mod_client.post(
        QUEUE, {"kind": "post", "pk": post.pk, "decision": "reject", "reason": "Names a victim."}
    )
    assert response.status_code == 302 and not Post.objects.filter(pk=post.pk).exists()
    assert AuditEntry.objects.get(action="forum_post_rejected").reason == "Names a victim."


def test_deciding_a_report_from_the_queue(mod_client, roles, three_kinds, django_capture_on_commit_callbacks):
    _application, _post, report = three_kinds
    refused = mod_client.post(QUEUE, {"kind": "report", "pk": report.pk, "decision": "hide", "reason": ""})
    assert refused.status_code == 400 and PostReport.objects.get(pk=report.pk).is_open
    with django_capture_on_commit_callbacks(execute=True):
        response = mod_client.post(
            QUEUE, {"kind": "report", "pk": report.pk, "decision": "hide", "reason": "Identifies a person."}
        )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == PostReport.Status.ACTIONED and report.action == "hide"
    assert not Post.objects.get(pk=report.post_id).approved
    assert AuditEntry.objects.get(action="forum_report_hide").reason == "Identifies a person."
    # The author is told, as from the report's own page.
    assert any(report.post_author.email in message.to for message in mail.outbox)


def test_approving_and_rejecting_applications_with_a_reason(mod_client, roles, forums, settings):
    first = new_application("first@example.org")
    second = new_application("second@example.org")
    mail.outbox.clear()
    assert mod_client.post(QUEUE, {"kind": "application", "pk": first.pk, "decision": "approve"}).status_code == 302
    first.refresh_from_db()
    assert first.state == Application.State.APPROVED and first.user.groups.filter(name=settings.VETTED_GROUP)
    assert AuditEntry.objects.filter(action="approved", subject=first.user, actor=roles["moderator"]).exists()
    assert [message.to for message in mail.outbox] == [["first@example.org"]]

    response = mod_client.post(QUEUE, {"kind": "application", "pk": second.pk, "decision": "reject", "reason": ""})
    assert response.status_code == 400
    assert "Give the reason for the rejection: the applicant will read it." in text(response)
    second.refresh_from_db()
    assert second.state == Application.State.SUBMITTED
    assert not AuditEntry.objects.filter(action="rejected").exists()

    reason = "We could not confirm your organisation."
    response = mod_client.post(QUEUE, {"kind": "application", "pk": second.pk, "decision": "reject", "reason": reason})
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.state == Application.State.REJECTED and second.moderator_message == reason
    assert AuditEntry.objects.get(action="rejected").reason == reason


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "Indiquez le motif du refus"),
        ("nl", "Vermeld de reden voor de afwijzing"),
        ("hu", "Adja meg az elutasítás indokát"),
    ],
)
def test_the_missing_reason_error_is_translated(mod_client, roles, forums, language, expected):
    profile = UserProfile.get_for_user(roles["moderator"])
    profile.preferred_language = language
    profile.save()
    application = new_application("third@example.org")
    response = mod_client.post(QUEUE, {"kind": "application", "pk": application.pk, "decision": "reject"})
    assert response.status_code == 400
    assert expected in text(response)
    with translation.override(language):
        assert translation.gettext("Review queue") != "Review queue"


def test_a_resubmission_shows_what_changed(mod_client, roles, forums):
    application = new_application("changed@example.org")
    application.request_information(by=roles["moderator"], message="Which shelter do you work for?")
    application.motivation = "I work at the Sample Night Shelter with victims of labour exploitation."
    application.role = "Shelter coordinator"
    application.submit(by=application.user)
    page = text(mod_client.get(QUEUE))
    assert "Resubmitted application" in page and "What changed since the last submission" in page
    assert "<del>Case worker</del>" in page and "<ins>Shelter coordinator</ins>" in page
    assert "Sample Night Shelter" in page
    # The earlier request is among the previous decisions.
    assert "Which shelter do you work for?" in page


def test_a_reconfirmation_is_marked(mod_client, roles, forums):
    application = new_application("member@example.org")
    application.approve(by=roles["moderator"])
    application.request_reconfirmation(by=application.user)
    page = text(mod_client.get(QUEUE + "?kind=application"))
    assert "Reconfirmation" in page and application.full_name in page


def test_filters_by_kind_country_forum_and_age(mod_client, roles, forums, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    new_application("hu@example.org", country="HU", name="Hungarian applicant (sample)")
    new_application("be@example.org", country="BE", name="Belgian applicant (sample)")
    pending_post(forums, "p1@example.org", "Waiting in Belgium (sample)", "Belgium")
    pending_post(forums, "p2@example.org", "Waiting in Hungary (sample)", "Hungary")
    old = reported_post(forums, roles, "r1@example.org", "Old report (sample)")
    PostReport.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=5))

    page = text(mod_client.get(QUEUE + "?kind=application"))
    assert "Hungarian applicant" in page and "Belgian applicant" in page and "Waiting in Belgium" not in page
    page = text(mod_client.get(QUEUE + "?country=BE"))
    assert "Belgian applicant" in page and "Hungarian applicant" not in page
    belgium = forums["Belgium"]
    page = text(mod_client.get(QUEUE + f"?forum={belgium.pk}"))
    assert "Waiting in Belgium" in page and "Waiting in Hungary" not in page and "applicant (sample)" not in page
    page = text(mod_client.get(QUEUE + "?age=3"))
    assert "Old report (sample)" in page and "Waiting in Belgium" not in page and "Belgian applicant" not in page
    # Hostile values are ignored, not errors.
    assert mod_client.get(QUEUE + "?kind=x&country=ZZ&forum=9999999999999&age=abc").status_code == 200


def test_the_admin_menu_shows_the_total(mod_client, roles, three_kinds):
    page = text(mod_client.get("/admin/"))
    # The roles fixture adds one submitted application of its own: 2 applications, 1 post, 1 report.
    assert "Review queue (4)" in page


def test_non_moderators_and_moderators_without_2fa_are_refused(client, roles, three_kinds):
    editor = make_user("editor@example.org", groups=[settings.EDITORS_GROUP], is_staff=True)
    force_login_with_2fa(client, editor)
    response = client.get(QUEUE)
    assert response.status_code in (302, 403) and "Réka Applicant" not in text(response)
    _application, post, _report = three_kinds
    client.post(QUEUE, {"kind": "post", "pk": post.pk, "decision": "approve"})
    assert not Post.objects.get(pk=post.pk).approved
    assert "Review queue" not in text(client.get("/admin/"))

    force_login_with_2fa(client, roles["vetted"])
    assert client.get(QUEUE).status_code in (302, 403)

    client.logout()
    client.force_login(roles["moderator"])  # password only, no second factor in this session
    response = client.get(QUEUE)
    assert response.status_code == 302 and "/accounts/2fa/" in response["Location"]
    client.post(QUEUE, {"kind": "post", "pk": post.pk, "decision": "approve"})
    assert not Post.objects.get(pk=post.pk).approved


def test_per_item_email_or_daily_digest(client, roles, forums, settings, django_capture_on_commit_callbacks):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    immediate = roles["moderator"]
    daily = make_user("daily@example.org", groups=(settings.MODERATORS_GROUP,))
    ReviewPreference.objects.create(user=daily, frequency=ReviewPreference.Frequency.DAILY)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        application = new_application("news@example.org", name="Secret Applicant Name")
    with django_capture_on_commit_callbacks(execute=True):
        report = reported_post(forums, roles, subject="EXPERT-SUBJECT of a post")
    to_moderators = [message for message in mail.outbox if message.to in ([immediate.email], [daily.email])]
    assert [message.to for message in to_moderators] == [[immediate.email], [immediate.email]]
    application_mail, report_mail = to_moderators
    assert f"?item=application-{application.pk}" in application_mail.body
    assert f"?item=report-{report.pk}" in report_mail.body
    for message in to_moderators:
        assert "Secret Applicant Name" not in message.body + message.subject
        assert "EXPERT-SUBJECT" not in message.body + message.subject
        assert "abusive" not in message.body

    mail.outbox.clear()
    call_command("send_review_digest")
    assert [message.to for message in mail.outbox] == [[daily.email]]
    digest = mail.outbox[0]
    # The fixture's application, the new one and the report are waiting.
    assert "3 items waiting" in digest.subject
    assert str(application.pk) in digest.body and "/admin/review/" in digest.body
    assert "Secret Applicant Name" not in digest.body and "EXPERT-SUBJECT" not in digest.body
    # Once a day: running it again at once sends nothing.
    mail.outbox.clear()
    call_command("send_review_digest")
    assert mail.outbox == []


class FormFields(HTMLParser):
    """The values a browser would send for the forms of a page (text, checked boxes, selected options)."""

    def __init__(self):
        super().__init__()
        self.data, self.select = {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data[name] = attrs.get("value", "on")
            else:
                self.data[name] = attrs.get("value", "")
        elif tag == "select":
            self.select = name
            self.data.setdefault(name, "")
        elif tag == "option" and self.select and ("selected" in attrs or not self.data[self.select]):
            self.data[self.select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None


def test_the_preference_is_on_the_moderators_account_page(mod_client, roles):
    response = mod_client.get("/admin/account/")
    page = text(response)
    assert "Review queue e-mails" in page and "Once a day, in a digest" in page
    fields = FormFields()
    fields.feed(response.content.decode())
    # Wagtail's own panels need a name; the test moderator has none.
    data = {**fields.data, "name_email-first_name": "Mona", "name_email-last_name": "Moderator (sample)"}
    data["review_queue-frequency"] = "daily"
    response = mod_client.post("/admin/account/", data)
    assert response.status_code == 302
    assert ReviewPreference.objects.get(user=roles["moderator"]).frequency == "daily"


def test_the_query_count_does_not_grow_with_the_number_of_items(mod_client, roles, forums, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    new_application("q1@example.org")
    pending_post(forums, "qp1@example.org", "Pending one (sample)")
    reported_post(forums, roles, "qr1@example.org", "Reported one (sample)")
    mod_client.get(QUEUE)  # the second request of each size is measured: caches are warm
    with CaptureQueriesContext(connection) as few:
        assert mod_client.get(QUEUE).status_code == 200
    for index in range(2, 7):
        new_application(f"q{index}@example.org")
        pending_post(forums, f"qp{index}@example.org", f"Pending {index} (sample)")
        reported_post(forums, roles, f"qr{index}@example.org", f"Reported {index} (sample)")
    mod_client.get(QUEUE)
    with CaptureQueriesContext(connection) as many:
        response = mod_client.get(QUEUE)
    assert "Reported 6 (sample)" in text(response)
    assert len(many) == len(few), "\n".join(query["sql"] for query in many.captured_queries)


def test_the_forum_bar_links_to_the_queue(mod_client, forums):
    page = mod_client.get("/en/forum/").content.decode()
    assert 'href="/admin/review/?kind=post"' in page and 'href="/admin/review/?kind=report"' in page


def test_the_older_decision_pages_lead_back_to_the_queue(mod_client, three_kinds):
    from django.urls import reverse

    _application, post, report = three_kinds
    response = mod_client.post(reverse("forum_moderation:approve_queued_post", args=[post.pk]))
    assert response.status_code == 302 and response["Location"] == "/admin/review/?kind=post"
    response = mod_client.post(reverse("community:report_detail", args=[report.pk]), {"action": "dismiss", "note": ""})
    assert response.status_code == 302 and response["Location"] == "/admin/review/?kind=report"


def test_a_reported_direct_message_waits_in_the_queue_without_its_text(mod_client, roles, forums):
    from django.urls import reverse

    from forum.direct_messages import services

    sender = make_vetted("dm-sender@example.org")
    conversation = services.start(sender, [roles["vetted"]], "DM-SECRET-SUBJECT", "DM-SECRET-BODY")
    message = conversation.messages.get()
    report = services.report(message, roles["vetted"], "Threatening.")
    page = text(mod_client.get(QUEUE + "?kind=message"))
    assert f'id="message-{report.pk}"' in page and "Threatening." in page and "Sample Support Service" in page
    assert "DM-SECRET" not in page
    assert reverse("direct_messages:report_detail", args=[report.pk]) in page
    assert "Review queue (2)" in text(mod_client.get("/admin/"))  # with the roles fixture's application
