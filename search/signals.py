"""What changes the index: Wagtail's page events. The directory and the forum connect their own models
(directory/search.py, forum/community/search.py)."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .indexing import schedule


def schedule_pages(pages):
    schedule("page", [page.pk for page in pages])


def schedule_subtree(page):
    schedule("page", Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


def on_page_changed(sender, instance, **kwargs):
    schedule_pages([instance])


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        schedule_pages([instance])


def on_subtree_changed(sender, instance, **kwargs):
    schedule_subtree(instance)


def on_restriction_changed(sender, instance, **kwargs):
    # A restriction covers the page and everything below it.
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        schedule_subtree(page)


def on_restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        on_restriction_changed(sender, instance)


def on_page_moved(sender, instance, **kwargs):
    schedule_subtree(instance)


def connect():
    page_published.connect(on_page_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="search_page_unpublished")
    page_slug_changed.connect(on_subtree_changed, dispatch_uid="search_page_slug_changed")
    post_page_move.connect(on_page_moved, dispatch_uid="search_page_moved")
    post_delete.connect(on_page_deleted, dispatch_uid="search_page_deleted")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_deleted")
    m2m_changed.connect(
        on_restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="search_restriction_groups",
    )
