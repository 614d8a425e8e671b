from wagtail.models import Page


class HomePage(Page):
    """The root of each language's tree."""

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
