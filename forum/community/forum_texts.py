"""A forum's name and description in the reader's language (issue 11).

Every place that shows a forum to a person goes through `localized(forum)` (or the
`forum_name`, `forum_title` and `forum_description` template filters built on it): the
forum index, breadcrumbs, topic pages, feeds, e-mails, the review queue, search results
and the admin. machina's own templates and forms print `str(forum)`, which `install()`
points here too.

The texts of all forums in all languages are one small table, read once into the shared
cache (home.caching, scope FORUM) and renewed whenever a text changes: a page pays at
most one query for them, however many forums it names.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString
from machina.core.db.models import get_model

from forum.markup import render_user_text
from home.caching import FORUM, cached, invalidate

Forum = get_model("forum", "Forum")


@dataclass(frozen=True)
class LocalizedForum:
    name: str
    description: SafeString  # rendered Markdown, "" when the forum has none
    language: str  # the language `name` and `description` are in: the reader's, or a fallback's

    def __str__(self):
        return self.name


def _load_texts():
    from .models import ForumText

    texts = {}
    for forum_id, language, name, description in ForumText.objects.values_list(
        "forum_id", "language", "name", "description"
    ):
        texts.setdefault(forum_id, {})[language] = (name, str(render_user_text(description)) if description else "")
    return texts


def all_texts():
    """{forum id: {language: (name, description HTML)}}, from the shared cache."""
    return cached(FORUM, "forum-texts", _load_texts)


def _active_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def _stored_text(forum_id, language):
    """(name, description HTML, language) in `language`, else in English, else None."""
    texts = all_texts().get(forum_id, {})
    for candidate in dict.fromkeys((language, settings.LANGUAGE_CODE)):
        if candidate in texts:
            return (*texts[candidate], candidate)
    return None


def localized(forum, language=None):
    """`forum`'s name and description in `language` (the active language by default)."""
    stored = _stored_text(forum.pk, language or _active_language())
    if stored is not None:
        name, description, found_in = stored
        return LocalizedForum(name, SafeString(description), found_in)
    # A forum nobody has named yet: machina's name, which is written in English.
    description = forum.description.rendered if forum.description and forum.description.raw else ""
    return LocalizedForum(forum.name, SafeString(description or ""), settings.LANGUAGE_CODE)


def names_by_id(forum_ids, language=None):
    """{forum id: name in `language`} for forums known only by id (one query for those not named yet)."""
    language = language or _active_language()
    names = {}
    for forum_id in set(forum_ids):
        if (stored := _stored_text(forum_id, language)) is not None:
            names[forum_id] = stored[0]
    missing = set(forum_ids) - names.keys()
    if missing:
        names.update(Forum.objects.filter(pk__in=missing).values_list("pk", "name"))
    return names


def title_html(forum):
    """The name as HTML for a page in the active language: marked with its own language when
    it is a fallback (WCAG 3.1.2), so a screen reader reads an English name as English."""
    text = localized(forum)
    if text.language != _active_language():
        return format_html('<span lang="{}">{}</span>', text.language, text.name)
    return format_html("{}", text.name)


def description_html(forum):
    text = localized(forum)
    if text.description and text.language != _active_language():
        return format_html('<div lang="{}">{}</div>', text.language, text.description)
    return text.description


def _renew(**kwargs):
    invalidate(FORUM)


def install():
    from .models import ForumText

    # machina's templates, forms (moving a topic, choosing a forum) and the admin print str(forum).
    Forum.__str__ = lambda forum: localized(forum).name
    for signal in (post_save, post_delete):
        signal.connect(_renew, sender=ForumText, dispatch_uid=f"forum_texts_{signal}")
