"""Who may read a search document, as access tokens.

A document carries the tokens that allow reading it; a reader holds tokens
computed from their rights by the same rules the views use (Wagtail page
privacy, machina's forum permissions, directory.permissions). Forum and group
rights are looked up when searching, not stored in the documents, so changing
a forum's permissions or vetting a member needs no re-indexing.
"""

from django.contrib.auth.models import Group

PUBLIC = "public"
SIGNED_IN = "signed-in"
EXPERTS = "experts"


def group_token(group_id):
    return f"group:{group_id}"


def forum_token(forum_id):
    return f"forum:{forum_id}"


def reader_tokens(user):
    """Every token `user` holds (anonymous visitors included)."""
    from directory.permissions import can_see_experts
    from forum.community.access import readable_forums

    tokens = {PUBLIC}
    tokens.update(forum_token(forum.pk) for forum in readable_forums(user))
    if user is not None and user.is_authenticated and user.is_active:
        tokens.add(SIGNED_IN)
        # Wagtail lets superusers through every group restriction (PageViewRestriction.accept_request).
        groups = Group.objects.all() if user.is_superuser else user.groups.all()
        tokens.update(group_token(pk) for pk in groups.values_list("pk", flat=True))
        if can_see_experts(user):
            tokens.add(EXPERTS)
    return frozenset(tokens)


def page_readers(page):
    """The tokens that allow reading `page`, or None when search must never show it (password-protected)."""
    from wagtail.models import PageViewRestriction

    restrictions = list(page.get_view_restrictions())
    if not restrictions:
        return [PUBLIC]
    if any(r.restriction_type == PageViewRestriction.PASSWORD for r in restrictions):
        return None
    group_restrictions = [r for r in restrictions if r.restriction_type == PageViewRestriction.GROUPS]
    if not group_restrictions:
        return [SIGNED_IN]
    # Every restriction on the way down must pass: the deepest group restriction is the
    # narrowest one editors set, and each of its groups implies being signed in.
    return sorted({group_token(pk) for pk in group_restrictions[-1].groups.values_list("pk", flat=True)}) or None
