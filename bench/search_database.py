"""Bench of the database search engine (SQLite FTS5 or PostgreSQL), on the same synthetic posts as
bench/search_engine.py.

Run it against a database of its own, migrated first: it fills search_indexentry with N posts
and removes them at the end.

    DATABASE_URL=postgres://…/ravot_bench python -m bench.search_database --posts 100000
    VAR_DIR=/tmp/bench-var python -m bench.search_database        # SQLite
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def run_database_bench(posts=100_000, repeat=30, out=print):
    from django.db import connection

    from bench.search_engine import QUERIES, percentile, synthetic_posts
    from search.backends.database import DatabaseBackend
    from search.models import IndexEntry
    from search.query import SearchQuery

    backend = DatabaseBackend()
    backend.chunk_size = 2000
    IndexEntry.objects.filter(key__startswith="post:").delete()
    started = time.perf_counter()
    backend.rebuild(synthetic_posts(posts))
    seconds = time.perf_counter() - started
    out(f"{connection.vendor}: indexed {posts} posts in {seconds:.1f} s ({posts / seconds:.0f}/s)")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_indexentry; ANALYZE search_indexentryreader")
    readers = frozenset({"public", "forum:1", "forum:2", "forum:5", "forum:13"})
    worst = 0.0
    try:
        for language, text in QUERIES:
            query = SearchQuery(text=text, language=language, readers=readers)
            backend.search(query)
            timings = []
            for _ in range(repeat):
                begin = time.perf_counter()
                results = backend.search(query)
                timings.append((time.perf_counter() - begin) * 1000)
            p50, p95 = statistics.median(timings), percentile(timings, 0.95)
            worst = max(worst, p95)
            out(f"  {text!r:30} ({language}) {results.total:>6} hits  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
        out(f"worst p95 {worst:.1f} ms (target < 300 ms on PostgreSQL)")
    finally:
        IndexEntry.objects.filter(key__startswith="post:").delete()
    return worst


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    run_database_bench(options.posts, options.repeat)


if __name__ == "__main__":
    main()
