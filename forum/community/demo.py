"""Demo discussions: plausible, clearly fictional, with no personal data.

Runs after forum.membership.demo, so the vetted sample experts exist; authors are
taken from the Vetted professionals and Moderators groups.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from machina.core.db.models import get_model

from .structure import setup_forums

Topic = get_model("forum_conversation", "Topic")
Post = get_model("forum_conversation", "Post")

# (forum name, subject, [(author role, text), ...]); author roles: "moderator", "expert0", "expert1", ...
DISCUSSIONS = [
    (
        "Announcements",
        "Welcome to the RAVOT-EUR forum (sample)",
        [
            (
                "moderator",
                "This forum connects the professionals who refer victims of trafficking between Hungary, "
                "Belgium and the Netherlands. The public area is open to everyone; the expert area is for vetted "
                "members only.\n\n**Rule one:** never write anything that could identify a victim.",
            ),
        ],
    ),
    (
        "Announcements",
        "Second transnational workshop: programme published (sample)",
        [
            (
                "moderator",
                "The programme of the (fictional) second workshop is in the *Workshops and study visits* "
                "forum of the expert area. Sessions follow the five stages of the referral mechanism.",
            )
        ],
    ),
    (
        "Questions to the experts",
        "Who can I contact if I think a colleague abroad is being exploited? (sample)",
        [
            (
                "expert0",
                "In each of the three countries there is a national contact point listed in the "
                "directory. If someone is in immediate danger, call the emergency number 112.",
            ),
            (
                "expert1",
                "You can also use the *Get help* pages of this site: they explain, per country, "
                "who to call and what happens next. Nothing you tell them obliges you to go to the police.",
            ),
        ],
    ),
    (
        "Hungary",
        "Return of an adult victim to a Hungarian county: who organises the shelter? (sample)",
        [
            (
                "expert1",
                "Fictional case for discussion: an adult woman, identified in Belgium, wishes to return. "
                "Her Belgian centre asks which Hungarian organisation confirms a shelter place before travel.",
            ),
            (
                "expert0",
                "In our (sample) practice the victim-support service confirms the place in writing. "
                "Send the request through the contact point two weeks ahead; the risk assessment comes first.",
            ),
        ],
    ),
    (
        "Belgium",
        "Reflection period when the victim was first identified in the Netherlands (sample)",
        [
            (
                "expert2",
                "Fictional scenario: a man exploited in agriculture in the Netherlands moves to Belgium "
                "before his reflection period ends. Does the Belgian period start again?",
            ),
            (
                "expert1",
                "It does not restart automatically. The specialised centre asks for a new assessment; "
                "the magistrate decides. Share the Dutch file through the referral form, not by e-mail.",
            ),
        ],
    ),
    (
        "Netherlands",
        "Care coordination after a transfer from Hungary (sample)",
        [
            (
                "expert2",
                "Sample question: which municipality coordinates care when a victim is transferred from "
                "Hungary without a registered address? Our (fictional) experience is that the first shelter's "
                "municipality takes it on until registration.",
            )
        ],
    ),
    (
        "Handbook and training",
        "Suggested correction to the chapter on first assistance (sample)",
        [
            (
                "expert0",
                "In the identification chapter, the checklist mixes indicators of labour and sexual "
                "exploitation. I suggest two separate lists. Comments welcome before the editors update it.",
            )
        ],
    ),
    (
        "Workshops and study visits",
        "Study visit to the Belgian specialised centres: questions to prepare (sample)",
        [
            (
                "moderator",
                "Please add the questions you would like to raise during the (fictional) study visit, "
                "one per reply, so that the hosts can prepare.",
            )
        ],
    ),
]


def _authors():
    User = get_user_model()
    experts = list(
        User.objects.filter(groups__name=settings.VETTED_GROUP, is_active=True).order_by("email").distinct()[:3]
    )
    moderator = User.objects.filter(groups__name=settings.MODERATORS_GROUP, is_active=True).order_by("email").first()
    if not experts:
        experts = [moderator] if moderator else []
    moderator = moderator or (experts[0] if experts else None)
    return moderator, experts


def _author(role, moderator, experts):
    if role == "moderator" or not experts:
        return moderator
    return experts[int(role.removeprefix("expert")) % len(experts)]


def load(command):
    forums = setup_forums()
    moderator, experts = _authors()
    if moderator is None:
        command.stdout.write("Forum: no demo members yet, discussions skipped.")
        return
    created = 0
    for forum_name, subject, posts in DISCUSSIONS:
        forum = forums[forum_name]
        if Topic.objects.filter(forum=forum, subject=subject).exists():
            continue
        first_author = _author(posts[0][0], moderator, experts)
        topic = Topic.objects.create(
            forum=forum, subject=subject, poster=first_author, type=Topic.TOPIC_POST, status=Topic.TOPIC_UNLOCKED,
            approved=True,
        )  # fmt: skip
        for index, (role, text) in enumerate(posts):
            Post.objects.create(
                topic=topic,
                poster=_author(role, moderator, experts),
                subject=subject if index == 0 else f"Re: {subject}",
                content=text,
                approved=True,
            )
        created += 1
    command.stdout.write(f"Forum: {len(forums)} forums, {created} new sample discussions.")
