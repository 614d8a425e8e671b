import factory
import wagtail_factories
from wagtail.rich_text import RichText

from handbook.models import HandbookChapterPage, HandbookIndexPage


def heading(text, level="h2", anchor=""):
    return ("heading", {"text": text, "level": level, "anchor": anchor})


def paragraph(html):
    return ("paragraph", RichText(html))


class HandbookIndexPageFactory(wagtail_factories.PageFactory):
    title = "Handbook"
    slug = "handbook"
    intro = "<p>A training handbook for professionals.</p>"

    class Meta:
        model = HandbookIndexPage


class HandbookChapterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chapter title {n}")
    slug = factory.Sequence(lambda n: f"chapter-{n}")
    chapter_number = factory.Sequence(lambda n: n + 1)
    summary = factory.LazyAttribute(lambda page: f"What {page.title} is about.")
    body = factory.LazyFunction(
        lambda: [
            heading("Who is involved"),
            paragraph("<p>Police, NGOs and labour inspectors.</p>"),
            heading("Police", level="h3"),
            paragraph("<p>The police refer.</p>"),
            heading("What to do next"),
            paragraph("<p>Refer the person.</p>"),
        ]
    )

    class Meta:
        model = HandbookChapterPage
