"""E-mails about the forum: new replies to what a member follows (at once or in a
daily digest), decisions about their posts, and news for moderators.

Posts from areas that anonymous visitors cannot read never leave the site: those
e-mails carry only a link, not the subject or the text.
"""

import datetime
import hashlib
import re
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from machina.core.db.models import get_model
from machina.core.loading import get_class

from forum.membership.lifecycle import expire_if_overdue
from home.site_address import public_base_url

from . import access
from .forum_texts import localized
from .models import (
    AnnouncedPost,
    ForumSubscription,
    MentionNotice,
    NotificationSettings,
    PostReport,
    RejectedPost,
    UnsubscribeLink,
)

Forum = get_model("forum", "Forum")
Post = get_model("forum_conversation", "Post")
PermissionHandler = get_class("forum_permission.handler", "PermissionHandler")


def base_url():
    return public_base_url()


def absolute(path):
    return base_url() + path


def unsubscribe_token(user, topic=None, forum=None):
    """A new token for the unsubscribe link of one e-mail: random, so that it says nothing
    about the reader, and valid for settings.RETENTION["unsubscribe_links"]."""
    token = secrets.token_urlsafe(32)
    UnsubscribeLink.objects.create(
        digest=_digest(token),
        user=user,
        topic=topic,
        forum=forum,
        expires_at=timezone.now() + settings.RETENTION["unsubscribe_links"],
    )
    return token


def read_unsubscribe_token(token):
    """The UnsubscribeLink behind `token`, or None when it is unknown or has expired."""
    return (
        UnsubscribeLink.objects.select_related("user", "topic", "forum")
        .filter(digest=_digest(token), expires_at__gt=timezone.now(), user__is_active=True)
        .first()
    )


def _digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


def topic_path(topic):
    return reverse(
        "forum_conversation:topic",
        kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum.pk, "slug": topic.slug, "pk": topic.pk},
    )


def post_path(post):
    return f"{topic_path(post.topic)}?post={post.pk}#{post.pk}"


def post_link(post):
    """The address an e-mail gives for a post: by number only, because a topic's slug is its title and
    e-mails about the expert area must not carry anything from it. The site redirects to the topic."""
    return absolute(reverse("community:go_to_post", args=[post.pk]))


def post_summary(post, public):
    """What an e-mail may say about a post. `public` posts may be quoted; others only linked."""
    summary = {"url": post_link(post), "public": public}
    if public:
        summary.update(
            forum_name=localized(post.topic.forum).name,
            subject=post.topic.subject,
            author=str(post.poster) if post.poster_id else post.username,
            excerpt=Truncator(post.content.raw).chars(300),
        )
    return summary


def _language(user):
    return getattr(user, "preferred_language", None) or settings.LANGUAGE_CODE


def _send(user, template, context, headers=None):
    """Render `template` (subject + body) in the recipient's language and send it."""
    with translation.override(_language(user)):
        context = {"user": user, "site_url": base_url(), **context}
        subject = " ".join(render_to_string(f"community/email/{template}_subject.txt", context).split())
        body = render_to_string(f"community/email/{template}.txt", context)
    message = EmailMultiAlternatives(subject, body, to=[user.email], headers=headers or {})
    message.send()
    return message


def _subscribers(topic):
    users = set(topic.subscribers.filter(is_active=True))
    users |= {s.user for s in ForumSubscription.objects.filter(forum=topic.forum, user__is_active=True)}
    return users


# "@name" where the name is a forum user name; not inside an e-mail address ("a@b.org").
MENTION = re.compile(r"(?<![\w@.])@([\w][\w.-]{0,148}[\w]|[\w])")
MAX_MENTIONS = 20


def mentioned_names(text):
    """The user names a post mentions, in order, each once (at most MAX_MENTIONS)."""
    return list(dict.fromkeys(MENTION.findall(text or "")))[:MAX_MENTIONS]


def mentioned_readers(post, handler, names=None):
    """The members a post mentions (or those of `names` it mentions) who may read its forum,
    other than its writer: a mention of someone who cannot read the topic tells them nothing,
    not even that it exists."""
    names = mentioned_names(post.content.raw) if names is None else names
    if not names:
        return []
    users = get_user_model().objects.filter(username__in=names, is_active=True).exclude(pk=post.poster_id)
    return [user for user in users.order_by("pk") if user.email and may_be_told(user, post.topic.forum, handler)]


def may_be_told(user, forum, handler):
    """Whether an e-mail about `forum` may go to `user`: only if they may read it now. A membership
    whose period has just ended is expired first, as their next request would do."""
    expire_if_overdue(user)
    return handler.can_read_forum(forum, user)


def announce_post(post_pk):
    """Tell the members a new approved post mentions, and the followers of its topic (or its
    forum), once; a follower who is also mentioned gets the one e-mail about the mention."""
    post = Post.objects.select_related("topic__forum", "poster").filter(pk=post_pk, approved=True).first()
    if post is None:
        return []
    _marker, created = AnnouncedPost.objects.get_or_create(post=post)
    if not created:
        return []
    topic = post.topic
    public = access.is_public_forum(topic.forum)
    handler = PermissionHandler()
    frequencies = dict(NotificationSettings.objects.values_list("user_id", "frequency"))
    forum_follower_ids = set(ForumSubscription.objects.filter(forum=topic.forum).values_list("user_id", flat=True))
    sent = []
    mentioned = set()
    for user in mentioned_readers(post, handler):
        if frequencies.get(user.pk) == NotificationSettings.Frequency.NEVER:
            continue
        mentioned.add(user.pk)
        sent.append(_tell_mentioned(user, post, public))
    for user in _subscribers(topic):
        if user.pk == post.poster_id or not user.email or user.pk in mentioned:
            continue
        if (
            frequencies.get(user.pk, NotificationSettings.Frequency.IMMEDIATE)
            != NotificationSettings.Frequency.IMMEDIATE
        ):
            continue
        # Someone who lost access (expired, suspended) since subscribing hears nothing more.
        if not may_be_told(user, topic.forum, handler):
            continue
        with translation.override(_language(user)):
            token = unsubscribe_token(user, topic=topic, forum=topic.forum if user.pk in forum_follower_ids else None)
            unsubscribe = absolute(reverse("community:unsubscribe", args=[token]))
            summary = post_summary(post, public)
        sent.append(
            _send(
                user,
                "new_reply",
                {"post": summary, "unsubscribe_url": unsubscribe},
                headers={
                    "List-Unsubscribe": f"<{unsubscribe}>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                },
            )
        )
    return sent


def _tell_mentioned(user, post, public):
    MentionNotice.objects.get_or_create(post=post, user=user)
    with translation.override(_language(user)):
        summary = post_summary(post, public)
    return _send(user, "mentioned", {"post": summary})


def announce_added_mentions(post_pk, previous_text):
    """After an edit: tell the members the new words mention and the old ones did not, if they
    may read the forum and were never told about this post. A post not announced yet (waiting
    for approval) is left to announce_post, which reads its words when it is approved."""
    post = Post.objects.select_related("topic__forum", "poster").filter(pk=post_pk, approved=True).first()
    if post is None or not AnnouncedPost.objects.filter(post=post).exists():
        return []
    before = set(mentioned_names(previous_text))
    added = [name for name in mentioned_names(post.content.raw) if name not in before]
    if not added:
        return []
    told = set(MentionNotice.objects.filter(post=post).values_list("user_id", flat=True))
    never = set(
        NotificationSettings.objects.filter(frequency=NotificationSettings.Frequency.NEVER).values_list(
            "user_id", flat=True
        )
    )
    public = access.is_public_forum(post.topic.forum)
    return [
        _tell_mentioned(user, post, public)
        for user in mentioned_readers(post, PermissionHandler(), added)
        if user.pk not in told and user.pk not in never
    ]


def digest_posts(user, since, until):
    forums = PermissionHandler().get_readable_forums(Forum.objects.all(), user)
    return (
        Post.approved_objects.filter(created__gt=since, created__lte=until, topic__forum__in=forums)
        .filter(Q(topic__subscribers=user) | Q(topic__forum__community_subscriptions__user=user))
        .exclude(poster=user)
        .select_related("topic__forum", "poster")
        .distinct()
        .order_by("topic_id", "created")
    )


def send_digests(now=None):
    """Send each daily-digest member what is new since their last digest; return how many were sent."""
    now = now or timezone.now()
    count = 0
    due = NotificationSettings.objects.filter(
        frequency=NotificationSettings.Frequency.DAILY, user__is_active=True
    ).filter(Q(last_digest_at__isnull=True) | Q(last_digest_at__lte=now - datetime.timedelta(hours=23)))
    for preference in due.select_related("user"):
        user = preference.user
        since = preference.last_digest_at or now - datetime.timedelta(days=1)
        posts = list(digest_posts(user, since, now))
        if posts and user.email:
            public_forums = {}
            items = []
            with translation.override(_language(user)):
                for post in posts:
                    if post.topic.forum_id not in public_forums:
                        public_forums[post.topic.forum_id] = access.is_public_forum(post.topic.forum)
                    items.append(post_summary(post, public_forums[post.topic.forum_id]))
                unsubscribe = absolute(reverse("community:unsubscribe", args=[unsubscribe_token(user)]))
            _send(
                user,
                "digest",
                {"items": items, "unsubscribe_url": unsubscribe},
                headers={
                    "List-Unsubscribe": f"<{unsubscribe}>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                },
            )
            count += 1
        preference.last_digest_at = now
        preference.save(update_fields=["last_digest_at"])
    return count


def _public_forum(forum):
    """A forum may be named in an e-mail only if anonymous visitors can read it (the template
    names it in the recipient's language)."""
    return forum if forum is not None and access.is_public_forum(forum) else None


def tell_moderators_pending(post_pk):
    post = Post.objects.select_related("topic__forum").filter(pk=post_pk, approved=False).first()
    if post is None:
        return
    from forum.review.notifications import immediate_recipients, queue_url

    # Moderators who chose the daily digest hear of it there (forum.review).
    for moderator in immediate_recipients():
        url = queue_url("post", post.pk)
        _send(moderator, "moderators_pending", {"url": url, "forum": _public_forum(post.topic.forum)})


def tell_moderators_report(report_pk):
    report = PostReport.objects.select_related("forum").filter(pk=report_pk).first()
    if report is None:
        return
    from forum.review.notifications import immediate_recipients, queue_url

    for moderator in immediate_recipients(exclude_pk=report.reporter_id):
        url = queue_url("report", report.pk)
        _send(moderator, "moderators_report", {"url": url, "forum": _public_forum(report.forum)})


def tell_author_rejected(rejected_pk):
    rejected = RejectedPost.objects.select_related("author").filter(pk=rejected_pk).first()
    if rejected is None or not rejected.author.email:
        return
    with translation.override(_language(rejected.author)):
        url = absolute(reverse("community:rejected_posts"))
    _send(rejected.author, "post_rejected", {"reason": rejected.reason, "url": url})


def tell_author_decision(report_pk):
    """Tell the author what a moderator did after a report about their post, and only that:
    where the text went if it was deleted, that it is hidden if it was hidden, that nothing
    was removed if it was a warning. A suspension is told by the membership's own e-mail."""
    report = PostReport.objects.select_related("post_author").filter(pk=report_pk).first()
    if report is None or report.post_author is None or not report.post_author.email:
        return
    author = report.post_author
    Action = PostReport.Action
    with translation.override(_language(author)):
        outcome = str(PostReport.ACTION_OUTCOMES.get(report.action, report.get_action_display()))
        if report.action == Action.DELETE:
            where = _("The text of the deleted post is kept for you, so that you can correct it and post it again:")
            url = absolute(reverse("community:rejected_posts"))
        elif report.action == Action.HIDE:
            where = _("Other members no longer see the post; you still find it among your posts:")
            url = absolute(reverse("forum_member:user_posts", args=[author.pk]))
        else:
            where = _("Nothing of yours was removed or changed.")
            url = ""
    _send(
        author, "moderator_decision", {"outcome": outcome, "note": report.moderator_note, "where": where, "url": url}
    )
