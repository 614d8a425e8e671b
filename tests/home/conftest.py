import json

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.models import StandardPage


def make_standard_page(parent, slug, title=None, live=True, **fields):
    page = StandardPage(title=title or slug.replace("-", " ").capitalize(), slug=slug, **fields)
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    else:
        page.live = False
        page.save_revision()
        page.save(update_fields=["live"])
    return page


@pytest.fixture
def standard_page(home_page):
    return make_standard_page(
        home_page,
        "about",
        title="About RAVOT-EUR",
        intro="What the project did.",
        show_table_of_contents=True,
        body=json.dumps(
            [
                {"type": "heading", "value": {"text": "Why this project", "level": "h2", "anchor": ""}},
                {"type": "paragraph", "value": "<p>Victims fell between the systems.</p>"},
                {"type": "heading", "value": {"text": "Funding", "level": "h2", "anchor": "money"}},
            ]
        ),
    )


@pytest.fixture
def draft_page(home_page):
    return make_standard_page(home_page, "draft-only", title="Secret draft plans", live=False)


@pytest.fixture
def private_page(home_page):
    page = make_standard_page(home_page, "members-only", title="Confidential casework notes")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get_or_create(name="Vetted professionals")[0])
    return page
