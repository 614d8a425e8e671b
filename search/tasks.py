from django_tasks import task

from .indexing import process_pending


@task()
def process_search_updates():
    """Apply the queued index updates (search.indexing)."""
    done, failed = process_pending()
    return {"done": done, "failed": failed}
