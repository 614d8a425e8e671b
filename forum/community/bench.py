"""More forum topics for the benchmarks (bench/__main__.py): `factor` times the demo's."""

from machina.core.db.models import get_model

from .demo import _authors
from .structure import setup_forums

Topic = get_model("forum_conversation", "Topic")
Post = get_model("forum_conversation", "Post")


def grow(factor):
    forums = setup_forums()
    moderator, experts = _authors()
    authors = experts or [moderator]
    if not authors or authors[0] is None:
        return
    existing = list(Topic.objects.select_related("forum").order_by("pk"))
    for round_number in range(1, factor):
        for number, original in enumerate(existing):
            forum = forums.get(original.forum.name, original.forum)
            author = authors[number % len(authors)]
            subject = f"{original.subject} (benchmark copy {round_number})"
            topic = Topic.objects.create(
                forum=forum, subject=subject, poster=author, type=Topic.TOPIC_POST, status=Topic.TOPIC_UNLOCKED,
                approved=True,
            )  # fmt: skip
            for reply in range(3):
                Post.objects.create(
                    topic=topic,
                    poster=authors[(number + reply) % len(authors)],
                    subject=subject if reply == 0 else f"Re: {subject}",
                    content=f"Benchmark post {reply + 1} in a copy of “{original.subject}”.",
                    approved=True,
                )
