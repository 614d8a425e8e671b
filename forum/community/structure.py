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

    def texts(self):
        """{language: (name, description)}: English from `name` and `description`, the others
        from TRANSLATIONS (forum.community.forum_texts shows them)."""
        return {"en": (self.name, self.description), **TRANSLATIONS.get(self.name, {})}


def _public(post_grants):
    return {ANONYMOUS: READ, AUTHENTICATED: READ, **post_grants}


def _expert():
    return {"VETTED_GROUP": READ + WRITE}


COUNTRY_FORUMS = [
    ("Hungary", "Cases with a Hungarian side: identification, shelters, the Hungarian referral contacts."),
    ("Belgium", "Cases with a Belgian side: the specialised centres, the reflection period, the magistrates."),
    ("Netherlands", "Cases with a Dutch side: CoMensha, the B8/3 procedure, the municipal care coordinators."),
]

# What readers see in the other languages, by the forum's English name. setup_forums() creates a
# text that is missing and never changes one that exists: moderators edit them in the admin.
TRANSLATIONS = {
    "Public area": {
        "nl": (
            "Openbaar gedeelte",
            "Voor iedereen toegankelijk: nieuws van het project en algemene vragen aan de experts.",
        ),
        "hu": (
            "Nyilvános terület",
            "Mindenki számára nyitott: hírek a projektről és általános kérdések a szakértőkhöz.",
        ),
        "fr": ("Espace public", "Ouvert à tous : actualités du projet et questions générales aux experts."),
    },
    "Announcements": {
        "nl": (
            "Mededelingen",
            "Nieuws van de RAVOT-EUR-partners. Iedereen kan meelezen; moderatoren plaatsen de berichten.",
        ),
        "hu": (
            "Közlemények",
            "Hírek a RAVOT-EUR partnereitől. Mindenki olvashatja, bejegyzést a moderátorok tesznek közzé.",
        ),
        "fr": (
            "Annonces",
            "Les actualités des partenaires de RAVOT-EUR. Tout le monde peut les lire ; les modérateurs publient.",
        ),
    },
    "Questions to the experts": {
        "nl": (
            "Vragen aan de experts",
            "Stel een algemene vraag over de doorverwijzing van slachtoffers tussen Hongarije, België en Nederland. "
            "Gescreende professionals antwoorden. Schrijf niets op waarmee iemand geïdentificeerd kan worden.",
        ),
        "hu": (
            "Kérdések a szakértőkhöz",
            "Tegyen fel általános kérdést az áldozatok Magyarország, Belgium és Hollandia közötti "
            "továbbirányításáról. Ellenőrzött szakemberek válaszolnak. Ne írjon semmit, amiből egy személy "
            "azonosítható.",
        ),
        "fr": (
            "Questions aux experts",
            "Posez une question générale sur l’orientation des victimes entre la Hongrie, la Belgique et les "
            "Pays-Bas. Des professionnels vérifiés vous répondent. N’écrivez rien qui permette d’identifier une "
            "personne.",
        ),
    },
    "Expert area": {
        "nl": ("Expertgedeelte", "Alleen voor gescreende professionals."),
        "hu": ("Szakértői terület", "Csak ellenőrzött szakemberek számára."),
        "fr": ("Espace des experts", "Réservé aux professionnels vérifiés."),
    },
    "Cross-border cases": {
        "nl": (
            "Grensoverschrijdende zaken",
            "Geanonimiseerde bespreking van doorverwijzingen tussen de drie landen, één forum per land.",
        ),
        "hu": (
            "Határokon átnyúló ügyek",
            "A három ország közötti továbbirányítások anonimizált megbeszélése, országonként külön fórumon.",
        ),
        "fr": (
            "Affaires transfrontalières",
            "Discussion anonymisée des orientations entre les trois pays, un forum par pays.",
        ),
    },
    "Hungary": {
        "nl": (
            "Hongarije",
            "Zaken met een Hongaarse kant: identificatie, opvanghuizen, de Hongaarse contactpunten voor "
            "doorverwijzing.",
        ),
        "hu": (
            "Magyarország",
            "Magyar vonatkozású ügyek: azonosítás, menedékházak, a magyarországi továbbirányítás kapcsolattartói.",
        ),
        "fr": (
            "Hongrie",
            "Affaires avec un volet hongrois : identification, foyers d’accueil, les contacts hongrois pour "
            "l’orientation.",
        ),
    },
    "Belgium": {
        "nl": (
            "België",
            "Zaken met een Belgische kant: de gespecialiseerde centra, de bedenktijd, de referentiemagistraten.",
        ),
        "hu": (
            "Belgium",
            "Belga vonatkozású ügyek: a szakosított központok, a gondolkodási idő, a referens ügyészek.",
        ),
        "fr": (
            "Belgique",
            "Affaires avec un volet belge : les centres spécialisés, la période de réflexion, les magistrats de "
            "référence.",
        ),
    },
    "Netherlands": {
        "nl": (
            "Nederland",
            "Zaken met een Nederlandse kant: CoMensha, de B8/3-procedure, de gemeentelijke zorgcoördinatoren.",
        ),
        "hu": (
            "Hollandia",
            "Holland vonatkozású ügyek: a CoMensha, a B8/3 eljárás, a települési ellátáskoordinátorok.",
        ),
        "fr": (
            "Pays-Bas",
            "Affaires avec un volet néerlandais : CoMensha, la procédure B8/3, les coordinateurs de soins municipaux.",
        ),
    },
    "Handbook and training": {
        "nl": ("Handboek en training", "Het TRM-handboek in de praktijk: vragen, correcties, trainingsmateriaal."),
        "hu": ("Kézikönyv és képzés", "A TRM-kézikönyv a gyakorlatban: kérdések, javítások, képzési anyagok."),
        "fr": ("Manuel et formation", "Le manuel TRM en pratique : questions, corrections, supports de formation."),
    },
    "Workshops and study visits": {
        "nl": (
            "Workshops en studiebezoeken",
            "Voorbereiding en opvolging van de workshops en studiebezoeken van het project.",
        ),
        "hu": (
            "Műhelymunkák és tanulmányutak",
            "A projekt műhelymunkáinak és tanulmányútjainak előkészítése és nyomon követése.",
        ),
        "fr": ("Ateliers et visites d’étude", "Préparation et suivi des ateliers et des visites d’étude du projet."),
    },
}

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


def _ensure_texts(forum, spec):
    from .models import ForumText

    for language, (name, description) in spec.texts().items():
        ForumText.objects.get_or_create(
            forum=forum, language=language, defaults={"name": name, "description": description}
        )


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
        _ensure_texts(forum, spec)
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
