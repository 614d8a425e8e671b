"""The text layer of a PDF, read cheaply enough to check every upload.

A scanned page has no text layer and gives nothing (reading images would need OCR,
which this platform does not run); a PDF exported from a word processor gives its
words. The number of pages and of characters read is bounded, so a crafted file
cannot hold up a request for long.
"""

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PdfReadError

logger = logging.getLogger(__name__)

MAX_PAGES = 50
MAX_CHARACTERS = 200_000


def pdf_text(data, max_pages=MAX_PAGES, max_characters=MAX_CHARACTERS):
    """The text of the first `max_pages` pages of the PDF `data`, at most `max_characters` long ("" if unreadable)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return ""
        parts, length = [], 0
        for page in reader.pages[:max_pages]:
            text = page.extract_text() or ""
            parts.append(text)
            length += len(text)
            if length >= max_characters:
                break
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, RecursionError) as error:
        logger.info("The text layer of an attachment could not be read: %s", error)
        return ""
    return "\n".join(parts)[:max_characters]
