"""What the forum community needs beyond machina: reports, rejected posts kept for
their author, e-mail preferences, forum subscriptions and a record of which posts
have already been announced to subscribers."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PostReport(models.Model):
    """A member's report that a post breaks the rules; moderators work these in a queue."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DISMISSED = "dismissed", _("Dismissed")
        ACTIONED = "actioned", _("Action taken")

    class Action(models.TextChoices):
        DISMISS = "dismiss", _("Dismiss the report")
        EDIT = "edit", _("Edit the post")
        HIDE = "hide", _("Hide the post")
        DELETE = "delete", _("Delete the post")
        LOCK = "lock", _("Lock the topic")
        MOVE = "move", _("Move the topic")
        WARN = "warn", _("Warn the author")
        SUSPEND = "suspend", _("Suspend the author")

    # What the author is told, one whole sentence per action: a label such as
    # "Hide the post" cannot be slotted into a sentence in every language.
    ACTION_OUTCOMES = {
        Action.DISMISS: _("After a report about one of your posts, a moderator dismissed the report."),
        Action.EDIT: _("After a report about one of your posts, a moderator edited the post."),
        Action.HIDE: _("After a report about one of your posts, a moderator hid the post."),
        Action.DELETE: _("After a report about one of your posts, a moderator deleted the post."),
        Action.LOCK: _("After a report about one of your posts, a moderator locked the topic."),
        Action.MOVE: _("After a report about one of your posts, a moderator moved the topic to another forum."),
        Action.WARN: _("After a report about one of your posts, a moderator is sending you this warning."),
        Action.SUSPEND: _("After a report about one of your posts, a moderator suspended your membership."),
    }

    # The post may be deleted later; forum and author are kept so the report stays
    # reviewable and access-checked.
    post = models.ForeignKey(
        "forum_conversation.Post", verbose_name=_("post"), null=True, on_delete=models.SET_NULL, related_name="reports"
    )
    forum = models.ForeignKey("forum.Forum", verbose_name=_("forum"), null=True, on_delete=models.SET_NULL)
    post_author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author of the post"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    post_subject = models.CharField(_("subject of the post"), max_length=255, blank=True)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="forum_reports",
    )
    reason = models.TextField(_("reason"), max_length=2000)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.OPEN)
    action = models.CharField(_("action"), max_length=16, choices=Action.choices, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    moderator_note = models.TextField(_("moderator's note"), blank=True)

    class Meta:
        verbose_name = _("post report")
        verbose_name_plural = _("post reports")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.post_subject} ({self.get_status_display()})"

    @property
    def is_open(self):
        return self.status == self.Status.OPEN


class RejectedPost(models.Model):
    """A post a moderator did not approve. machina deletes the post itself; the text
    is kept here for its author, with the reason, so nothing they wrote is lost."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.CASCADE, related_name="rejected_posts"
    )
    forum = models.ForeignKey("forum.Forum", verbose_name=_("forum"), null=True, on_delete=models.SET_NULL)
    topic_subject = models.CharField(_("topic"), max_length=255, blank=True)
    subject = models.CharField(_("subject"), max_length=255)
    content = models.TextField(_("message"))
    reason = models.TextField(_("reason"))
    rejected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("rejected by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    rejected_at = models.DateTimeField(_("rejected at"), auto_now_add=True)

    class Meta:
        verbose_name = _("rejected post")
        verbose_name_plural = _("rejected posts")
        ordering = ["-rejected_at", "-pk"]

    def __str__(self):
        return self.subject


class NotificationSettings(models.Model):
    """How a member wants to hear about new replies in what they follow."""

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("At once, one e-mail per reply")
        DAILY = "daily", _("Once a day, in a digest")
        NEVER = "never", _("Never")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_notification_settings"
    )
    frequency = models.CharField(
        _("e-mails about new replies"), max_length=16, choices=Frequency.choices, default=Frequency.IMMEDIATE
    )
    last_digest_at = models.DateTimeField(_("last digest sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("forum e-mail settings")
        verbose_name_plural = _("forum e-mail settings")

    def __str__(self):
        return f"{self.user} ({self.get_frequency_display()})"

    @classmethod
    def for_user(cls, user):
        return cls.objects.get_or_create(user=user)[0]


class ForumSubscription(models.Model):
    """A member follows every topic of a forum (machina only has topic subscriptions)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions")
    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="community_subscriptions")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("forum subscription")
        verbose_name_plural = _("forum subscriptions")
        constraints = [models.UniqueConstraint(fields=["user", "forum"], name="community_unique_forum_subscription")]

    def __str__(self):
        return f"{self.user} → {self.forum}"


class PersonalDataRule(models.Model):
    """What a forum refuses outright, where the personal-data check otherwise only warns.

    A rule holds for the forum and every forum below it, so "ID numbers block in the
    public area" is one rule on the public area's category."""

    forum = models.OneToOneField(
        "forum.Forum", verbose_name=_("forum"), on_delete=models.CASCADE, related_name="personal_data_rule"
    )
    blocking_kinds = models.JSONField(
        _("refused outright"),
        default=list,
        blank=True,
        help_text=_(
            "Members cannot publish these in this forum and the forums below it, even after confirming. "
            "Anything else the check finds is still shown to the author as a warning."
        ),
    )

    class Meta:
        verbose_name = _("personal-data rule")
        verbose_name_plural = _("personal-data rules")

    def __str__(self):
        return str(self.forum)

    @classmethod
    def blocking_kinds_for(cls, forum):
        """The kinds refused in `forum` (its own rule and its parents'); with no forum, in any forum."""
        rules = cls.objects.all()
        if forum is not None:
            rules = rules.filter(forum__in=forum.get_ancestors(include_self=True))
        return {kind for kinds in rules.values_list("blocking_kinds", flat=True) for kind in kinds or ()}


class PostLanguage(models.Model):
    """The language a post is written in, as its writer chose it (their interface language
    unless they picked another): the post is marked up with it (WCAG 3.1.2) and analysed in
    it by search. A post without one is in its writer's interface language."""

    post = models.OneToOneField("forum_conversation.Post", on_delete=models.CASCADE, related_name="written_language")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)

    class Meta:
        verbose_name = _("language of a post")
        verbose_name_plural = _("languages of posts")

    def __str__(self):
        return f"{self.post_id}:{self.language}"


class PostDraft(models.Model):
    """What a member is writing and has not posted yet: a new topic in `forum` or a reply in
    `topic`, one of each per member. Only its writer ever reads it; it goes when the post is
    sent, when they discard it, or settings.RETENTION["post_drafts"] after its last change."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    forum = models.ForeignKey("forum.Forum", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey(
        "forum_conversation.Topic", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    subject = models.CharField(max_length=255, blank=True)
    content = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("post draft")
        verbose_name_plural = _("post drafts")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(forum__isnull=True, topic__isnull=False)
                | models.Q(forum__isnull=False, topic__isnull=True),
                name="post_draft_for_a_new_topic_or_a_reply",
            ),
            models.UniqueConstraint(
                fields=["user", "forum"], condition=models.Q(topic__isnull=True), name="one_topic_draft_per_forum"
            ),
            models.UniqueConstraint(
                fields=["user", "topic"], condition=models.Q(forum__isnull=True), name="one_reply_draft_per_topic"
            ),
        ]

    def __str__(self):
        return f"{self.user_id}:{self.forum_id or ''}:{self.topic_id or ''}"


class MentionNotice(models.Model):
    """A member told that a post mentions them: an edit that adds a mention tells the newly
    named, and nobody hears twice about the same post."""

    post = models.ForeignKey("forum_conversation.Post", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    told_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("mention notice")
        verbose_name_plural = _("mention notices")
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="one_mention_notice_per_post_and_user")]

    def __str__(self):
        return f"{self.post_id}:{self.user_id}"


class AnnouncedPost(models.Model):
    """Marks a post whose subscribers have been told, so an edit or a late approval
    never sends the same news twice."""

    post = models.OneToOneField("forum_conversation.Post", on_delete=models.CASCADE, related_name="+")
    announced_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("announced post")
        verbose_name_plural = _("announced posts")

    def __str__(self):
        return str(self.post_id)


class UnsubscribeLink(models.Model):
    """The token behind the one-click link in a forum e-mail. The link itself carries
    only random characters, so a reader learns nothing from it; only their digest is
    stored, so the table cannot be used to unsubscribe anyone. Every e-mail gets its
    own, valid for settings.RETENTION["unsubscribe_links"]."""

    digest = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey("forum_conversation.Topic", null=True, on_delete=models.CASCADE, related_name="+")
    forum = models.ForeignKey("forum.Forum", null=True, on_delete=models.CASCADE, related_name="+")
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("unsubscribe link")
        verbose_name_plural = _("unsubscribe links")

    def __str__(self):
        return f"{self.user} until {self.expires_at:%Y-%m-%d}"


class QuestionForum(models.Model):
    """A forum whose topics are questions: the topic starter or a moderator may mark one
    reply as the answer that solved it (see `forum.community.solutions`)."""

    forum = models.OneToOneField(
        "forum.Forum", verbose_name=_("forum"), on_delete=models.CASCADE, related_name="question_forum"
    )

    class Meta:
        verbose_name = _("question forum")
        verbose_name_plural = _("question forums")

    def __str__(self):
        return str(self.forum)


class TopicSolution(models.Model):
    """The reply that solved a question: one per topic. Its author's helpfulness is the
    number of their posts marked so."""

    topic = models.OneToOneField(
        "forum_conversation.Topic", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="solution"
    )
    post = models.OneToOneField(
        "forum_conversation.Post", verbose_name=_("solution"), on_delete=models.CASCADE, related_name="solution_of"
    )
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    marked_at = models.DateTimeField(_("marked at"), auto_now=True)

    class Meta:
        verbose_name = _("solution")
        verbose_name_plural = _("solutions")

    def __str__(self):
        return f"{self.topic_id} → {self.post_id}"


class PostRevision(models.Model):
    """A version of a post as it was before an edit (issue 13, item 2): moderators of the post's
    forum read the versions on the post's history page. `written_by`/`written_at` say whose words
    the version was and since when; `edited_by`/`edited_at` who replaced them, and when."""

    post = models.ForeignKey(
        "forum_conversation.Post", verbose_name=_("post"), on_delete=models.CASCADE, related_name="revisions"
    )
    subject = models.CharField(_("subject"), max_length=255)
    content = models.TextField(_("content"), blank=True)
    update_reason = models.CharField(_("reason for the edit"), max_length=255, blank=True)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    written_at = models.DateTimeField(_("written at"))
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("edited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    edited_at = models.DateTimeField(_("edited at"), auto_now_add=True)

    class Meta:
        ordering = ("edited_at", "pk")
        verbose_name = _("earlier version of a post")
        verbose_name_plural = _("earlier versions of posts")

    def __str__(self):
        return self.subject


class ForumText(models.Model):
    """A forum's name and description in one language, as readers see them.

    machina's own `Forum.name` is the forum's permanent, internal name: its address (the
    slug machina derives from it) and the key `setup_platform` finds it by. What readers
    see, in every language including English, is kept here and edited by moderators in the
    admin; a forum without a text in the reader's language shows the English one, and
    without that machina's name (forum.community.forum_texts)."""

    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(
        _("description"), blank=True, help_text=_("Shown under the name in the forum index. Markdown is allowed.")
    )

    class Meta:
        verbose_name = _("forum name and description")
        verbose_name_plural = _("forum names and descriptions")
        constraints = [models.UniqueConstraint(fields=["forum", "language"], name="one_forum_text_per_language")]

    def __str__(self):
        return f"{self.name} ({self.language})"
