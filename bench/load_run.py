"""Load run: concurrent readers through the main pages of a running server (`make bench-load`).

bench/load.sh starts PostgreSQL, Redis and gunicorn with the production settings and then runs this
module, in the same environment (same settings, same database). For each page it prints:

- req/s, p50 and p95 in milliseconds from ApacheBench (`ab -r -c C -t T`, after an untimed warm-up
  of 4 x C requests), against the server;
- the number of SQL queries the page makes, counted separately with Django's test client and
  CaptureQueriesContext on the same database: the first request (cold caches) and the next one (warm);
- each page's req/s as a ratio of the ceiling: a static file served by the same gunicorn (WhiteNoise).

Anonymous pages are read without a cookie; the vetted pages with the session cookie of a demo vetted
member (expert.be@example.org), made with Django's session engine: no password is typed anywhere.
Requests carry `X-Forwarded-Proto: https`, as behind the TLS proxy the production settings expect.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

VETTED_EMAIL = "expert.be@example.org"
HEADERS = {"X-Forwarded-Proto": "https"}


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    import django

    django.setup()


def vetted_session_cookie():
    """A signed-in session for the demo vetted member, stored by the configured session engine."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model

    user = get_user_model().objects.get(email=VETTED_EMAIL)
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = user._meta.pk.value_to_string(user)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.save()
    return f"{settings.SESSION_COOKIE_NAME}={store.session_key}"


def _page_url(model, **filters):
    from wagtail.models import Locale

    page = model.objects.live().filter(locale=Locale.get_default(), **filters).order_by("path").first()
    return page.url if page else None


def pages():
    """(label, path, vetted?) for every page of the run, found in the database."""
    from django.conf import settings
    from django.db.models import Count
    from django.urls import reverse
    from django.utils import translation
    from machina.conf import settings as machina_settings
    from machina.core.db.models import get_model

    from directory.models import DirectoryPage, PathwayPage
    from handbook.models import HandbookChapterPage
    from home.models import HomePage
    from reports.models import ReportIndexPage, ReportPage

    Forum = get_model("forum", "Forum")
    Topic = get_model("forum_conversation", "Topic")

    def forum_url(forum, page=1):
        url = reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk})
        return url if page == 1 else f"{url}?page={page}"

    def topic_url(topic, page=1):
        kwargs = {"forum_slug": topic.forum.slug, "forum_pk": topic.forum_id, "slug": topic.slug, "pk": topic.pk}
        url = reverse("forum_conversation:topic", kwargs=kwargs)
        return url if page == 1 else f"{url}?page={page}"

    translation.activate(settings.LANGUAGE_CODE)
    public = Forum.objects.get(slug="questions-to-the-experts")
    expert = Forum.objects.get(slug="hungary")
    topics_per_page = machina_settings.FORUM_TOPICS_NUMBER_PER_PAGE
    posts_per_page = machina_settings.TOPIC_POSTS_NUMBER_PER_PAGE
    forum_pages = max(1, -(-public.direct_topics_count // topics_per_page))
    approved = Topic.objects.filter(approved=True).select_related("forum")
    long = approved.filter(forum=public).order_by("-posts_count", "pk").first()
    # The topic closest to 20 posts (at most 20), other than the long one.
    twenty = (
        approved.filter(forum=public, posts_count__lte=20).exclude(pk=long.pk).order_by("-posts_count", "-pk").first()
        or long
    )
    long_pages = max(1, -(-long.posts_count // posts_per_page))
    expert_topic = approved.filter(forum=expert).order_by("-last_post_on").first()
    pathway = _page_url(PathwayPage)
    result = [
        ("home", _page_url(HomePage), False),
        ("handbook chapter", _page_url(HandbookChapterPage), False),
        ("reports index", _page_url(ReportIndexPage), False),
        ("report", _page_url(ReportPage), False),
        ("directory", _page_url(DirectoryPage), False),
        ("pathways result", f"{pathway}?identified=BE&origin=HU" if pathway else None, False),
        ("search 'shelter'", reverse("search") + "?q=shelter", False),
        ("forum index", reverse("forum:index"), False),
        ("public forum, page 1", forum_url(public), False),
        (f"public forum, page {min(100, forum_pages)}", forum_url(public, min(100, forum_pages)), False),
        (f"topic, {twenty.posts_count} posts", topic_url(twenty), False),
        (f"long topic ({long.posts_count}), last page", topic_url(long, long_pages), False),
        ("forum index (vetted)", reverse("forum:index"), True),
        ("expert forum (vetted)", forum_url(expert), True),
        ("expert topic (vetted)", topic_url(expert_topic), True),
    ]
    counts = Topic.objects.aggregate(topics=Count("pk"))
    return [row for row in result if row[1]], counts["topics"]


def static_path():
    from django.contrib.staticfiles.storage import staticfiles_storage

    return staticfiles_storage.url("css/site.css")


def count_queries(path, cookie):
    """(status, queries on the first request, queries on the next) through Django's test client."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    if cookie:
        name, value = cookie.split("=", 1)
        client.cookies[name] = value
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        counts.append(len(queries))
    return response.status_code, counts[0], counts[1]


def run_ab(url, *, seconds, concurrency, cookie=None, requests=None):
    """ab for `seconds`, or for a number of `requests` (the untimed warm-up)."""
    # -r: a worker that gunicorn replaces (max_requests) resets its connections; count it, do not stop.
    command = ["ab", "-q", "-r", "-c", str(concurrency), "-s", "30"]
    command += ["-n", str(requests)] if requests else ["-t", str(seconds), "-n", "1000000"]
    for name, value in HEADERS.items():
        command += ["-H", f"{name}: {value}"]
    if cookie:
        command += ["-C", cookie]
    finished = subprocess.run(command + [url], capture_output=True, text=True, timeout=seconds + 60)
    output = finished.stdout

    def number(pattern, default=0.0):
        match = re.search(pattern, output, re.MULTILINE)
        return float(match.group(1)) if match else default

    return {
        "rps": number(r"^Requests per second:\s+([\d.]+)"),
        "p50": number(r"^\s+50%\s+(\d+)"),
        "p95": number(r"^\s+95%\s+(\d+)"),
        "requests": int(number(r"^Complete requests:\s+(\d+)")),
        "failed": int(number(r"^Failed requests:\s+(\d+)")),
        "non2xx": int(number(r"^Non-2xx responses:\s+(\d+)")),
        "error": ""
        if finished.returncode == 0 and "Requests per second" in output
        else (
            f"no request completed within {seconds} s"
            if finished.returncode == 0
            else " ".join((finished.stderr.strip() or "ab failed").splitlines()[-2:])
        ),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", required=True, help="the running server, e.g. http://127.0.0.1:8765")
    parser.add_argument("--seconds", type=int, default=10, help="length of each page's run (default 10)")
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent readers (default 8)")
    options = parser.parse_args(argv)
    if not shutil.which("ab"):
        raise SystemExit("ApacheBench (ab) is missing: apt-get install apache2-utils")
    setup_django()
    from django.db import connection
    from machina.core.db.models import get_model

    base = options.base_url.rstrip("/")
    cookie = vetted_session_cookie()
    rows, topics = pages()
    posts = get_model("forum_conversation", "Post").objects.count()
    print(f"{connection.vendor}, {topics} topics, {posts} posts; ab -c {options.concurrency} -t {options.seconds}")

    static = static_path()
    # Every worker's first requests of a page load templates and fill caches: a warm-up, not timed.
    run_ab(base + static, seconds=options.seconds, concurrency=options.concurrency, requests=options.concurrency * 4)
    ceiling = run_ab(base + static, seconds=options.seconds, concurrency=options.concurrency)
    header = f"{'page':34} {'req/s':>8} {'p50 ms':>7} {'p95 ms':>7} {'queries':>9} {'÷ static':>9}  notes"
    print(header)
    print("-" * len(header))
    print(f"{'static file (ceiling)':34} {ceiling['rps']:8.1f} {ceiling['p50']:7.0f} {ceiling['p95']:7.0f} {'-':>9} "
          f"{1:9.2f}  {static}")  # fmt: skip
    for label, path, vetted in rows:
        status, cold, warm = count_queries(path, cookie if vetted else None)
        run_ab(base + path, seconds=options.seconds, concurrency=options.concurrency,
               cookie=cookie if vetted else None, requests=options.concurrency * 4)  # fmt: skip
        figures = run_ab(base + path, seconds=options.seconds, concurrency=options.concurrency,
                         cookie=cookie if vetted else None)  # fmt: skip
        notes = [path]
        if status != 200:
            notes.append(f"status {status}")
        if figures["error"]:
            notes.append(f"ab: {figures['error']}")
        if figures["non2xx"] or figures["failed"]:
            notes.append(f"{figures['non2xx']} non-2xx, {figures['failed']} failed of {figures['requests']}")
        ratio = figures["rps"] / ceiling["rps"] if ceiling["rps"] else 0
        print(f"{label:34} {figures['rps']:8.1f} {figures['p50']:7.0f} {figures['p95']:7.0f} {f'{cold}/{warm}':>9} "
              f"{ratio:9.2f}  {'; '.join(notes)}")  # fmt: skip
        sys.stdout.flush()
    print("queries: first request (cold caches) / the next one (warm), counted with Django's test client.")


if __name__ == "__main__":
    main()
