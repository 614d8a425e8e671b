"""A member's copy of everything the platform holds about them (GDPR articles 15
and 20), as a zip: data.json, the files they uploaded, and a README.txt in their
language.

Other people stay out of it. Only what the member wrote is exported: their own
posts, never the replies of others in their topics; topics and forums are named
by their subject so the member can find their posts again, never by who wrote
them; a referee is "referee given" without a name or address; whoever decided
about the member is a role ("moderator"), not a person; second factors are
listed without their secrets or recovery codes.
"""

import json
import os
import shutil
import zipfile

from allauth.account.models import EmailAddress
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import get_valid_filename

from .identity import directory_entries_of
from .models import Application, AuditEntry

ARCHIVE_JSON = "data.json"
ARCHIVE_README = "README.txt"
ATTACHMENTS_FOLDER = "attachments"
PROFILE_FILES_FOLDER = "profile"

# The referee's name and addresses are the referee's personal data, not the member's.
APPLICATION_FIELDS = [
    "state",
    "full_name",
    "organisation_name",
    "organisation_website",
    "role",
    "sector",
    "country",
    "professional_email",
    "professional_email_verified_at",
    "referee_kind",
    "motivation",
    "create_directory_entry",
    "moderator_message",
    "submitted_at",
    "decided_at",
    "valid_from",
    "valid_until",
    "reconfirmation_requested_at",
    "created_at",
    "updated_at",
]
REFEREE_FIELDS = ["referee_member_email", "referee_member_id", "referee_name", "referee_email"]
REFEREE_GIVEN = "referee given"


def _value(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _markup(value):
    """The text as the member typed it (machina's markup fields carry a rendered copy too)."""
    if value is None:
        return None
    return getattr(value, "raw", value)


def _archive_name(field_file, folder, key):
    """Where a stored file goes in the archive, or None when there is none."""
    if not field_file or not field_file.name:
        return None
    return f"{folder}/{key}-{get_valid_filename(os.path.basename(field_file.name))}"


def _with_file(files, record, key, field_file, folder, name_key):
    """Note in `record` where the file is in the archive, and queue the file for it."""
    record[key] = _archive_name(field_file, folder, name_key)
    if record[key]:
        files.append((record[key], field_file, record))
    return record


def _topic_ref(topic):
    from forum.community.notifications import absolute, topic_path

    return {
        "topic_id": topic.pk,
        "topic": topic.subject,
        "forum": str(topic.forum),
        "url": absolute(topic_path(topic)),
    }


def _account(user):
    from wagtail.users.models import UserProfile

    files = []
    account = {
        "email": user.email,
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "date_joined": _value(user.date_joined),
        "last_login": _value(user.last_login),
        "is_active": user.is_active,
        "is_staff": user.is_staff,
        "groups": sorted(group.name for group in user.groups.all()),
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "admin_profile": None,
    }
    profile = UserProfile.objects.filter(user=user).first()
    if profile is not None:
        account["admin_profile"] = _with_file(
            files,
            {
                "preferred_language": profile.preferred_language,
                "current_time_zone": profile.current_time_zone,
                "theme": profile.theme,
            },
            "avatar",
            profile.avatar,
            PROFILE_FILES_FOLDER,
            "admin-avatar",
        )
    return account, files


def _application(application):
    if application is None:
        return None, []
    data = {name: _value(getattr(application, name)) for name in APPLICATION_FIELDS}
    data["organisation"] = str(application.organisation) if application.organisation_id else None
    has_referee = any(getattr(application, name) for name in REFEREE_FIELDS)
    data["referee"] = REFEREE_GIVEN if has_referee else None
    consents = []
    if application.terms_accepted_at:
        for document, version in (
            ("code of conduct", application.code_of_conduct_version),
            ("privacy notice", application.privacy_notice_version),
        ):
            consents.append(
                {"document": document, "version": version, "accepted_at": _value(application.terms_accepted_at)}
            )
    return data, consents


def _audit_entries(user):
    return [
        {
            "when": entry.created_at.isoformat(),
            "action": entry.action,
            "description": entry.action_display,
            "by": "you" if entry.actor_id == user.pk else ("system" if entry.actor_id is None else "moderator"),
            "from_state": entry.from_state,
            "to_state": entry.to_state,
            "reason": entry.reason,
        }
        for entry in AuditEntry.objects.filter(subject=user).order_by("created_at", "pk")
    ]


def _forum(user):
    """The member's forum life, and the attachments to put into the archive."""
    from machina.core.db.models import get_model

    from forum.community.models import ForumSubscription, MentionNotice, NotificationSettings, PostDraft, PostRevision
    from forum.community.notifications import absolute, post_path
    from forum.community.written_language import language_of

    Topic = get_model("forum_conversation", "Topic")
    Post = get_model("forum_conversation", "Post")
    ForumProfile = get_model("forum_member", "ForumProfile")
    ForumReadTrack = get_model("forum_tracking", "ForumReadTrack")
    TopicReadTrack = get_model("forum_tracking", "TopicReadTrack")
    TopicPollVote = get_model("forum_polls", "TopicPollVote")
    UserForumPermission = get_model("forum_permission", "UserForumPermission")

    files = []
    profile_data = None
    profile = ForumProfile.objects.filter(user=user).first()
    if profile is not None:
        profile_data = _with_file(
            files,
            {"signature": _markup(profile.signature), "posts_count": profile.posts_count},
            "avatar",
            profile.avatar,
            PROFILE_FILES_FOLDER,
            "forum-avatar",
        )

    topics = []
    for topic in (
        Topic.objects.filter(poster=user)
        .select_related("forum", "poll")
        .prefetch_related("poll__options")
        .order_by("created", "pk")
    ):
        entry = _topic_ref(topic)
        entry.update(
            created=_value(topic.created),
            approved=topic.approved,
            locked=topic.is_locked,
            posts_count=topic.posts_count,
            poll=None,
        )
        poll = getattr(topic, "poll", None)
        if poll is not None:
            entry["poll"] = {
                "question": poll.question,
                "options": [option.text for option in poll.options.all()],
                "created": _value(poll.created),
            }
        topics.append(entry)

    posts = []
    attachments = []
    member_posts = (
        Post.objects.filter(poster=user)
        .select_related("topic__forum", "poster", "written_language")
        .prefetch_related("attachments", "revisions")
        .order_by("created", "pk")
    )
    for post in member_posts:
        entry = _topic_ref(post.topic)
        entry.update(
            post_id=post.pk,
            post_url=absolute(post_path(post)),
            subject=post.subject,
            content=_markup(post.content),
            language=language_of(post),
            approved=post.approved,
            created=_value(post.created),
            updated=_value(post.updated),
            update_reason=post.update_reason,
            updates_count=post.updates_count,
            signature_shown=post.enable_signature,
            attachments=[],
            # The versions an edit replaced, oldest first (who replaced them is not the member's data).
            earlier_versions=[
                {
                    "subject": revision.subject,
                    "content": revision.content,
                    "update_reason": revision.update_reason,
                    "written": _value(revision.written_at),
                    "replaced": _value(revision.edited_at),
                }
                for revision in sorted(post.revisions.all(), key=lambda revision: (revision.edited_at, revision.pk))
            ],
        )
        for attachment in post.attachments.all():
            record = {"post_id": post.pk, "comment": attachment.comment}
            _with_file(files, record, "file", attachment.file, ATTACHMENTS_FOLDER, attachment.pk)
            entry["attachments"].append(record["file"])
            attachments.append(record)
        posts.append(entry)

    # Posts by others that the member (as a moderator) last edited: the fact is theirs, the words are not.
    edited_posts_of_others = [
        {**_topic_ref(post.topic), "post_id": post.pk, "updated": _value(post.updated)}
        for post in Post.objects.filter(updated_by=user)
        .exclude(poster=user)
        .select_related("topic__forum")
        .order_by("updated", "pk")
    ]

    # Versions of others' posts that the member (as a moderator) replaced: when, not the words.
    replaced_versions_of_others = [
        {**_topic_ref(revision.post.topic), "post_id": revision.post_id, "replaced": _value(revision.edited_at)}
        for revision in PostRevision.objects.filter(edited_by=user)
        .exclude(post__poster=user)
        .select_related("post__topic__forum")
        .order_by("edited_at", "pk")
    ]

    poll_votes = [
        {
            **_topic_ref(vote.poll_option.poll.topic),
            "question": vote.poll_option.poll.question,
            "option": vote.poll_option.text,
            "when": _value(vote.timestamp),
        }
        for vote in TopicPollVote.objects.filter(voter=user)
        .select_related("poll_option__poll__topic__forum")
        .order_by("timestamp", "pk")
    ]

    notification_settings = NotificationSettings.objects.filter(user=user).first()
    data = {
        "profile": profile_data,
        "topics": topics,
        "posts": posts,
        "attachments": attachments,
        "poll_votes": poll_votes,
        "edited_posts_of_others": edited_posts_of_others,
        "replaced_versions_of_others": replaced_versions_of_others,
        "topic_subscriptions": [
            _topic_ref(topic) for topic in user.topic_subscriptions.select_related("forum").order_by("pk")
        ],
        "forum_subscriptions": [
            {"forum": str(subscription.forum), "since": _value(subscription.created_at)}
            for subscription in ForumSubscription.objects.filter(user=user).select_related("forum").order_by("pk")
        ],
        "drafts": [
            {
                **(_topic_ref(draft.topic) if draft.topic_id else {"forum": str(draft.forum)}),
                "kind": "reply" if draft.topic_id else "new topic",
                "subject": draft.subject,
                "content": _markup(draft.content),
                "saved_at": _value(draft.updated_at),
            }
            for draft in PostDraft.objects.filter(user=user).select_related("forum", "topic__forum").order_by("pk")
        ],
        "mentions_told": [
            {**_topic_ref(notice.post.topic), "post_id": notice.post_id, "told_at": _value(notice.told_at)}
            for notice in MentionNotice.objects.filter(user=user).select_related("post__topic__forum").order_by("pk")
        ],
        "notification_settings": None
        if notification_settings is None
        else {
            "frequency": notification_settings.frequency,
            "description": str(notification_settings.get_frequency_display()),
            "last_digest_at": _value(notification_settings.last_digest_at),
        },
        "read_forums": [
            {"forum": str(track.forum), "read_at": _value(track.mark_time)}
            for track in ForumReadTrack.objects.filter(user=user).select_related("forum").order_by("pk")
        ],
        "read_topics": [
            {**_topic_ref(track.topic), "read_at": _value(track.mark_time)}
            for track in TopicReadTrack.objects.filter(user=user).select_related("topic__forum").order_by("pk")
        ],
        "forum_permissions": [
            {
                "permission": permission.permission.codename,
                "forum": str(permission.forum) if permission.forum_id else None,
                "granted": permission.has_perm,
            }
            for permission in UserForumPermission.objects.filter(user=user)
            .select_related("permission", "forum")
            .order_by("pk")
        ],
    }
    return data, files


def _rejected_posts(user):
    from forum.community.models import RejectedPost

    return [
        {
            "forum": str(rejected.forum) if rejected.forum_id else None,
            "topic": rejected.topic_subject,
            "subject": rejected.subject,
            "content": rejected.content,
            "reason": rejected.reason,
            "rejected_at": _value(rejected.rejected_at),
        }
        for rejected in RejectedPost.objects.filter(author=user).select_related("forum").order_by("rejected_at", "pk")
    ]


def _reports(user):
    """Reports the member made, and the decisions on reports about the member's posts.
    The reporter of a post of theirs, and the report's wording, are the reporter's."""
    from forum.community.models import PostReport

    made = [
        {
            "forum": str(report.forum) if report.forum_id else None,
            "post_id": report.post_id,
            "post_subject": report.post_subject,
            "reason": report.reason,
            "reported_at": _value(report.created_at),
            "status": report.status,
            "action": report.action,
            "handled_at": _value(report.handled_at),
        }
        for report in PostReport.objects.filter(reporter=user).select_related("forum").order_by("created_at", "pk")
    ]
    about_you = [
        {
            "forum": str(report.forum) if report.forum_id else None,
            "post_id": report.post_id,
            "post_subject": report.post_subject,
            "reported_at": _value(report.created_at),
            "status": report.status,
            "action": report.action,
            "moderator_note": report.moderator_note,
            "handled_at": _value(report.handled_at),
        }
        for report in PostReport.objects.filter(post_author=user)
        .exclude(reporter=user)
        .select_related("forum")
        .order_by("created_at", "pk")
    ]
    return {"made_by_you": made, "about_your_posts": about_you}


def _direct_messages(user):
    """The member's conversations and their own messages and files in them (forum.direct_messages),
    as (data, files); what the other participants wrote, and who they are, is theirs."""
    from forum.direct_messages.services import export_for

    return export_for(user)


def _directory_entries(user, application):
    """The member's expert entries (identity.directory_entries_of says which are theirs)."""
    return [
        {
            "organisation": expert.organisation.name,
            "full_name": expert.full_name,
            "role": expert.role,
            "areas_of_expertise": expert.areas_of_expertise,
            "languages": [str(language) for language in expert.languages.all()],
            "email": expert.email,
            "phone": expert.phone,
            "linked_to_your_account": expert.user_id == user.pk,
        }
        for expert in directory_entries_of(user, application)
        .select_related("organisation")
        .prefetch_related("languages")
        .order_by("pk")
    ]


def _two_factor(user):
    from allauth.mfa.models import Authenticator

    return [
        {
            "type": authenticator.type,
            "description": str(authenticator.get_type_display()),
            "created_at": _value(authenticator.created_at),
            "last_used_at": _value(authenticator.last_used_at),
        }
        for authenticator in Authenticator.objects.filter(user=user).order_by("created_at", "pk")
    ]


def _conversation(application):
    """The questions of the moderators and the applicant's answers; moderators are not named."""
    if application is None:
        return []
    return [
        {"from": message.role, "written_at": _value(message.created_at), "text": message.body}
        for message in application.messages.all()
    ]


def _collect(user):
    application = Application.objects.filter(user=user).select_related("organisation").first()
    account, files = _account(user)
    application_data, consents = _application(application)
    forum, forum_files = _forum(user)
    direct_messages, direct_message_files = _direct_messages(user)
    data = {
        "generated_at": timezone.now().isoformat(),
        "account": account,
        "application": application_data,
        "consents": consents,
        "application_conversation": _conversation(application),
        "audit_entries": _audit_entries(user),
        "forum": forum,
        "rejected_posts": _rejected_posts(user),
        "reports": _reports(user),
        "direct_messages": direct_messages,
        "directory_entries": _directory_entries(user, application),
        "two_factor_authentication": _two_factor(user),
    }
    return data, files + forum_files + direct_message_files


def _language_of(user):
    codes = {code for code, _name in settings.LANGUAGES}
    return user.preferred_language if user.preferred_language in codes else translation.get_language()


def export_user_data(user):
    """Everything the platform holds about `user`, as JSON-ready data."""
    with translation.override(_language_of(user)):
        return _collect(user)[0]


def write_export_archive(user, fileobj):
    """Write the member's zip into `fileobj`: data.json, README.txt and their files."""
    with translation.override(_language_of(user)):
        data, files = _collect(user)
        readme = render_to_string(
            "membership/export_readme.txt",
            {
                "generated_at": timezone.localtime(),
                "has_profile_files": any(name.startswith(PROFILE_FILES_FOLDER) for name, _file, _record in files),
            },
        )
    with zipfile.ZipFile(fileobj, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(ARCHIVE_README, readme)
        for name, field_file, record in files:
            try:
                source = field_file.storage.open(field_file.name, "rb")
            except FileNotFoundError:
                record["file_missing"] = True
                continue
            with source, archive.open(name, "w") as target:
                shutil.copyfileobj(source, target)
        # Last, so that it says which files could not be found.
        archive.writestr(ARCHIVE_JSON, json.dumps(data, indent=2, ensure_ascii=False))
