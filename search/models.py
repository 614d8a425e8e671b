"""What the database engine stores, and the queue of index updates for both engines."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IndexEntry(models.Model):
    """One SearchDocument, as the database engine stores it.

    The full-text part is not a Django field: on SQLite an FTS5 table over
    title_terms/text_terms kept in step by triggers, on PostgreSQL a generated
    tsvector column with a GIN index (migration 0002). The *_terms columns hold
    the analysed words (search.analysis), so both databases match the same way."""

    key = models.CharField(max_length=120, unique=True)
    kind = models.CharField(max_length=20)
    language = models.CharField(max_length=8)
    scope_language = models.CharField(max_length=8)
    # Facet values as " HU BE " so that one LIKE finds a value without matching part of another.
    countries = models.CharField(max_length=120, blank=True, default="")
    stages = models.CharField(max_length=40, blank=True, default="")
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    date = models.DateTimeField(null=True, blank=True)
    url = models.CharField(max_length=500)
    title = models.TextField()
    text = models.TextField(blank=True)
    context = models.CharField(max_length=200, blank=True, default="")
    title_terms = models.TextField(blank=True)
    text_terms = models.TextField(blank=True)
    boost = models.FloatField(default=1.0)
    fingerprint = models.CharField(max_length=40)

    class Meta:
        indexes = [models.Index(fields=["scope_language", "kind"], name="search_entry_scope_kind")]

    def __str__(self):
        return self.key


class IndexEntryReader(models.Model):
    """One access token of an entry (search.access): the entry is shown to readers holding it."""

    entry = models.ForeignKey(IndexEntry, on_delete=models.CASCADE, related_name="readers")
    token = models.CharField(max_length=60)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "token"], name="search_reader_unique")]
        indexes = [models.Index(fields=["token", "entry"], name="search_reader_token_entry")]

    def __str__(self):
        return self.token


class PendingUpdate(models.Model):
    """An object whose search documents must be recomputed.

    Written in the same transaction as the change (so rolled-back work leaves
    nothing), processed after the commit; an update that fails stays here, is
    retried, and `search_index --check` reports it."""

    source = models.CharField(max_length=40)
    object_key = models.CharField(max_length=120)
    created = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "object_key"], name="search_pending_unique")]
        verbose_name = _("pending search update")
        verbose_name_plural = _("pending search updates")

    def __str__(self):
        return f"{self.source}:{self.object_key}"
