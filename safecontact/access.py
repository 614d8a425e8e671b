"""Who may see which safe-contact conversation.

A helper is a vetted member (current membership) with a `HelperRole`; they see the
conversations of the countries and languages of their roles, nothing else. Moderators see
every conversation (escalations, abuse). Both hold privileged roles: accounts.mfa makes them
use two-factor authentication, and until they have, every request treats them as visitors.
"""

from django.db.models import Q

from forum.membership.access import is_moderator, is_vetted

from .models import Conversation, HelperRole


def holds_helper_role(user):
    """Any helper role at all, vetted or not: what makes 2FA required (accounts.mfa)."""
    if user is None or not user.is_authenticated:
        return False
    return HelperRole.objects.filter(user=user).exists()


def helper_scopes(user):
    """The (country, language) pairs `user` answers, empty unless they are a vetted member."""
    if not holds_helper_role(user) or not is_vetted(user):
        return []
    return list(HelperRole.objects.filter(user=user).values_list("country", "language"))


def is_helper(user):
    return bool(helper_scopes(user))


def may_use_inbox(user):
    return is_helper(user) or is_moderator(user)


def _scope_filter(scopes):
    condition = Q(pk__in=[])
    for country, language in scopes:
        condition |= Q(country=country, language=language)
    return condition


def visible_conversations(user):
    if is_moderator(user):
        return Conversation.objects.all()
    scopes = helper_scopes(user)
    if not scopes:
        return Conversation.objects.none()
    return Conversation.objects.filter(_scope_filter(scopes))


def may_answer(user, conversation):
    """Claim, answer, note, hand over and close: a helper of the conversation's country and language."""
    return (conversation.country, conversation.language) in set(helper_scopes(user))


def waiting_count(user):
    """The header's counter: conversations nobody has taken on yet in the helper's countries and
    languages, and their own ones in which the person wrote last."""
    scopes = helper_scopes(user)
    if not scopes:
        return 0
    mine = Q(state=Conversation.State.CLAIMED, claimed_by=user, awaiting_helper=True)
    waiting = Q(state=Conversation.State.OPEN)
    return Conversation.objects.filter(_scope_filter(scopes)).filter(mine | waiting).count()
