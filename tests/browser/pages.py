"""Every page type of the site, as the standards tests (test_standards.py) visit it.

Each page type is named by its English address in the demo content (`manage.py
load_demo_content`); the other languages are reached through the page's own hreflang
alternates, which the tests check at the same time. A new page type joins the tests by
being added here.
"""

from dataclasses import dataclass

ANONYMOUS = "anonymous visitor"
MEMBER = "vetted member"
AUDIENCES = (ANONYMOUS, MEMBER)

# The demo's vetted member (forum.membership.demo) whose pages the member tests walk.
MEMBER_EMAIL = "expert.hu@example.org"


@dataclass(frozen=True)
class PageType:
    name: str
    path: str  # English address; "{...}" parts are filled in by resolve() from the demo content
    audiences: tuple = AUDIENCES
    # Private pages (noindex: direct messages, safe contact) announce no alternates on purpose;
    # the walk reaches their other languages by their language prefix instead.
    announces_alternates: bool = True


PAGE_TYPES = [
    PageType("home", "/en/"),
    PageType("generic page", "/en/about/"),
    PageType("handbook index", "/en/handbook/"),
    PageType("handbook chapter with a table", "{chapter_with_table}"),
    PageType("handbook print view", "/en/handbook/print/"),
    PageType("reports index", "/en/reports/"),
    PageType("report", "/en/reports/workshop-budapest-2014/"),
    PageType("news index", "/en/news/"),
    PageType("news item", "/en/news/closing-conference/"),
    PageType("get help", "/en/get-help/"),
    PageType("directory list", "/en/directory/"),
    PageType("organisation", "/en/directory/org/payoke/"),
    PageType("pathways form", "/en/who-do-i-contact/"),
    PageType("pathways result", "/en/who-do-i-contact/?identified=HU&origin=BE"),
    PageType("forum index", "/en/forum/"),
    PageType("forum", "{member_forum}"),
    PageType("forum topic", "{member_topic}"),
    PageType("members-only forum", "{expert_forum}", audiences=(MEMBER,)),
    PageType("members-only topic", "{expert_topic}", audiences=(MEMBER,)),
    # In a forum where members may start polls, so the form has its poll fields.
    PageType("new topic", "{expert_forum}topic/create/", audiences=(MEMBER,)),
    PageType("reply", "{expert_topic}post/create/", audiences=(MEMBER,)),
    PageType("member profile", "/en/forum/member/profile/{member_id}/"),
    PageType("login", "/en/accounts/login/", audiences=(ANONYMOUS,)),
    PageType("sign-up", "/en/accounts/signup/", audiences=(ANONYMOUS,)),
    PageType("membership application", "/en/membership/apply/"),
    PageType("membership status", "/en/membership/", audiences=(MEMBER,)),
    PageType("account e-mail addresses", "/en/accounts/email/", audiences=(MEMBER,)),
    PageType("direct messages", "/en/forum/messages/", audiences=(MEMBER,), announces_alternates=False),
    PageType(
        "direct message conversation",
        "/en/forum/messages/{conversation_id}/",
        audiences=(MEMBER,),
        announces_alternates=False,
    ),
    PageType("new direct message", "/en/forum/messages/new/", audiences=(MEMBER,), announces_alternates=False),
    PageType("safe contact", "/en/safe-contact/", audiences=(ANONYMOUS,), announces_alternates=False),
    PageType("safe contact answer", "/en/safe-contact/check/", audiences=(ANONYMOUS,), announces_alternates=False),
]

# The site search: the empty page, results with filters and highlights, a filtered list,
# and the no-results state.
SEARCH_PAGE_TYPES = [
    PageType("search", "/en/search/"),
    PageType("search results", "/en/search/?q=referral"),
    PageType("search results filtered", "/en/search/?q=victim&kind=handbook&sort=newest"),
    PageType("search without results", "/en/search/?q=zzzqqq"),
]


def all_page_types():
    return PAGE_TYPES + SEARCH_PAGE_TYPES


def without_alternates():
    """The names of the page types that announce no hreflang alternates."""
    return {page_type.name for page_type in all_page_types() if not page_type.announces_alternates}


def demo_placeholders():
    """The parts of the addresses above that depend on database ids of the demo content."""
    from django.contrib.auth import get_user_model
    from machina.apps.forum.models import Forum
    from machina.apps.forum_conversation.models import Topic

    from handbook.models import HandbookChapterPage

    member = get_user_model().objects.get(email=MEMBER_EMAIL)
    chapter = (
        HandbookChapterPage.objects.live()
        .filter(locale__language_code="en", chapter_number=3)
        .order_by("path")
        .first()
    )
    topic = (
        Topic.objects.filter(approved=True, forum__name__icontains="experts").order_by("pk").first()
        or Topic.objects.filter(approved=True).order_by("pk").first()
    )
    forum = topic.forum if topic else Forum.objects.filter(type=Forum.FORUM_POST).order_by("pk").first()
    forum_url = f"/en/forum/forum/{forum.slug}-{forum.pk}/"
    expert_topic = Topic.objects.filter(approved=True, forum__name="Hungary").order_by("pk").first()
    expert_forum = expert_topic.forum if expert_topic else Forum.objects.filter(name="Hungary").first() or forum
    expert_forum_url = f"/en/forum/forum/{expert_forum.slug}-{expert_forum.pk}/"
    from forum.direct_messages.models import Conversation

    conversation = Conversation.objects.filter(participants__user=member).order_by("pk").first()
    return {
        "conversation_id": conversation.pk if conversation else 0,
        "expert_forum": expert_forum_url,
        "expert_topic": (
            f"{expert_forum_url}topic/{expert_topic.slug}-{expert_topic.pk}/" if expert_topic else expert_forum_url
        ),
        "chapter_with_table": chapter.url if chapter else "/en/handbook/",
        "member_forum": forum_url,
        "member_topic": f"{forum_url}topic/{topic.slug}-{topic.pk}/" if topic else forum_url,
        "member_id": member.pk,
    }


def resolve(page_type, placeholders):
    path = page_type.path
    if path.startswith("{") and path.endswith("}") and path.count("{") == 1:
        return str(placeholders[path[1:-1]])
    return path.format(**placeholders)
