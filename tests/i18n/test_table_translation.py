"""Tables are translated cell by cell through wagtail-localize, like the text around them (issue 11, item 1)."""

import json

import pytest

from home.models import StandardPage

pytestmark = pytest.mark.django_db

TABLE = {
    "data": [["Stage", "Who acts"], ["Identification", "Police"], ["Return", None]],
    "first_row_is_table_header": True,
    "first_col_is_header": True,
    "table_caption": "Who does what",
}


@pytest.fixture
def page_with_a_table(home_page):
    page = StandardPage(
        title="Roles", slug="roles", body=json.dumps([{"type": "table", "value": TABLE}]), intro="Who acts when."
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_the_caption_and_every_filled_cell_are_segments(page_with_a_table, translate):
    from wagtail_localize.models import StringSegment

    from home.demo_translations import source_for

    texts = set(
        StringSegment.objects.filter(source=source_for(page_with_a_table)).values_list("string__data", flat=True)
    )

    assert {"Who does what", "Stage", "Who acts", "Identification", "Police", "Return"} <= texts


def test_a_translated_table_shows_in_the_readers_language_with_its_shape(client, page_with_a_table, translate):
    translate(page_with_a_table.get_parent().specific, "hu")
    hungarian = translate(page_with_a_table, "hu")

    html = client.get(hungarian.url).content.decode()

    assert "HU: Who does what" in html and "HU: Police" in html and "HU: Return" in html
    table = hungarian.body[0].value
    assert len(table["data"]) == 3 and table["data"][2][1] is None
    assert table["first_row_is_table_header"] is True
