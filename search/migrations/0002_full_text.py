"""The full-text part of search_indexentry, which each database does its own way.

SQLite: an external-content FTS5 table over the analysed columns, kept in step by
triggers. PostgreSQL: a generated tsvector column (title weighted A, text D) with
a GIN index. The analysed columns already hold stemmed, folded words
(search.analysis), so PostgreSQL's 'simple' configuration only splits them.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE search_indexentry_fts USING fts5(
        title_terms, text_terms, content='search_indexentry', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2", prefix='3 5')""",
    """CREATE TRIGGER search_indexentry_ai AFTER INSERT ON search_indexentry BEGIN
        INSERT INTO search_indexentry_fts(rowid, title_terms, text_terms)
        VALUES (new.id, new.title_terms, new.text_terms);
    END""",
    """CREATE TRIGGER search_indexentry_ad AFTER DELETE ON search_indexentry BEGIN
        INSERT INTO search_indexentry_fts(search_indexentry_fts, rowid, title_terms, text_terms)
        VALUES ('delete', old.id, old.title_terms, old.text_terms);
    END""",
    """CREATE TRIGGER search_indexentry_au AFTER UPDATE ON search_indexentry BEGIN
        INSERT INTO search_indexentry_fts(search_indexentry_fts, rowid, title_terms, text_terms)
        VALUES ('delete', old.id, old.title_terms, old.text_terms);
        INSERT INTO search_indexentry_fts(rowid, title_terms, text_terms)
        VALUES (new.id, new.title_terms, new.text_terms);
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_indexentry_au",
    "DROP TRIGGER IF EXISTS search_indexentry_ad",
    "DROP TRIGGER IF EXISTS search_indexentry_ai",
    "DROP TABLE IF EXISTS search_indexentry_fts",
]
POSTGRES_FORWARD = [
    """ALTER TABLE search_indexentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', text_terms), 'D')
    ) STORED""",
    "CREATE INDEX search_indexentry_vector ON search_indexentry USING GIN (search_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_indexentry_vector",
    "ALTER TABLE search_indexentry DROP COLUMN IF EXISTS search_vector",
]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0001_index_entries")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
