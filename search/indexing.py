"""Keeping the index in step with the content.

A change records which object's documents must be recomputed (a PendingUpdate row,
in the change's own transaction), and asks for the queue to be processed once the
transaction has committed. Rolled-back work therefore leaves nothing behind, the
request never waits for work it did not commit, and an update that fails (engine
down) stays queued: it is retried by the next processing and by
`manage.py search_index --process-queue`, and logged.
"""

import logging
from itertools import islice

from django.db import transaction

from .backends import get_backend
from .models import PendingUpdate
from .sources import get_source

logger = logging.getLogger(__name__)
BATCH = 200


def schedule(source_name, object_keys):
    """Recompute the documents of these objects after the current transaction commits."""
    object_keys = [str(key) for key in object_keys]
    if not object_keys:
        return
    PendingUpdate.objects.bulk_create(
        [PendingUpdate(source=source_name, object_key=key) for key in object_keys], ignore_conflicts=True
    )
    transaction.on_commit(_enqueue_processing)


def _enqueue_processing():
    from .tasks import process_search_updates

    try:
        process_search_updates.enqueue()
    except Exception:  # the task queue itself is down: the rows wait for the next run
        logger.exception("Could not enqueue the search index update")


def update_object(source_name, object_key, backend=None):
    """Write the current documents of one object and remove the keys it no longer has."""
    backend = backend or get_backend()
    source = get_source(source_name)
    documents = source.documents(object_key)
    current = {document.key for document in documents}
    backend.delete_documents([key for key in source.keys(object_key) if key not in current])
    backend.index_documents(documents)


def process_pending(limit=None):
    """Apply queued updates, oldest first; stop at the first failure (the engine is probably down).
    Returns (done, failed)."""
    backend = get_backend()
    done = 0
    pending = PendingUpdate.objects.order_by("pk")
    for update in islice(pending.iterator(), limit):
        try:
            update_object(update.source, update.object_key, backend)
        except Exception as error:
            PendingUpdate.objects.filter(pk=update.pk).update(
                attempts=update.attempts + 1, last_error=str(error)[:2000]
            )
            logger.warning("Search index update %s failed (attempt %s): %s", update, update.attempts + 1, error)
            return done, 1
        # Deleted only if nobody queued the same object again meanwhile.
        PendingUpdate.objects.filter(pk=update.pk, created=update.created).delete()
        done += 1
    return done, 0


def rebuild(progress=None):
    from .sources import all_documents

    return get_backend().rebuild(all_documents(), progress=progress)


def check():
    """(missing, stale, extra) keys: documents the index lacks, holds in an old version, or should not hold."""
    from .sources import all_documents

    stored = get_backend().fingerprints()
    expected = {document.key: document.fingerprint() for document in all_documents()}
    missing = sorted(key for key in expected if key not in stored)
    stale = sorted(key for key, fingerprint in expected.items() if key in stored and stored[key] != fingerprint)
    extra = sorted(key for key in stored if key not in expected)
    return missing, stale, extra


def chunked(iterable, size=BATCH):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk
