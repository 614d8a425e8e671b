"""The forum's part of the site search: approved topics and posts, readable by whoever may read their forum.

A post's document carries the token of its forum (search.access.forum_token); who may
read a forum is machina's permission handler's answer at search time, so changing a
forum's permissions changes the results at once, without re-indexing. A topic's first
post is the topic's document (its subject is the title); replies are their own documents.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import translation
from machina.core.db.models import get_model

from forum.community.forum_texts import names_by_id
from forum.community.models import PostLanguage
from forum.community.written_language import language_of
from search.access import forum_token
from search.documents import ALL_LANGUAGES, Kind, SearchDocument
from search.indexing import schedule
from search.sources import Source, register

Forum = get_model("forum", "Forum")
Topic = get_model("forum_conversation", "Topic")
Post = get_model("forum_conversation", "Post")

# The country sub-forums (forum.community.structure.COUNTRY_FORUMS), by slug.
COUNTRY_FORUM_SLUGS = {"hungary": "HU", "belgium": "BE", "netherlands": "NL"}
REPLY_BOOST = 0.5


def post_language(post):
    """The language a post is written in (forum.community.written_language)."""
    return language_of(post)


class ForumPostSource(Source):
    """Object key: a post's primary key."""

    name = "forum"

    def keys(self, object_key):
        return [f"post:{object_key}"]

    def object_keys(self):
        return (
            Post.approved_objects.filter(topic__approved=True).order_by("pk").values_list("pk", flat=True).iterator()
        )

    def documents(self, object_key):
        post = Post.objects.filter(pk=object_key).select_related("topic__forum", "poster", "written_language").first()
        if post is None or not post.approved or not post.topic.approved:
            return []
        return [self.document(post)]

    def all_documents(self):
        """Every approved post, read in chunks with what it needs: a rebuild of 100,000 posts stays linear."""
        posts = (
            Post.approved_objects.filter(topic__approved=True)
            .select_related("topic__forum", "poster", "written_language")
            .order_by("pk")
        )
        last = 0
        while True:
            chunk = list(posts.filter(pk__gt=last)[:1000])
            if not chunk:
                return
            for post in chunk:
                yield self.document(post)
            last = chunk[-1].pk

    def document(self, post):
        from .notifications import post_path

        topic = post.topic
        is_topic = topic.first_post_id == post.pk
        # Stored under the default language; the search page puts the reader's language in front.
        with translation.override(settings.LANGUAGE_CODE):
            url = post_path(post)
        country = COUNTRY_FORUM_SLUGS.get(topic.forum.slug)
        return SearchDocument(
            key=f"post:{post.pk}",
            kind=Kind.TOPIC if is_topic else Kind.POST,
            language=post_language(post),
            scope_language=ALL_LANGUAGES,
            title=topic.subject if is_topic else (post.subject or topic.subject),
            text=post.content.raw if post.content else "",
            url=url,
            readers=[forum_token(topic.forum_id)],
            countries=[country] if country else [],
            date=post.created,
            boost=1.0 if is_topic else REPLY_BOOST,
            # Named in the reader's language when shown (localize_hits), so a rename needs no re-index.
            context=f"forum:{topic.forum_id}",
        )

    def localize_hits(self, hits):
        forum_ids = {int(hit.context.split(":", 1)[1]) for hit in hits if hit.context.startswith("forum:")}
        if not forum_ids:
            return
        names = names_by_id(forum_ids)
        for hit in hits:
            if hit.context.startswith("forum:"):
                hit.context = names.get(int(hit.context.split(":", 1)[1]), "")


def on_post_changed(sender, instance, **kwargs):
    schedule("forum", [instance.pk])


def on_post_language_changed(sender, instance, **kwargs):
    # Saved after its post: the post's documents are analysed in the new language.
    schedule("forum", [instance.post_id])


# machina saves the topic and its forum after every post (their counters and last-post
# pointers): only a change of what the documents hold may re-index all their posts.
TOPIC_FIELDS = ("approved", "subject", "slug", "forum_id")
FORUM_FIELDS = ("name", "slug")


def remember_indexed_fields(fields):
    def handler(sender, instance, **kwargs):
        if instance.pk:
            instance._search_indexed = sender.objects.filter(pk=instance.pk).values(*fields).first()

    return handler


def indexed_fields_changed(instance, fields):
    before = getattr(instance, "_search_indexed", None)
    return before is not None and any(before[field] != getattr(instance, field) for field in fields)


def on_topic_changed(sender, instance, **kwargs):
    if indexed_fields_changed(instance, TOPIC_FIELDS):
        schedule("forum", Post.objects.filter(topic_id=instance.pk).values_list("pk", flat=True))


def on_forum_changed(sender, instance, **kwargs):
    if indexed_fields_changed(instance, FORUM_FIELDS):
        schedule("forum", Post.objects.filter(topic__forum_id=instance.pk).values_list("pk", flat=True))


def connect():
    register(ForumPostSource())
    post_save.connect(on_post_changed, sender=Post, dispatch_uid="search_post_saved")
    post_delete.connect(on_post_changed, sender=Post, dispatch_uid="search_post_deleted")
    post_save.connect(on_post_language_changed, sender=PostLanguage, dispatch_uid="search_post_language_saved")
    pre_save.connect(
        remember_indexed_fields(TOPIC_FIELDS), sender=Topic, dispatch_uid="search_topic_before", weak=False
    )
    post_save.connect(on_topic_changed, sender=Topic, dispatch_uid="search_topic_saved")
    pre_save.connect(
        remember_indexed_fields(FORUM_FIELDS), sender=Forum, dispatch_uid="search_forum_before", weak=False
    )
    post_save.connect(on_forum_changed, sender=Forum, dispatch_uid="search_forum_saved")
