"""Attached PDFs are stored without the metadata their author's software wrote into them.

A scan or an export tells who made it, on which machine and with which program (the document
information dictionary: Author, Creator, Producer, Title, dates; and the XMP packets of the
document and its pages). pypdf rewrites the file without them; the pages themselves are kept
as they are.
"""

import io

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

# Keys of a document catalogue or a page that hold metadata rather than content.
_METADATA_KEYS = ("/Metadata", "/PieceInfo")


class UnreadablePDF(ValueError):
    """Not a PDF that can be rewritten (damaged, or locked with a password)."""


def strip_pdf_metadata(data):
    """Return the bytes of the PDF `data` without its metadata, or raise UnreadablePDF."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadablePDF("encrypted")
        writer = PdfWriter(clone_from=reader)
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as error:
        if isinstance(error, UnreadablePDF):
            raise
        raise UnreadablePDF(str(error)) from error
    writer.metadata = None
    for holder in (writer.root_object, *writer.pages):
        for key in _METADATA_KEYS:
            if key in holder:
                del holder[key]
    # The removed XMP streams are still objects of the file until nothing refers to them.
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
