"""The connection to the search engine: the only part that differs between OpenSearch and Elasticsearch.

The mapping and the queries (search.backends.engine) are written once with the
elasticsearch-dsl API. For ELASTICSEARCH_URL the official `elasticsearch`
client is handed to it as it is. For OPENSEARCH_URL it gets opensearch-py's
client (elasticsearch-py 8 refuses to talk to OpenSearch: UnsupportedProductError)
wrapped in `OpenSearchAdapter`, because elasticsearch-dsl reads `.body` from the
answers and passes a few arguments the way elasticsearch-py 8 takes them.

Searches time out after a few seconds, so a slow engine never holds up a page;
writes (bulk loads, index creation) get longer. Every failure of the engine
(refused, timed out, an error answer) reaches the caller as
search.backends.base.SearchUnavailable through `unavailable_on_error()`.
"""

import contextlib
from dataclasses import dataclass

from django.conf import settings

from .base import SearchUnavailable

# Seconds. A search page waits at most this long for the engine.
SEARCH_TIMEOUT = 3
# Bulk loads, index creation and alias swaps may take longer on a busy node.
WRITE_TIMEOUT = 60


class _Answer(dict):
    """An opensearch-py answer (a dict) that also looks like elasticsearch-py 8's ObjectApiResponse."""

    @property
    def body(self):
        return self


class _Namespace:
    """Wraps a client or one of its namespaces (`indices`, `cluster`...) so that dict answers gain `.body`."""

    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        attribute = getattr(self._target, name)
        if not callable(attribute):
            return _Namespace(attribute) if hasattr(attribute, "client") else attribute

        def call(*args, **kwargs):
            answer = attribute(*args, **_translate(name, kwargs))
            return _Answer(answer) if isinstance(answer, dict) else answer

        return call


# elasticsearch-py 8 takes some request-body parts as keyword arguments; opensearch-py wants them in `body`.
_BODY_KEYWORDS = {"count": ("query",), "index": ("document",), "create": ("document",), "put_alias": ()}


def _translate(method, kwargs):
    moved = {key: kwargs.pop(key) for key in _BODY_KEYWORDS.get(method, ()) if key in kwargs}
    if moved:
        if method in ("index", "create"):
            kwargs["body"] = moved["document"]
        else:
            kwargs["body"] = {**(kwargs.get("body") or {}), **moved}
    return kwargs


class OpenSearchAdapter(_Namespace):
    """An opensearch-py client that elasticsearch-dsl's Search, Document and Index can use (`using=`)."""

    def __init__(self, client):
        super().__init__(client)
        self.raw = client


@dataclass
class Engine:
    product: str  # "opensearch" or "elasticsearch"
    client: object  # for elasticsearch-dsl (`using=`): searches, short timeout
    writer: object  # the same, with the write timeout
    helpers: object  # the client library's helpers module (bulk, streaming_bulk, scan)
    errors: tuple  # exceptions that mean the engine cannot answer
    not_found: tuple  # exceptions that mean the index (or the document) does not exist

    def _raw(self, client):
        return client.raw if isinstance(client, OpenSearchAdapter) else client

    def streaming_bulk(self, actions, chunk_size=500, **kwargs):
        return self.helpers.streaming_bulk(self._raw(self.writer), actions, chunk_size=chunk_size, **kwargs)

    def bulk(self, actions, chunk_size=500, refresh=False):
        return self.helpers.bulk(self._raw(self.writer), actions, chunk_size=chunk_size, refresh=refresh)

    def scan(self, index, query, size=1000):
        return self.helpers.scan(self._raw(self.writer), index=index, query=query, size=size, scroll="2m")


def opensearch_engine(url, search_timeout=SEARCH_TIMEOUT, write_timeout=WRITE_TIMEOUT):
    import opensearchpy
    from opensearchpy import helpers
    from opensearchpy.helpers.errors import BulkIndexError, ScanError

    def client(timeout):
        return OpenSearchAdapter(
            opensearchpy.OpenSearch(hosts=[url], timeout=timeout, max_retries=0, retry_on_timeout=False)
        )

    return Engine(
        product="opensearch",
        client=client(search_timeout),
        writer=client(write_timeout),
        helpers=helpers,
        errors=(opensearchpy.exceptions.OpenSearchException, BulkIndexError, ScanError),
        not_found=(opensearchpy.exceptions.NotFoundError,),
    )


def elasticsearch_engine(url, search_timeout=SEARCH_TIMEOUT, write_timeout=WRITE_TIMEOUT):
    import elastic_transport
    import elasticsearch
    from elasticsearch import helpers
    from elasticsearch.helpers import BulkIndexError, ScanError

    def client(timeout):
        return elasticsearch.Elasticsearch(url, request_timeout=timeout, max_retries=0, retry_on_timeout=False)

    return Engine(
        product="elasticsearch",
        client=client(search_timeout),
        writer=client(write_timeout),
        helpers=helpers,
        errors=(elasticsearch.ApiError, elastic_transport.TransportError, BulkIndexError, ScanError),
        not_found=(elasticsearch.NotFoundError,),
    )


def engine_from_settings():
    """The engine configured by OPENSEARCH_URL or ELASTICSEARCH_URL (OpenSearch wins when both are set)."""
    opensearch_url = getattr(settings, "OPENSEARCH_URL", "")
    elasticsearch_url = getattr(settings, "ELASTICSEARCH_URL", "")
    if opensearch_url:
        return opensearch_engine(opensearch_url)
    if elasticsearch_url:
        return elasticsearch_engine(elasticsearch_url)
    raise SearchUnavailable("Neither OPENSEARCH_URL nor ELASTICSEARCH_URL is set.")


@contextlib.contextmanager
def unavailable_on_error(engine):
    """Turns any failure of the engine into SearchUnavailable (the page says search is degraded)."""
    try:
        yield
    except SearchUnavailable:
        raise
    except engine.errors as error:
        raise SearchUnavailable(f"{engine.product}: {type(error).__name__}: {error}"[:500]) from error


def wagtail_search_backends(opensearch_url="", elasticsearch_url="", prefix="ravot_eur"):
    """WAGTAILSEARCH_BACKENDS for the Wagtail admin's own search, on the same engine as the site search.

    django-modelsearch's `opensearch3` backend is the one written for opensearch-py 3 (the client's major
    version, not the server's): `opensearch2` calls the client with positional arguments, which opensearch-py 3
    refuses. Checked against OpenSearch 2.19 (tests/search/test_engine_backend.py). Without either URL, the
    database backend."""
    if opensearch_url:
        backend, url = "modelsearch.backends.opensearch3", opensearch_url
    elif elasticsearch_url:
        backend, url = "modelsearch.backends.elasticsearch8", elasticsearch_url
    else:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    return {
        "default": {
            "BACKEND": backend,
            "URLS": [url],
            "INDEX_PREFIX": f"{prefix}_wagtail_",
            "TIMEOUT": 10,
        }
    }
