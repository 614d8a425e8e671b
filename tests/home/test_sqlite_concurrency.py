"""The embedded SQLite database takes several writers at once (autosave meeting a preview, two editors).

Each writer runs in its own thread with its own connection to a real file database, configured by the
project's settings; a deferred transaction that reads and then writes is exactly what made autosave
answer 500 "database is locked".
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import threading

    import django

    django.setup()
    from django.db import connection, connections, transaction

    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE revision (id INTEGER PRIMARY KEY, editor INTEGER, number INTEGER)")
        print("journal_mode", cursor.execute("PRAGMA journal_mode").fetchone()[0])
    connection.close()

    WRITERS, SAVES = 8, 25
    errors = []
    start = threading.Barrier(WRITERS)

    def save_revisions(editor):
        start.wait()
        try:
            for _ in range(SAVES):
                # Like a page save: read the latest revision, then write the next one, in one transaction.
                with transaction.atomic(), connection.cursor() as cursor:
                    latest = cursor.execute("SELECT MAX(number) FROM revision").fetchone()[0] or 0
                    cursor.execute("INSERT INTO revision (editor, number) VALUES (%s, %s)", [editor, latest + 1])
        except Exception as error:
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save_revisions, args=(editor,)) for editor in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with connection.cursor() as cursor:
        print("saved", cursor.execute("SELECT COUNT(*) FROM revision").fetchone()[0])
        numbers = [row[0] for row in cursor.execute("SELECT number FROM revision ORDER BY id").fetchall()]
        print("in_order", numbers == list(range(1, len(numbers) + 1)))
    print("errors", errors)
    """
)


def test_concurrent_saves_on_a_file_database_never_hit_database_is_locked(tmp_path):
    database = tmp_path / "newsroom.sqlite3"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=Path(__file__).resolve().parents[2],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    report = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert report["errors"] == "[]", report["errors"]
    assert report["saved"] == str(8 * 25)
    # IMMEDIATE transactions serialise read-then-write, so no two saves took the same number.
    assert report["in_order"] == "True"
    assert report["journal_mode"] == "wal"
