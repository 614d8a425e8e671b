import pytest

from .factories import HandbookChapterPageFactory, HandbookIndexPageFactory


@pytest.fixture
def handbook(home_page):
    return HandbookIndexPageFactory(parent=home_page)


@pytest.fixture
def chapters(handbook):
    """Three published chapters, created out of order to prove that the number decides."""
    third = HandbookChapterPageFactory(parent=handbook, chapter_number=3, title="Return", slug="return")
    first = HandbookChapterPageFactory(
        parent=handbook, chapter_number=1, title="Identification", slug="identification"
    )
    second = HandbookChapterPageFactory(parent=handbook, chapter_number=2, title="First assistance", slug="assistance")
    return [first, second, third]
