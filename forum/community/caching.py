"""Fewer queries for machina's forum structure, permissions, unread marks and last posts.

machina asks the database on every page for the whole forum tree (twice), for the
permission rows of the reader and of the reader's groups (once per set of permissions
it checks, and once per forum for single checks), for the ancestors of every unread
forum one by one, and for the topic of every forum's last post one by one. Here:

- the forum tree and the permissions are kept in the shared cache (home.caching, scope
  FORUM), renewed at once when a forum, a forum permission, a group or a user's groups
  change (and after each new post, which changes the forums' counters);
- permissions are cached by *what grants them*, never by person: anonymous readers
  share one entry, and a signed-in member shares the entry of the exact set of groups
  they belong to. Members with permissions of their own (machina's per-user rows) are
  never served from the cache. An inactive account is never cached either (machina
  gives it nothing);
- unread forums get their ancestors from the tree already loaded, and the forum lists
  load each last post's topic with the post (batched: one query, not one per forum).
"""

import copy
import hashlib

from django.contrib.auth.models import Group
from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from machina.core.db.models import get_model
from machina.core.loading import get_class

from home.caching import FORUM, cached, invalidate

Forum = get_model("forum", "Forum")
ForumPermission = get_model("forum_permission", "ForumPermission")
UserForumPermission = get_model("forum_permission", "UserForumPermission")
GroupForumPermission = get_model("forum_permission", "GroupForumPermission")
ForumReadTrack = get_model("forum_tracking", "ForumReadTrack")


def all_forums():
    """Every forum in tree order (machina's default ordering), from the shared cache."""
    return cached(FORUM, "all-forums", lambda: list(Forum.objects.all()))


def _users_with_own_permissions():
    return set(UserForumPermission.objects.filter(user__isnull=False).values_list("user_id", flat=True))


def permission_identity(user):
    """What the reader's forum permissions depend on, or None when they must not be shared."""
    if user is None or user.is_anonymous:
        return "anonymous"
    if not user.is_active or user.is_superuser:
        return None
    if user.pk in cached(FORUM, "users-with-own-permissions", _users_with_own_permissions):
        return None
    return "groups:" + ",".join(str(pk) for pk in user_group_ids(user))


def user_group_ids(user):
    """The ids of the groups of `user`, asked once per request (kept on the user object; asked
    again after forum.membership's expiry middleware has changed the groups)."""
    group_ids = getattr(user, "_forum_group_ids", None)
    if group_ids is None or getattr(user, "_groups_changed", False):
        # This user's own key: any change of anyone's groups renews the scope (m2m_changed below).
        group_ids = cached(
            FORUM, f"user-groups:{user.pk}", lambda: tuple(sorted(user.groups.values_list("pk", flat=True)))
        )
        user._forum_group_ids = group_ids
    return group_ids


def group_id_named(name):
    """The id of the group called `name`, or None (group names and ids from the shared cache)."""
    return cached(FORUM, "group-ids", lambda: dict(Group.objects.values_list("name", "pk"))).get(name)


ROLE_MODELS = {"safecontact.helperrole"}


def _renew_forum(**kwargs):
    invalidate(FORUM)


def _renew_for_roles(sender, **kwargs):
    if getattr(getattr(sender, "_meta", None), "label_lower", None) in ROLE_MODELS:
        invalidate(FORUM)


def _digest(*parts):
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def install():
    Checker = get_class("forum_permission.checker", "ForumPermissionChecker")
    Handler = get_class("forum_permission.handler", "PermissionHandler")
    VisibilityTree = get_class("forum.visibility", "ForumVisibilityContentTree")

    original_forumlist = Checker.get_perms_for_forumlist

    def get_perms_for_forumlist(self, forums, perm_codenames=None):
        forums = list(forums)
        identity = permission_identity(self.user)
        if identity is None or any(forum is None or forum.pk is None for forum in forums):
            return original_forumlist(self, forums, perm_codenames)
        ids = [forum.pk for forum in forums]
        key = f"forum-perms:{identity}:{_digest(ids, sorted(perm_codenames or []))}"
        by_id = cached(
            FORUM,
            key,
            lambda: {
                forum.pk: set(codes) for forum, codes in original_forumlist(self, forums, perm_codenames).items()
            },
        )
        result = {}
        for forum in forums:
            result[forum] = set(by_id.get(forum.pk, ()))
        return result

    Checker.get_perms_for_forumlist = get_perms_for_forumlist

    # Django's permission sets (two queries for every signed-in page: Wagtail's user bar asks
    # whether the reader may enter the admin), kept under the user's own key.
    from django.contrib.auth.backends import ModelBackend

    original_permissions = ModelBackend._get_permissions

    def _get_permissions(self, user_obj, obj, from_name):
        attribute = f"_{from_name}_perm_cache"
        if obj is not None or not user_obj.is_active or user_obj.is_anonymous or hasattr(user_obj, attribute):
            return original_permissions(self, user_obj, obj, from_name)
        key = f"auth-permissions:{from_name}:{user_obj.pk}:{int(user_obj.is_superuser)}"
        permissions = cached(FORUM, key, lambda: set(original_permissions(self, user_obj, obj, from_name)))
        setattr(user_obj, attribute, permissions)
        return permissions

    ModelBackend._get_permissions = _get_permissions

    def _get_all_forums(self):
        if not hasattr(self, "_all_forums"):
            self._all_forums = all_forums()
        return self._all_forums

    def _get_top_nodes(self):
        if not hasattr(self, "_top_nodes"):
            from mptt.utils import get_cached_trees

            # get_cached_trees links the objects it is given: a copy, not the shared list.
            self._top_nodes = get_cached_trees(copy.deepcopy(all_forums()))
        return self._top_nodes

    def _filter_granted_forums_using_tree(self, granted_forums):
        granted = {forum.pk for forum in granted_forums}
        kept = set()
        for top in self._get_top_nodes():
            stack = [top]
            while stack:
                node = stack.pop()
                if node.pk in granted:
                    kept.add(node.pk)
                    stack.extend(node.get_children())
        # machina returned a queryset of these; its callers only iterate it.
        return [forum for forum in self._get_all_forums() if forum.pk in kept]

    Handler._get_all_forums = _get_all_forums
    Handler._get_top_nodes = _get_top_nodes
    Handler._filter_granted_forums_using_tree = _filter_granted_forums_using_tree

    original_from_forums = VisibilityTree.from_forums.__func__

    def from_forums(cls, forums):
        if isinstance(forums, QuerySet):
            forums = forums.select_related("last_post", "last_post__poster", "last_post__topic")
        return original_from_forums(cls, forums)

    VisibilityTree.from_forums = classmethod(from_forums)

    manager_class = type(ForumReadTrack.objects)

    def get_unread_forums_from_list(self, forums, user):
        """machina's, with the ancestors taken from the cached tree instead of one query per forum."""
        forums = list(forums)
        tree = all_forums()

        def ancestors(forum):
            return [
                other
                for other in tree
                if other.tree_id == forum.tree_id and other.lft <= forum.lft and other.rght >= forum.rght
            ]

        unread = {}
        visibility = VisibilityTree.from_forums(forums).as_dict
        tracked = set()
        for track in self.get_queryset().filter(user=user, forum__in=forums):
            last_post_on = visibility[track.forum_id].last_post_on
            if last_post_on and track.mark_time < last_post_on:
                for forum in ancestors(visibility[track.forum_id].obj):
                    unread.setdefault(forum.pk, forum)
            tracked.add(track.forum_id)
        for forum in forums:
            if forum.pk not in tracked and forum.pk not in unread and forum.direct_topics_count > 0:
                for ancestor in ancestors(forum):
                    unread.setdefault(ancestor.pk, ancestor)
        return list(unread.values())

    manager_class.get_unread_forums_from_list = get_unread_forums_from_list

    renew = _renew_forum
    Topic = get_model("forum_conversation", "Topic")
    Post = get_model("forum_conversation", "Post")
    # Posts and topics: whole forum pages are cached for anonymous readers (home.page_cache).
    # machina counts topic views with a queryset update, which sends no signal.
    for model in (Forum, ForumPermission, UserForumPermission, GroupForumPermission, Group, Topic, Post):
        for signal in (post_save, post_delete):
            signal.connect(renew, sender=model, dispatch_uid=f"forum_caching_{model.__name__}_{signal}")
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    m2m_changed.connect(renew, sender=user_model.groups.through, dispatch_uid="forum_caching_user_groups")
    m2m_changed.connect(
        renew, sender=user_model.user_permissions.through, dispatch_uid="forum_caching_user_permissions"
    )
    # Roles of other apps that make an account privileged (accounts.mfa): safe-contact helpers.
    for signal in (post_save, post_delete):
        signal.connect(_renew_for_roles, dispatch_uid=f"forum_caching_roles_{signal}")
    m2m_changed.connect(renew, sender=Group.permissions.through, dispatch_uid="forum_caching_group_permissions")
    from django.contrib.auth.models import Permission

    for signal in (post_save, post_delete):
        signal.connect(renew, sender=Permission, dispatch_uid=f"forum_caching_permission_{signal}")
        # is_staff, is_superuser and is_active are part of the keys; a saved account renews anyway.
        signal.connect(renew, sender=user_model, dispatch_uid=f"forum_caching_user_{signal}")
