"""The forum's areas and who may do what in them.

`setup_forums()` is idempotent: it creates what is missing and resets the
permissions it manages to the values below, so running it again repairs drift.
Forums are found by their slug (derived by machina from the name) under their
parent. Access is granted to groups; nothing is granted to "all signed-in users"
by default (MACHINA_DEFAULT_AUTHENTICATED_USER_FORUM_PERMISSIONS is empty), so a
forum someone adds in the admin stays private until access is given.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group
from django.utils.text import slugify
from machina.core.db.models import get_model

Forum = get_model("forum", "Forum")
ForumPermission = get_model("forum_permission", "ForumPermission")
GroupForumPermission = get_model("forum_permission", "GroupForumPermission")
UserForumPermission = get_model("forum_permission", "UserForumPermission")

READ = ("can_see_forum", "can_read_forum", "can_download_file")
WRITE = (
    "can_start_new_topics",
    "can_reply_to_topics",
    "can_edit_own_posts",
    "can_attach_file",
    "can_create_polls",
    "can_vote_in_polls",
    "can_post_without_approval",
)
ANSWER = (
    "can_reply_to_topics",
    "can_edit_own_posts",
    "can_attach_file",
    "can_post_without_approval",
)
MODERATE = (
    "can_post_announcements",
    "can_post_stickies",
    "can_lock_topics",
    "can_move_topics",
    "can_edit_posts",
    "can_delete_posts",
    "can_approve_posts",
    "can_reply_to_locked_topics",
    "can_delete_own_posts",
)

ANONYMOUS = "anonymous"
AUTHENTICATED = "authenticated"


@dataclass
class ForumSpec:
    name: str
    description: str
    kind: int = Forum.FORUM_POST
    # who → permission codenames; who is ANONYMOUS, AUTHENTICATED or a settings group attribute
    grants: dict = field(default_factory=dict)
    children: list = field(default_factory=list)
    # A question forum: a reply can be marked as the one that solved the topic.
    question: bool = False


def _public(post_grants):
    return {ANONYMOUS: READ, AUTHENTICATED: READ, **post_grants}


def _expert():
    return {"VETTED_GROUP": READ + WRITE}


COUNTRY_FORUMS = [
    ("Hungary", "Cases with a Hungarian side: identification, shelters, the Hungarian referral contacts."),
    ("Belgium", "Cases with a Belgian side: the specialised centres, the reflection period, the magistrates."),
    ("Netherlands", "Cases with a Dutch side: CoMensha, the B8/3 procedure, the municipal care coordinators."),
]

STRUCTURE = [
    ForumSpec(
        "Public area",
        "Open to everyone: news from the project and general questions to the experts.",
        Forum.FORUM_CAT,
        _public({}),
        [
            ForumSpec(
                "Announcements",
                "News from the RAVOT-EUR partners. Everyone can read; moderators post.",
                grants=_public({"VETTED_GROUP": READ}),
            ),
            ForumSpec(
                "Questions to the experts",
                "Ask a general question about the referral of victims between Hungary, Belgium and the "
                "Netherlands. Vetted professionals answer. Do not write anything that could identify a person.",
                grants=_public(
                    {
                        AUTHENTICATED: READ + ("can_start_new_topics",),
                        "VETTED_GROUP": READ + ANSWER + ("can_start_new_topics",),
                    }
                ),
                question=True,
            ),
        ],
    ),
    ForumSpec(
        "Expert area",
        "Only for vetted professionals.",
        Forum.FORUM_CAT,
        _expert(),
        [
            ForumSpec(
                "Cross-border cases",
                "Anonymised discussion of referrals between the three countries, one forum per country.",
                Forum.FORUM_CAT,
                _expert(),
                [ForumSpec(name, description, grants=_expert()) for name, description in COUNTRY_FORUMS],
            ),
            ForumSpec(
                "Handbook and training",
                "The TRM handbook in practice: questions, corrections, training material.",
                grants=_expert(),
                question=True,
            ),
            ForumSpec(
                "Workshops and study visits",
                "Preparing and following up the project's workshops and study visits.",
                grants=_expert(),
            ),
        ],
    ),
]


def _ensure_forum(spec, parent):
    forum = Forum.objects.filter(parent=parent, slug=slugify(spec.name, allow_unicode=True)).first()
    if forum is None:
        forum = Forum.objects.create(parent=parent, name=spec.name, type=spec.kind, description=spec.description)
    return forum


def _grant(forum, who, codenames, permissions):
    for codename in codenames:
        permission = permissions[codename]
        if who == ANONYMOUS:
            UserForumPermission.objects.update_or_create(
                forum=forum, permission=permission, user=None, anonymous_user=True, authenticated_user=False,
                defaults={"has_perm": True},
            )  # fmt: skip
        elif who == AUTHENTICATED:
            UserForumPermission.objects.update_or_create(
                forum=forum, permission=permission, user=None, anonymous_user=False, authenticated_user=True,
                defaults={"has_perm": True},
            )  # fmt: skip
        else:
            group = Group.objects.get_or_create(name=getattr(settings, who))[0]
            GroupForumPermission.objects.update_or_create(
                forum=forum, permission=permission, group=group, defaults={"has_perm": True}
            )


def _build(specs, parent, permissions, created):
    for spec in specs:
        forum = _ensure_forum(spec, parent)
        created[spec.name] = forum
        grants = dict(spec.grants)
        # Moderators can read and moderate everything, including the expert area.
        grants["MODERATORS_GROUP"] = READ + WRITE + MODERATE
        for who, codenames in grants.items():
            _grant(forum, who, codenames, permissions)
        if spec.question:
            from .models import QuestionForum

            QuestionForum.objects.get_or_create(forum=forum)
        _build(spec.children, forum, permissions, created)


def setup_forums():
    """Create or repair the forum tree and its permissions; return {name: Forum}."""
    permissions = {p.codename: p for p in ForumPermission.objects.all()}
    created = {}
    _build(STRUCTURE, None, permissions, created)
    return created


def expert_area():
    return Forum.objects.filter(slug="expert-area", parent=None).first()
