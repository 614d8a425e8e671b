"""Translation states in Wagtail's page listing and page editor (home.translation_status)."""

from django import template

from home.translation_status import statuses_by_page

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_cells(context, page):
    """The cells of `page`. In a listing they are computed once for all its rows and kept on the
    table, so the listing's query count does not grow with its pages."""
    table = context.get("table")
    if table is None:
        return statuses_by_page([page]).get(page.pk, [])
    if not hasattr(table, "_translation_cells"):
        table._translation_cells = statuses_by_page(list(table.data))
    return table._translation_cells.get(page.pk, [])
