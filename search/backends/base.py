"""The interface both search engines implement. search.index and the views only use this."""


class SearchUnavailable(Exception):
    """The engine cannot answer now (down, slow, or the index is missing). The search page says so."""


class SearchBackend:
    # A rebuild reads and writes this many documents at a time.
    chunk_size = 500

    def search(self, query):
        """Answer a search.query.SearchQuery with a search.query.SearchResults.

        Only documents whose readers meet query.readers and whose scope language is
        query.language or ALL_LANGUAGES may count anywhere: hits, total, facet counts,
        highlights and the suggestion. Raise SearchUnavailable when the engine is down."""
        raise NotImplementedError

    def index_documents(self, documents):
        """Add or replace documents (matched by key)."""
        raise NotImplementedError

    def delete_documents(self, keys):
        """Remove documents by key; unknown keys are ignored."""
        raise NotImplementedError

    def rebuild(self, documents, progress=None):
        """Replace the whole index with `documents` (an iterable, read in chunks) while search keeps answering
        from the old one. `progress(count)` is called after each chunk."""
        raise NotImplementedError

    def fingerprints(self):
        """{key: fingerprint} of every stored document, for `search_index --check`."""
        raise NotImplementedError

    def clear(self):
        """Remove every document (tests)."""
        raise NotImplementedError
