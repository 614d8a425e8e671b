"""The two search engines behind one interface (`SearchBackend`), chosen by configuration.

- `database`: the embedded default, needing no other service (SQLite FTS5 or
  PostgreSQL full-text search with a GIN index).
- `engine`: OpenSearch or Elasticsearch through elasticsearch-dsl, when
  OPENSEARCH_URL or ELASTICSEARCH_URL is set.
"""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string


@cache
def _backend(path):
    return import_string(path)()


def get_backend():
    return _backend(settings.SEARCH_BACKEND)


def reset_backend():
    """Forget the configured backend (tests switch engines with override_settings)."""
    _backend.cache_clear()
