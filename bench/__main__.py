"""Benchmarks: how long the main pages take to render, and how many queries they make,
as the amount of data grows.

Run with `make bench`. It works on its own SQLite database under var/bench/ (or on
BENCH_DATABASE_URL), loads the demo content, renders every page in PAGES a number of
times through Django's test client, then multiplies the data and does it again. The
query count of a page must stay the same when the data grows; the timings are for
comparing two revisions on the same machine, not absolute numbers.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

# Pages a visitor of each kind reads most. Anonymous unless the entry names a demo login.
PAGES = [
    ("home", "/en/", None),
    ("handbook index", "/en/handbook/", None),
    ("handbook print view", "/en/handbook/print/", None),
    ("reports index", "/en/reports/", None),
    ("reports filtered", "/en/reports/?country=BE", None),
    ("news index", "/en/news/", None),
    ("get help", "/en/get-help/", None),
    ("directory", "/en/directory/", None),
    ("directory filtered", "/en/directory/?country=BE", None),
    ("pathways", "/en/who-do-i-contact/?identified=BE&origin=HU", None),
    ("search", "/en/search/?q=victim", None),
    ("forum index (anonymous)", "/en/forum/", None),
    ("forum index (vetted)", "/en/forum/", "vetted"),
]


def setup_django(database_url):
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()


def prepare_database():
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo_content", verbosity=0)


def grow_data(factor):
    """Multiply the bulk content (organisations, reports, news, forum topics) by `factor`."""
    from importlib import import_module

    for module_name in ("directory.bench", "reports.bench", "news.bench", "forum.community.bench"):
        try:
            module = import_module(module_name)
        except ModuleNotFoundError:
            continue
        module.grow(factor)


def vetted_user():
    from django.conf import settings
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(groups__name=settings.VETTED_GROUP).first()


def measure(client, url, repeat):
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    timings = []
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    first_count = len(queries)
    for _ in range(repeat):
        reset_queries()
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return response.status_code, first_count, statistics.median(timings)


def run(repeat, factor):
    from django.test import Client

    anonymous = Client()
    vetted = Client()
    user = vetted_user()
    if user:
        vetted.force_login(user)
    rounds = {}
    for label in ("demo data", f"data x{factor}"):
        if label != "demo data":
            grow_data(factor)
        rows = []
        for name, url, login in PAGES:
            client = vetted if login == "vetted" else anonymous
            rows.append((name, url, *measure(client, url, repeat)))
        rounds[label] = rows
    print(f"{'page':<28} {'status':>6} {'queries':>8} {'grown':>6} {'median ms':>10} {'grown ms':>9}")
    failures = 0
    for before, after in zip(*rounds.values(), strict=True):
        name, _url, status, queries, median_ms = before
        _, _, _, grown_queries, grown_ms = after
        flag = "" if grown_queries <= queries else "  <- query count grows with data"
        failures += bool(flag)
        print(f"{name:<28} {status:>6} {queries:>8} {grown_queries:>6} {median_ms:>10.1f} {grown_ms:>9.1f}{flag}")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=10, help="renders of each page to time (default 10)")
    parser.add_argument("--factor", type=int, default=5, help="how many times to multiply the data (default 5)")
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL")
    if not database_url:
        # A fresh SQLite file each run; a database given in BENCH_DATABASE_URL is left as it is.
        bench_dir = BASE_DIR / "var" / "bench"
        bench_dir.mkdir(parents=True, exist_ok=True)
        database = bench_dir / "bench.sqlite3"
        database.unlink(missing_ok=True)
        database_url = f"sqlite:///{database}"
    setup_django(database_url)
    prepare_database()
    sys.exit(1 if run(args.repeat, args.factor) else 0)


if __name__ == "__main__":
    main()
