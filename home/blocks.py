"""The block library every page body shares. An app adds its own blocks in its own blocks.py."""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading with a stable anchor, so the table of contents and shared links can point at it."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (H2)")), ("h3", _("Subsection (H3)"))],
        default="h2",
    )
    anchor = blocks.CharBlock(
        label=_("Anchor"),
        required=False,
        max_length=80,
        help_text=_("Optional. Leave empty to derive it from the heading."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = heading_anchor(value)
        return context


def heading_anchor(value):
    return value.get("anchor") or slugify(value.get("text", ""))[:80] or "section"


class CalloutBlock(blocks.StructBlock):
    """A box that stands out: a warning, a tip, or a list of indicators."""

    style = blocks.ChoiceBlock(
        label=_("Style"),
        choices=[
            ("info", _("Information")),
            ("warning", _("Warning")),
            ("indicators", _("Indicator list")),
        ],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    body = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Call-out box")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quotation")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Leave empty to use the image's title."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        label = _("Image with caption")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        label = _("Document link")


class TranslatableTableBlock(TableBlock):
    """A table whose caption and cells are translated like any other text.

    wagtail-localize extracts nothing from Wagtail's TableBlock, so a translated page kept
    its tables in the source language. Its documented hooks for custom blocks
    (`get_translatable_segments` / `restore_translated_segments`) offer each non-empty
    cell as a segment; the table's shape and settings are synchronised."""

    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        if not value:
            return []
        segments = []
        if (value.get("table_caption") or "").strip():
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for row_number, row in enumerate(value.get("data") or []):
            for column_number, cell in enumerate(row or []):
                if isinstance(cell, str) and cell.strip():
                    segments.append(StringSegmentValue(f"cell-{row_number}-{column_number}", cell))
        return segments

    def restore_translated_segments(self, value, segments):
        import copy

        value = copy.deepcopy(value)
        for segment in segments:
            text = segment.render_text()
            if segment.path == "caption":
                value["table_caption"] = text
            elif segment.path.startswith("cell-"):
                _prefix, row_number, column_number = segment.path.split("-")
                value["data"][int(row_number)][int(column_number)] = text
        return value


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        features=["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul", "hr", "blockquote"],
    )
    callout = CalloutBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    document = DocumentLinkBlock()
    table = TranslatableTableBlock(label=_("Table"), template="blocks/table_block.html")

    class Meta:
        template = "blocks/stream_block.html"


class EmbedStreamBlock(BaseStreamBlock):
    """The library plus third-party embeds. Embeds load content from other sites,
    so they are off by default: only page types that opt in use this block."""

    embed = EmbedBlock(label=_("Embedded media"), help_text=_("Loads content from another website."))


def table_of_contents(stream_value):
    """The headings of a body, in order, as (level, text, anchor) for a generated table of contents."""
    return [
        (block.value["level"], block.value["text"], heading_anchor(block.value))
        for block in stream_value
        if block.block_type == "heading"
    ]


def localize_path(url, language_code=None):
    """Move a site-internal address like "/en/forum/" to the reader's language ("/hu/forum/").

    Editors type one address for a link that every language tree shares; other
    addresses are returned unchanged.
    """
    from django.conf import settings
    from django.utils import translation

    language_code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    codes = {code for code, _name in settings.LANGUAGES}
    parts = url.split("/", 2)
    if url.startswith("/") and len(parts) > 2 and parts[1] in codes and language_code in codes:
        return f"/{language_code}/{parts[2]}"
    return url


class EntryPointBlock(blocks.StructBlock):
    """A card on the home page that leads to one part of the site."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.CharBlock(
        label=_("Address"),
        required=False,
        max_length=300,
        help_text=_(
            'Use this when the destination is not a page of the site, e.g. "/en/forum/". '
            "The language prefix is adapted to the reader's language."
        ),
    )

    class Meta:
        icon = "link"
        label = _("Entry point")
        template = "blocks/entry_point_block.html"

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        value = super().clean(value)
        url = (value.get("url") or "").strip()
        if not value.get("page") and not url:
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or type an address."))}
            )
        if url and not (url.startswith("/") or url.startswith("https://") or url.startswith("http://")):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_('Start the address with "/" or "https://".'))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        page = value.get("page")
        href = ""
        if page is not None:
            page = page.localized
            href = page.get_url(request) if page.live else ""
        if not href and value.get("url"):
            href = localize_path(value["url"].strip())
        context["href"] = href
        return context


class EntryPointsBlock(blocks.StreamBlock):
    entry_point = EntryPointBlock()
