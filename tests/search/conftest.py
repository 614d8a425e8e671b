"""The search suite runs on every engine: the database engine (SQLite or PostgreSQL, whichever the
suite runs on) and a real OpenSearch node started by the tests (tests/search/opensearch_node.py)."""

import uuid

import pytest
from django.test import override_settings

from search.backends import get_backend, reset_backend
from search.indexing import process_pending

ENGINES = ["database", "opensearch"]


@pytest.fixture(params=ENGINES)
def search_engine(request, db):
    """The engine under test, configured and empty; yields its name."""
    if request.param == "database":
        with override_settings(SEARCH_BACKEND="search.backends.database.DatabaseBackend"):
            reset_backend()
            yield "database"
        reset_backend()
        return
    url = request.getfixturevalue("opensearch_url")
    with override_settings(
        SEARCH_BACKEND="search.backends.engine.EngineBackend",
        OPENSEARCH_URL=url,
        ELASTICSEARCH_URL="",
        SEARCH_INDEX_PREFIX=f"test_{uuid.uuid4().hex[:8]}",
    ):
        reset_backend()
        get_backend().clear()
        yield "opensearch"
        get_backend().clear()
    reset_backend()


@pytest.fixture
def index_updated(search_engine):
    """Apply the queued index updates now, as the task after a commit would (tests run inside a transaction
    that never commits), and make them visible to the engine's next search."""

    def update():
        done, failed = process_pending()
        assert not failed, "an index update failed"
        backend = get_backend()
        if hasattr(backend, "refresh"):
            backend.refresh()
        return done

    return update
