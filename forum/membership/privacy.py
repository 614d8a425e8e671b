"""A member's own data: what they can download, and how an account is deleted."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from .audit import pseudonym_for, pseudonymise, record
from .data_export import export_user_data
from .identity import directory_entries_of
from .models import Application, AuditEntry


def _delete_stored_file(field_file):
    """Remove an uploaded file from its storage (disk), if there is one."""
    if field_file and field_file.name:
        storage, name = field_file.storage, field_file.name
        if storage.exists(name):
            storage.delete(name)


def _sessions_of(user):
    """The keys of the live sessions `user` is logged in with."""
    from django.contrib.sessions.models import Session

    keys = []
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            keys.append(session.session_key)
    return keys


def _forget_sessions(user, session_keys=()):
    """End the member's sessions and drop the attachments machina keeps in its
    cache between a preview and the post (keyed by session)."""
    from django.contrib.sessions.models import Session
    from machina.core.loading import get_class

    attachments_cache = get_class("forum_attachments.cache", "cache")
    keys = set(session_keys) | set(_sessions_of(user))
    for key in keys:
        if key:
            attachments_cache.delete(f"attachments_{key}")
    Session.objects.filter(session_key__in=[key for key in keys if key]).delete()


def _erase_forum_traces(user, *, keep_text):
    """What the member leaves in the forum: their words stay only where other
    members' replies depend on them, signed by nobody."""
    from machina.conf import settings as machina_settings
    from machina.core.db.models import get_model

    from forum.community.models import (
        ForumSubscription,
        MentionNotice,
        NotificationSettings,
        PostDraft,
        PostRevision,
        RejectedPost,
    )

    Topic = get_model("forum_conversation", "Topic")
    Post = get_model("forum_conversation", "Post")
    Attachment = get_model("forum_attachments", "Attachment")
    ForumProfile = get_model("forum_member", "ForumProfile")
    ForumReadTrack = get_model("forum_tracking", "ForumReadTrack")
    TopicReadTrack = get_model("forum_tracking", "TopicReadTrack")
    TopicPollVote = get_model("forum_polls", "TopicPollVote")

    # Files first: rows deleted by a cascade would leave their files on disk.
    for attachment in Attachment.objects.filter(post__poster=user):
        _delete_stored_file(attachment.file)
        attachment.delete()

    # A topic nobody else wrote in goes entirely (machina recounts its forum).
    for topic in Topic.objects.filter(poster=user):
        if not topic.posts.exclude(poster=user).exists():
            topic.delete()
    # A post still waiting for approval was never read by anyone.
    for post in Post.objects.filter(poster=user, approved=False).select_related("topic"):
        if not post.is_topic_head:
            post.delete()

    # The earlier versions of their posts are their words like the posts: removed with the text,
    # or kept signed by nobody. Who replaced a version (the member as a moderator) is forgotten.
    if not keep_text:
        PostRevision.objects.filter(post__poster=user).delete()
    PostRevision.objects.filter(written_by=user).update(written_by=None)
    PostRevision.objects.filter(edited_by=user).update(edited_by=None)

    for post in Post.objects.filter(poster=user).select_related("topic"):
        post.poster = None
        post.username = None
        post.anonymous_key = None
        post.enable_signature = False
        if not keep_text:
            post.content = ""
            post.update_reason = None
            if not post.is_topic_head:
                post.subject = f"{machina_settings.TOPIC_ANSWER_SUBJECT_PREFIX} {post.topic.subject}"[:255]
        post.save()  # through the ORM: machina's trackers and post_save listeners (search) run
    for topic in Topic.objects.filter(poster=user):
        topic.poster = None
        topic.save()

    user.topic_subscriptions.clear()
    TopicPollVote.objects.filter(voter=user).delete()
    ForumReadTrack.objects.filter(user=user).delete()
    TopicReadTrack.objects.filter(user=user).delete()
    ForumSubscription.objects.filter(user=user).delete()
    NotificationSettings.objects.filter(user=user).delete()
    MentionNotice.objects.filter(user=user).delete()
    PostDraft.objects.filter(user=user).delete()
    RejectedPost.objects.filter(author=user).delete()
    for profile in ForumProfile.objects.filter(user=user):
        _delete_stored_file(profile.avatar)
        profile.delete()


def _erase_direct_messages(user, *, keep_text):
    """Their messages stay for the other participants, by a "former member", text kept or
    removed as for their posts (forum.direct_messages.services.erase_for)."""
    from forum.direct_messages.services import erase_for

    erase_for(user, keep_text=keep_text)


def _erase_directory_entry(user, application):
    """The member's expert entries (identity.directory_entries_of says which are theirs).
    Deleted one by one so that post_delete listeners (the search index) hear of each."""
    for expert in directory_entries_of(user, application):
        expert.delete()


def _erase_account_extras(user, pseudonym):
    from allauth.mfa.models import Authenticator
    from wagtail.models import ModelLogEntry
    from wagtail.users.models import UserProfile

    Authenticator.objects.filter(user=user).delete()
    for profile in UserProfile.objects.filter(user=user):
        _delete_stored_file(profile.avatar)
        profile.delete()
    # Wagtail's own history of the account (e.g. "deleted by staff") keeps the
    # object's name as its label.
    ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(user), object_id=str(user.pk)).update(
        label=pseudonym
    )


@transaction.atomic
def erase_traces(user, *, keep_text=False, session_keys=()):
    """Everything that has to happen before the row of `user` is deleted, by the
    member themselves or by staff (`accounts.models.User.delete` calls this).

    `keep_text` is the member's choice on the deletion page: their posts that
    others' replies depend on stay, signed "former member", with the text kept
    or removed. Only the audit trail keeps the person, under a pseudonym."""
    if getattr(user, "_traces_erased", False):
        return pseudonym_for(user)
    application = Application.objects.filter(user=user).first()
    pseudonym = pseudonymise(user)
    entry = record(actor=None, subject=None, action="account_deleted", target=application)
    AuditEntry.objects.filter(pk=entry.pk).update(
        subject_label=pseudonym, actor_label=pseudonym, target_repr=pseudonym
    )
    _forget_sessions(user, session_keys)
    _erase_forum_traces(user, keep_text=keep_text)
    _erase_direct_messages(user, keep_text=keep_text)
    _erase_directory_entry(user, application)
    _erase_account_extras(user, pseudonym)
    if application is not None:
        application.delete()
    user._traces_erased = True
    return pseudonym


@transaction.atomic
def delete_account(user, *, keep_text=False, session_keys=()):
    """Delete `user` for good. The audit trail stays, with the identity replaced
    by a pseudonym; the deletion itself is the last entry about them."""
    pseudonym = erase_traces(user, keep_text=keep_text, session_keys=session_keys)
    user.delete()
    return pseudonym


__all__ = ["delete_account", "erase_traces", "export_user_data", "pseudonym_for"]
