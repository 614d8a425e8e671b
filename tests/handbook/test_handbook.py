import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import PageViewRestriction

from handbook.models import HandbookChapterForm, HandbookChapterPage, nested_table_of_contents

from .factories import HandbookChapterPageFactory, heading, paragraph

pytestmark = pytest.mark.django_db


def test_index_lists_chapters_in_order_with_numbers_summaries_and_print_link(client, handbook, chapters):
    response = client.get("/en/handbook/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "A training handbook for professionals." in html
    positions = [html.index(title) for title in ("Identification", "First assistance", "Return")]
    assert positions == sorted(positions)
    assert "Chapter 1" in html and "Chapter 3" in html
    assert "What Identification is about." in html
    assert 'href="/en/handbook/print/"' in html


def test_index_hides_drafts_and_private_chapters(client, handbook, chapters):
    draft = HandbookChapterPageFactory(parent=handbook, chapter_number=4, title="Unfinished draft", live=False)
    private = HandbookChapterPageFactory(parent=handbook, chapter_number=5, title="Members only chapter")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/en/handbook/").content.decode()
    assert draft.title not in html
    assert private.title not in html


def test_chapter_shows_its_fields_and_last_updated_date(client, handbook):
    chapter = HandbookChapterPageFactory(
        parent=handbook,
        title="Identification",
        slug="identification",
        chapter_number=1,
        summary="How to recognise a possible victim.",
        body=[heading("Indicators"), paragraph("<p>Look for control over documents.</p>")],
    )
    chapter.save_revision().publish()
    chapter.refresh_from_db()
    response = client.get("/en/handbook/identification/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Identification</h1>" in html
    assert "Chapter 1" in html
    assert "How to recognise a possible victim." in html
    assert "Look for control over documents." in html
    assert "Last updated:" in html
    # The page shows the date in the site's time zone: near midnight UTC that is another day.
    assert f'datetime="{timezone.localtime(chapter.last_published_at).strftime("%Y-%m-%d")}' in html


def test_table_of_contents_nests_subsections_and_links_to_real_anchors(client, handbook):
    HandbookChapterPageFactory(
        parent=handbook,
        slug="cooperation",
        body=[
            heading("Who is involved"),
            heading("Police", level="h3"),
            heading("Labour inspectors", level="h3", anchor="inspectors"),
            heading("Data protection"),
        ],
    )
    html = client.get("/en/handbook/cooperation/").content.decode()
    toc = html[html.index('class="toc"') : html.index("</nav>", html.index('class="toc"'))]
    assert re.findall(r'href="#([^"]+)"', toc) == ["who-is-involved", "police", "inspectors", "data-protection"]
    # The subsections sit in a list inside their section's item.
    assert re.search(r"Who is involved</a>\s*<ol>.*Police.*Labour inspectors.*</ol>", toc, re.S)
    for anchor in ("who-is-involved", "police", "inspectors", "data-protection"):
        assert f'id="{anchor}"' in html


def test_nested_table_of_contents_keeps_a_leading_subsection_at_top_level(handbook):
    chapter = HandbookChapterPageFactory(
        parent=handbook, body=[heading("Before", level="h3"), heading("Section"), heading("Sub", level="h3")]
    )
    outline = nested_table_of_contents(chapter.body)
    assert [entry["text"] for entry in outline] == ["Before", "Section"]
    assert [child["text"] for child in outline[1]["children"]] == ["Sub"]


def test_previous_and_next_follow_chapter_numbers(handbook, chapters):
    first, second, third = chapters
    assert first.previous_chapter() is None
    assert first.next_chapter() == second
    assert second.previous_chapter() == first
    assert second.next_chapter() == third
    assert third.next_chapter() is None


def test_previous_and_next_skip_drafts(client, handbook, chapters):
    first, second, third = chapters
    second.unpublish()
    assert first.next_chapter() == third
    assert third.previous_chapter() == first
    html = client.get("/en/handbook/identification/").content.decode()
    assert 'rel="next"' in html and "/en/handbook/return/" in html
    assert "/en/handbook/assistance/" not in html
    assert 'rel="prev"' not in html


def test_previous_and_next_stay_in_the_chapters_locale(handbook, chapters, locales):
    first, second, third = chapters
    french_first = first.copy_for_translation(locales["fr"], copy_parents=True)
    french_first.save_revision().publish()
    assert first.next_chapter() == second
    assert french_first.specific.next_chapter() is None


def test_chapter_page_links_to_neighbours(client, handbook, chapters):
    html = client.get("/en/handbook/assistance/").content.decode()
    assert re.search(r'href="/en/handbook/identification/" rel="prev"', html)
    assert re.search(r'href="/en/handbook/return/" rel="next"', html)


def test_print_view_contains_every_chapter_in_order(client, handbook, chapters):
    HandbookChapterPageFactory(parent=handbook, chapter_number=9, title="Not yet published", live=False)
    response = client.get("/en/handbook/print/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "handbook/print.css" in html
    sections = re.findall(r'<section class="print-chapter" id="chapter-(\d+)"', html)
    assert sections == ["1", "2", "3"]
    assert html.index("Identification") < html.index("First assistance") < html.index("Return")
    assert "Not yet published" not in html
    # Headings move one level down and get the chapter in their anchor, so the page has unique ids.
    assert '<h3 id="c1-who-is-involved">Who is involved</h3>' in html
    assert '<h4 id="c1-police">Police</h4>' in html


def test_duplicate_chapter_number_is_refused_with_a_clear_error(handbook, chapters):
    duplicate = HandbookChapterPage(title="Another", slug="another", chapter_number=2, summary="x", body=[])
    with pytest.raises(ValidationError) as error:
        handbook.add_child(instance=duplicate)
    assert "Chapter 2 already exists in this handbook" in str(error.value.message_dict["chapter_number"])


def test_editing_a_chapter_keeps_its_own_number(handbook, chapters):
    first = chapters[0]
    first.title = "Identification of victims"
    first.save()  # must not clash with itself


def test_editor_form_reports_duplicate_number_on_the_field(handbook, chapters):
    form_class = HandbookChapterPage.get_edit_handler().get_form_class()
    assert issubclass(form_class, HandbookChapterForm)
    form = form_class(
        data={"title": "Another", "slug": "another", "chapter_number": "2", "summary": "x", "body-count": "0"},
        instance=HandbookChapterPage(),
        parent_page=handbook,
        for_user=None,
    )
    assert not form.is_valid()
    assert "Chapter 2 already exists in this handbook" in form.errors["chapter_number"][0]


def test_same_number_is_allowed_in_another_handbook(home_page, handbook, chapters, locales):
    french_handbook = handbook.copy_for_translation(locales["fr"], copy_parents=True)
    HandbookChapterPageFactory(parent=french_handbook, chapter_number=1, slug="identification")


def test_chapters_are_searchable(handbook):
    fields = {field.field_name for field in HandbookChapterPage.search_fields}
    assert {"title", "summary", "body"} <= fields


def test_print_button_needs_javascript_and_is_hidden_without_it(client, handbook, chapters):
    html = client.get("/en/handbook/print/").content.decode()
    assert re.search(r"<button [^>]*data-print hidden>", html)
    assert "handbook/print.js" in html
    assert 'href="/en/handbook/">Back to the handbook</a>' in html


def test_chapter_page_uses_the_site_breadcrumbs(client, handbook, chapters):
    html = client.get("/en/handbook/assistance/").content.decode()
    assert html.count('class="breadcrumbs"') == 1
    assert 'href="/en/handbook/"' in html
