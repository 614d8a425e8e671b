"""Blocks that only reports use: the agenda and the photo gallery."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import CaptionedImageBlock, DocumentLinkBlock


class AgendaItemBlock(blocks.StructBlock):
    start_time = blocks.TimeBlock(label=_("Start time"), required=False)
    end_time = blocks.TimeBlock(label=_("End time"), required=False)
    title = blocks.CharBlock(label=_("Item"), max_length=250)
    description = blocks.TextBlock(label=_("Details"), required=False)

    class Meta:
        icon = "time"
        label = _("Agenda item")
        template = "blocks/agenda_item_block.html"


class AgendaBlock(blocks.StreamBlock):
    day = blocks.DateBlock(label=_("Day"), template="blocks/agenda_day_block.html", icon="date")
    item = AgendaItemBlock()

    class Meta:
        template = "blocks/agenda_block.html"


class GalleryBlock(blocks.StreamBlock):
    photo = CaptionedImageBlock(template="blocks/gallery_photo_block.html")

    class Meta:
        template = "blocks/gallery_block.html"


class DocumentsBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()

    class Meta:
        template = "blocks/documents_block.html"
