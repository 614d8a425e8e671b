"""Grow the platform to the size of a real network, fast, for the load bench (`make bench-load`).

Run it after `manage.py load_demo_content`, on the database the settings point at:

    python -m bench.bulk_load --posts 100000 --topics 5000 --members 1000 --organisations 2000

Every number is a total to reach, not an amount to add: what the demo (or an earlier run)
already holds counts, and running it again adds nothing. Rows go in with bulk_create in
batches (one INSERT per BATCH_SIZE rows, never one per row), then machina's denormalised
trackers are recomputed in bulk: one UPDATE with correlated subqueries sets every topic's
posts_count, first_post, last_post and last_post_on, machina's own `Forum.update_trackers()`
runs once per forum (not per topic), and one UPDATE sets the forum profiles' posts_count.

Everything is sample data: members are "Bench Member 0001 (sample)" at bench-member-0001@example.org,
with an unusable password (sign in as a demo login instead); organisations are "Sample Organisation 0001
(bench)" with example.org addresses. CMS pages are not multiplied: the demo already has every page in
the four languages (home/demo_translations), which the loader checks and reports.

The site search index (search app) is rebuilt at the end only with --search-index: it writes a document
per post, several minutes for 100,000 posts on a small machine, far slower than the load itself. Without
it the site search does not find the new posts (`manage.py search_index --rebuild` adds them later).
"""

import argparse
import os
import sys
import time
import uuid
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BATCH_SIZE = 2000
BENCH_EMAIL = "bench-member-{:04d}@example.org"
# Posts per topic page in machina (MACHINA_TOPIC_POSTS_NUMBER_PER_PAGE) is 15: a long topic has many pages.
LONG_TOPIC_POSTS = 500

# The forums the topics go to: the two public ones first, then the expert area's.
FORUMS = [
    "Questions to the experts",
    "Announcements",
    "Hungary",
    "Belgium",
    "Netherlands",
    "Handbook and training",
    "Workshops and study visits",
]
FIRST_NAMES = ["Alex", "Bo", "Charlie", "Dani", "Eli", "Fran", "Gabi", "Hedda", "Ira", "Jo"]
CITIES = {
    "BE": ["Antwerp", "Brussels", "Ghent", "Liège", "Namur"],
    "HU": ["Budapest", "Debrecen", "Pécs", "Szeged", "Miskolc"],
    "NL": ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen"],
}
SUBJECTS = [
    "Shelter place for an adult victim returning to {city} (sample {n})",
    "Reflection period after a transfer from {country} (sample {n})",
    "Which contact point confirms the risk assessment? (sample {n})",
    "Interpreter for a first interview in {city} (sample {n})",
    "Labour exploitation indicators in agriculture (sample {n})",
    "Referral form: what to send before travel (sample {n})",
    "Follow-up after the return: who coordinates care in {city}? (sample {n})",
    "Residence permit and the victim's statement (sample {n})",
]
# A few paragraphs, rendered once each (machina renders a post's Markdown on save, which bulk_create skips).
BODIES = [
    "In our (sample) practice the victim-support service confirms the **shelter** place in writing. "
    "Send the request through the contact point two weeks ahead; the risk assessment comes first.",
    "Fictional scenario for discussion: the person was identified in one country and wants to return. "
    "Who pays for the journey, and who meets them on arrival?\n\n- the contact point\n- the shelter\n- the NGO",
    "It does not restart automatically. The specialised centre asks for a new assessment; the magistrate "
    "decides. Share the file through the referral form, *not* by e-mail.",
    "Thank you, this is useful. In the (sample) case we handled last year the municipality of the first "
    "shelter coordinated care until the person was registered.",
    "A reminder for everyone: never write anything here that could identify a person. Describe the "
    "situation in general terms; details go through the secure referral channel.",
    "We use the checklist from chapter 3 of the handbook. Two separate lists of indicators (labour and "
    "sexual exploitation) would make the first interview easier.",
    "Could the expert from the labour inspectorate say how long an inspection report takes to reach the "
    "prosecutor? Our (fictional) experience is about six weeks.",
    "Sample answer: ask the embassy for the travel document early, it is often what delays a return.",
]


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()


@contextmanager
def explicit_dates(*models):
    """Let bulk_create store the dates we give (auto_now/auto_now_add would stamp them all 'now')."""
    saved = []
    for model in models:
        for field in model._meta.concrete_fields:
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                saved.append((field, field.auto_now, field.auto_now_add))
                field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in saved:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def insert_rows(model, columns, rows):
    """Insert plain rows (tuples in the order of `columns`): COPY on PostgreSQL, bulk_create batches elsewhere."""
    from django.db import connection

    if connection.vendor == "postgresql":
        names = ", ".join(connection.ops.quote_name(column) for column in columns)
        with connection.cursor() as cursor:
            with cursor.cursor.copy(f"COPY {model._meta.db_table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        return len(rows)
    objects = [model(**dict(zip(columns, row, strict=True))) for row in rows]
    model.objects.bulk_create(objects, batch_size=BATCH_SIZE)
    return len(objects)


class Loader:
    def __init__(self, *, posts, topics, members, organisations, long_topic=LONG_TOPIC_POSTS, out=print):
        self.target_posts = posts
        self.target_topics = topics
        self.target_members = members
        self.target_organisations = organisations
        self.long_topic = long_topic
        self.out = out

    def run(self, search_index=False):
        from django.core.cache import cache
        from django.db import transaction

        started = time.perf_counter()
        with transaction.atomic():
            self.step("members", self.load_members)
            self.step("organisations", self.load_organisations)
            self.step("topics and posts", self.load_forum)
            self.step("forum trackers", self.update_trackers)
        self.step("pages in every language", self.check_pages)
        if search_index:
            self.step("site search index", self.rebuild_search_index)
        else:
            self.out("site search index: not rebuilt (--search-index does); the new posts are not found by search")
        self.step("statistics (ANALYZE)", self.analyze)
        # Cached pages and fragments (home/caching.py, the page cache) were computed from the smaller site.
        cache.clear()
        self.out(f"Loaded in {time.perf_counter() - started:.1f} s.")

    def step(self, label, function):
        started = time.perf_counter()
        result = function()
        self.out(f"{label}: {result} ({time.perf_counter() - started:.1f} s)")

    # Members -------------------------------------------------------------------------------------------

    def load_members(self):
        from allauth.account.models import EmailAddress
        from django.conf import settings
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from django.utils import timezone
        from machina.core.db.models import get_model

        from forum.membership.models import Application

        User = get_user_model()
        ForumProfile = get_model("forum_member", "ForumProfile")
        vetted = Group.objects.get_or_create(name=settings.VETTED_GROUP)[0]
        existing = User.objects.filter(groups=vetted).count()
        numbered = User.objects.filter(email__startswith="bench-member-").count()
        wanted = max(0, self.target_members - existing)
        languages = [code for code, _name in settings.LANGUAGES]
        countries = sorted(CITIES)
        now = timezone.now()
        users = []
        for index in range(numbered + 1, numbered + wanted + 1):
            users.append(
                User(
                    username=f"bench-member-{index:04d}",
                    email=BENCH_EMAIL.format(index),
                    first_name=FIRST_NAMES[index % len(FIRST_NAMES)],
                    last_name=f"Bench Member {index:04d} (sample)",
                    password="!bench-member-without-password",  # unusable: nobody signs in as one
                    preferred_language=languages[index % len(languages)],
                    is_active=True,
                    date_joined=now - timedelta(days=index % 3000),
                )
            )
        User.objects.bulk_create(users, batch_size=BATCH_SIZE)
        users = list(User.objects.filter(email__in=[user.email for user in users]).order_by("pk"))
        EmailAddress.objects.bulk_create(
            [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users],
            batch_size=BATCH_SIZE,
        )
        Application.objects.bulk_create(
            [
                Application(
                    user=user,
                    state=Application.State.APPROVED,
                    full_name=user.get_full_name(),
                    organisation_name=f"Sample Organisation {user.pk % 97 + 1:04d} (bench)",
                    role="Case worker (sample)",
                    sector="ngo",
                    country=countries[user.pk % len(countries)],
                    professional_email=user.email,
                    professional_email_verified_at=now,
                    referee_kind=Application.RefereeKind.SUPERVISOR,
                    referee_name="Sam Supervisor (sample)",
                    referee_email="supervisor@example.org",
                    motivation="Sample motivation (bench data).",
                    code_of_conduct_version=settings.MEMBERSHIP_CODE_OF_CONDUCT_VERSION,
                    privacy_notice_version=settings.MEMBERSHIP_PRIVACY_NOTICE_VERSION,
                    terms_accepted_at=now,
                    submitted_at=now - timedelta(days=40),
                    decided_at=now - timedelta(days=30),
                    valid_from=now - timedelta(days=30),
                    valid_until=now + timedelta(days=settings.MEMBERSHIP_DEFAULT_PERIOD_DAYS),
                )
                for user in users
            ],
            batch_size=BATCH_SIZE,
        )
        Through = User.groups.through
        Through.objects.bulk_create([Through(user_id=user.pk, group_id=vetted.pk) for user in users], BATCH_SIZE)
        ForumProfile.objects.bulk_create([ForumProfile(user=user) for user in users], batch_size=BATCH_SIZE)
        return f"{len(users)} vetted members added, {existing + len(users)} in all"

    # Directory -----------------------------------------------------------------------------------------

    def load_organisations(self):
        from django.utils import timezone
        from wagtail.models import Locale

        from directory.models import Language, Organisation, Service, TargetGroup
        from directory.taxonomy_data import ensure_taxonomy

        locale = Locale.get_default()
        if not Service.objects.filter(locale=locale).exists():
            ensure_taxonomy()
        services = list(Service.objects.filter(locale=locale).order_by("pk").values_list("pk", flat=True))
        languages = list(Language.objects.order_by("pk").values_list("pk", flat=True))
        groups = list(TargetGroup.objects.order_by("pk").values_list("pk", flat=True))
        existing = Organisation.objects.filter(locale=locale).count()
        numbered = Organisation.objects.filter(locale=locale, slug__startswith="bench-organisation-").count()
        wanted = max(0, self.target_organisations - existing)
        kinds = [choice for choice, _label in Organisation.Kind.choices]
        countries = sorted(CITIES)
        now = timezone.now()
        organisations = []
        for index in range(numbered + 1, numbered + wanted + 1):
            country = countries[index % len(countries)]
            city = CITIES[country][index % len(CITIES[country])]
            organisations.append(
                Organisation(
                    locale=locale,
                    translation_key=uuid.uuid4(),
                    name=f"Sample Organisation {index:04d} (bench)",
                    slug=f"bench-organisation-{index:04d}",
                    kind=kinds[index % len(kinds)],
                    country=country,
                    city=city,
                    address=f"Sample Street {index % 200 + 1}, {city}",
                    description="A fictional organisation for the load bench: it offers shelter, legal advice and "
                    "support to victims of trafficking (sample).",
                    website=f"https://bench-organisation-{index:04d}.example.org/",
                    email=f"contact@bench-organisation-{index:04d}.example.org",
                    opening_hours="Monday to Friday, 9:00–17:00 (sample)",
                    available_24_7=index % 5 == 0,
                    accepts_referrals_from_abroad=index % 2 == 0,
                    is_sample=True,
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        Organisation.objects.bulk_create(organisations, batch_size=BATCH_SIZE)
        created = list(
            Organisation.objects.filter(locale=locale, slug__in=[o.slug for o in organisations]).values_list(
                "pk", flat=True
            )
        )
        links = {"services": [], "languages": [], "target_groups": []}
        column = {"services": "service_id", "languages": "language_id", "target_groups": "targetgroup_id"}
        pools = {"services": services, "languages": languages, "target_groups": groups}
        counts = {"services": 4, "languages": 2, "target_groups": 2}
        for pk in created:
            for name, pool in pools.items():
                if not pool:
                    continue
                chosen = {pool[(pk * (step + 3) + step) % len(pool)] for step in range(counts[name])}
                through = Organisation._meta.get_field(name).remote_field.through
                links[name].extend(through(organisation_id=pk, **{column[name]: item}) for item in chosen)
        for name, rows in links.items():
            Organisation._meta.get_field(name).remote_field.through.objects.bulk_create(rows, batch_size=BATCH_SIZE)
        return f"{len(created)} added, {existing + len(created)} in the directory"

    # Forum ---------------------------------------------------------------------------------------------

    def load_forum(self):
        from django.conf import settings
        from django.contrib.auth import get_user_model
        from django.utils import timezone
        from django.utils.text import slugify
        from machina.core.db.models import get_model

        from forum.community.structure import setup_forums
        from forum.markup import render_forum_markup

        Topic = get_model("forum_conversation", "Topic")
        Post = get_model("forum_conversation", "Post")
        Forum = get_model("forum", "Forum")
        forums = {forum.name: forum for forum in Forum.objects.filter(type=Forum.FORUM_POST)}
        if not all(name in forums for name in FORUMS):
            forums = setup_forums()  # creates the forum tree and its permissions when missing
        existing_topics = Topic.objects.count()
        existing_posts = Post.objects.count()
        new_topics = max(0, self.target_topics - existing_topics)
        new_posts = max(0, self.target_posts - existing_posts)
        if not new_topics:
            return f"nothing to add ({existing_topics} topics, {existing_posts} posts)"
        if new_posts < new_topics:
            raise SystemExit(f"{new_posts} posts cannot fill {new_topics} new topics: ask for more posts")
        authors = list(
            get_user_model()
            .objects.filter(groups__name=settings.VETTED_GROUP, is_active=True)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if not authors:
            raise SystemExit("No vetted members to write the posts: ask for --members")

        # Half the topics in the public forums (most in "Questions to the experts", so that it has
        # a page 100 at full size), the rest spread over the expert forums.
        public = [forums["Questions to the experts"]] * 7 + [forums["Announcements"]]
        expert = [forums[name] for name in FORUMS[2:]]
        # One long topic (in the public forum) and the other topics as even as possible: 20 posts each at full size.
        long_posts = min(self.long_topic, new_posts - (new_topics - 1)) if new_topics > 1 else new_posts
        rest = new_posts - long_posts
        base, extra = divmod(rest, new_topics - 1) if new_topics > 1 else (0, 0)
        sizes = [long_posts] + [base + (1 if index < extra else 0) for index in range(new_topics - 1)]

        rendered = [str(render_forum_markup(body)) for body in BODIES]
        now = timezone.now()
        span = timedelta(days=3650)  # ten years of discussions
        topic_step = span / new_topics
        countries = ["Hungary", "Belgium", "the Netherlands"]
        topics = []
        for index in range(new_topics):
            forum = public[index % len(public)] if index % 2 == 0 else expert[index % len(expert)]
            country = sorted(CITIES)[index % 3]
            subject = SUBJECTS[index % len(SUBJECTS)].format(
                city=CITIES[country][index % 5], country=countries[index % 3], n=existing_topics + index + 1
            )
            if index == 0:
                subject = f"A long discussion: shelters and returns, collected answers (sample {existing_topics + 1})"
            created = now - span + topic_step * index
            topics.append(
                Topic(
                    forum=forum,
                    poster_id=authors[index % len(authors)],
                    subject=subject,
                    slug=slugify(subject, allow_unicode=True)[:255] or "topic",
                    type=Topic.TOPIC_POST,
                    status=Topic.TOPIC_UNLOCKED,
                    approved=True,
                    posts_count=0,
                    created=created,
                    updated=created,
                )
            )
        with explicit_dates(Topic, Post):
            Topic.objects.bulk_create(topics, batch_size=BATCH_SIZE)
            if any(topic.pk is None for topic in topics):
                raise SystemExit("This database does not return the ids of bulk-created rows")
            columns = ["topic_id", "poster_id", "subject", "content", "_content_rendered", "approved"]
            columns += ["enable_signature", "updates_count", "created", "updated"]
            rows = []
            for index, (topic, size) in enumerate(zip(topics, sizes, strict=True)):
                # Posts of a topic follow each other by minutes (the long one over days), all before the next topic.
                post_step = min(topic_step / (size + 1), timedelta(hours=6))
                for number in range(size):
                    created = topic.created + post_step * number
                    body = number % len(BODIES)
                    subject = topic.subject if number == 0 else f"Re: {topic.subject}"
                    poster = authors[(index + number) % len(authors)]
                    rows.append(
                        (topic.pk, poster, subject, BODIES[body], rendered[body], True, False, 0, created, created)
                    )
            written = insert_rows(Post, columns, rows)
        return (
            f"{new_topics} topics and {written} posts added, {Topic.objects.count()} and {Post.objects.count()} in all"
        )

    def update_trackers(self):
        """machina's counters, in bulk: what Topic.update_trackers() and Forum.update_trackers() compute."""
        from django.db import connection
        from machina.core.db.models import get_model

        Topic = get_model("forum_conversation", "Topic")
        Post = get_model("forum_conversation", "Post")
        Forum = get_model("forum", "Forum")
        ForumProfile = get_model("forum_member", "ForumProfile")
        topic, post, profile = Topic._meta.db_table, Post._meta.db_table, ForumProfile._meta.db_table
        true = "TRUE" if connection.vendor == "postgresql" else "1"
        with connection.cursor() as cursor:
            # Topic.update_trackers(): approved posts, the first post (approved or not), the last approved one.
            cursor.execute(
                f"""
                UPDATE {topic} SET
                    posts_count = (SELECT COUNT(*) FROM {post} p
                                   WHERE p.topic_id = {topic}.id AND p.approved = {true}),
                    first_post_id = (SELECT p.id FROM {post} p WHERE p.topic_id = {topic}.id
                                     ORDER BY p.created, p.id LIMIT 1),
                    last_post_id = (SELECT p.id FROM {post} p WHERE p.topic_id = {topic}.id AND p.approved = {true}
                                    ORDER BY p.created DESC, p.id DESC LIMIT 1),
                    last_post_on = (SELECT MAX(p.created) FROM {post} p
                                    WHERE p.topic_id = {topic}.id AND p.approved = {true})
                """  # noqa: S608 - table names from the models, no user input
            )
            topics = cursor.rowcount
            # machina's post_save receiver counts a member's approved posts in their forum profile.
            cursor.execute(
                f"""
                UPDATE {profile} SET posts_count = (
                    SELECT COUNT(*) FROM {post} p WHERE p.poster_id = {profile}.user_id AND p.approved = {true}
                )
                """  # noqa: S608
            )
        forums = 0
        for forum in Forum.objects.filter(type=Forum.FORUM_POST):
            forum.update_trackers()  # machina's own: direct topic and post counts, last post
            forums += 1
        return f"{topics} topics and {forums} forums recounted"

    # Pages and search ----------------------------------------------------------------------------------

    def check_pages(self):
        from django.conf import settings
        from wagtail.models import Locale, Page

        counts = {}
        for code, _name in settings.LANGUAGES:
            locale = Locale.objects.filter(language_code=code).first()
            counts[code] = Page.objects.filter(locale=locale, depth__gt=1).count() if locale else 0
        missing = Page.objects.filter(depth__gt=1, locale__language_code=settings.LANGUAGE_CODE).exclude(
            translation_key__in=Page.objects.exclude(locale__language_code=settings.LANGUAGE_CODE)
            .values("translation_key")
            .distinct()
        )
        summary = ", ".join(f"{count} {code}" for code, count in counts.items())
        if len(set(counts.values())) > 1 or missing.exists():
            return f"{summary}: NOT every page is translated (load_demo_content translates them)"
        return f"{summary}: every page in {len(counts)} languages"

    def rebuild_search_index(self):
        from search import indexing

        return f"{indexing.rebuild()} documents"

    def analyze(self):
        from django.db import connection

        if connection.vendor != "postgresql":
            return "skipped (not PostgreSQL)"
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        return "done"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=100_000, help="total forum posts (default 100000)")
    parser.add_argument("--topics", type=int, default=5_000, help="total forum topics (default 5000)")
    parser.add_argument("--members", type=int, default=1_000, help="total vetted members (default 1000)")
    parser.add_argument("--organisations", type=int, default=2_000, help="total organisations (default 2000)")
    parser.add_argument("--long-topic", type=int, default=LONG_TOPIC_POSTS, help="posts in the one long topic")
    parser.add_argument(
        "--search-index", action="store_true", help="rebuild the site search index too (minutes at full size)"
    )
    options = parser.parse_args(argv)
    setup_django()
    Loader(
        posts=options.posts,
        topics=options.topics,
        members=options.members,
        organisations=options.organisations,
        long_topic=options.long_topic,
    ).run(search_index=options.search_index)


if __name__ == "__main__":
    main()
