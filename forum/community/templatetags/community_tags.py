from django import template

from forum.community import access, forum_texts
from forum.community.models import ForumSubscription

register = template.Library()


@register.simple_tag
def follows_forum(forum, user):
    if not user.is_authenticated:
        return False
    return ForumSubscription.objects.filter(forum=forum, user=user).exists()


@register.filter
def forum_name(forum):
    """The forum's name in the reader's language, as plain text (attributes, options, e-mails)."""
    return forum_texts.localized(forum).name if forum is not None else ""


@register.filter
def forum_title(forum):
    """The forum's name in the reader's language, as HTML marked with its language when it is a fallback."""
    return forum_texts.title_html(forum) if forum is not None else ""


@register.filter
def forum_description(forum):
    """The forum's description in the reader's language, rendered."""
    return forum_texts.description_html(forum) if forum is not None else ""


@register.filter
def is_forum_moderator(user):
    return access.is_moderator(user)


@register.filter
def is_public_forum(forum):
    return access.is_public_forum(forum)


@register.filter
def can_see_experts(user):
    """Whether `user` may open the expert finder (directory.permissions)."""
    from directory.permissions import can_see_experts as allowed

    return allowed(user)


@register.simple_tag(takes_context=True)
def mention_suggestions_url(context, forum):
    """Where the post form asks for @mention suggestions, or "" when this writer gets none."""
    from django.urls import reverse

    request = context.get("request")
    if forum is None or request is None or not access.can_see_member_profiles(request.user):
        return ""
    return reverse("community:mention_suggestions", args=[forum.pk])


@register.filter
def written_language(post):
    """The language `post` is written in, for its `lang` attribute."""
    from forum.community.written_language import language_of

    return language_of(post)
