"""Uploaded images are stored without what the camera or phone wrote into them.

A photo from a shelter or from a victim's phone can tell where and when it was
taken and with which device (EXIF, GPS, XMP, IPTC, embedded thumbnails). Every
image uploaded to the site (Wagtail images and forum attachments) is re-encoded
from its pixels only; the orientation the camera recorded is applied to the
pixels first, so nothing turns sideways. Only the colour profile is kept.
"""

import io
import os

from django.core.files.base import ContentFile
from PIL import Image, ImageOps
from wagtail.utils.file import hash_filelike

# Formats we accept (settings.WAGTAILIMAGES_EXTENSIONS, FORUM_ATTACHMENT_ALLOWED_TYPES).
_SAVE_OPTIONS = {
    "JPEG": {"quality": 95, "subsampling": 0},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 95},
    "GIF": {},
}
_ANIMATION_INFO = ("duration", "loop", "transparency", "background")


def strip_image_metadata(data):
    """Return `data` (the bytes of an image) re-encoded without metadata, or None
    if it is not an image format handled here (the caller keeps it unchanged)."""
    try:
        with Image.open(io.BytesIO(data)) as source:
            image_format = source.format
            if image_format not in _SAVE_OPTIONS:
                return None
            options = dict(_SAVE_OPTIONS[image_format])
            icc_profile = source.info.get("icc_profile")
            if getattr(source, "n_frames", 1) > 1:
                # Animated GIF/WebP: every frame with its timing, nothing else.
                source.info = {key: value for key, value in source.info.items() if key in _ANIMATION_INFO}
                clean = source
                options["save_all"] = True
            else:
                clean = ImageOps.exif_transpose(source)  # a copy with the orientation applied to the pixels
                clean.load()
                clean.info = {}
            if image_format == "JPEG" and clean.mode not in ("RGB", "L", "CMYK"):
                clean = clean.convert("RGB")
            if icc_profile:
                options["icc_profile"] = icc_profile
            if image_format in ("JPEG", "WEBP"):
                options["exif"] = b""
            buffer = io.BytesIO()
            clean.save(buffer, format=image_format, **options)
            return buffer.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError, SyntaxError):
        return None


def strip_wagtail_image_metadata(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save of Wagtail's image model: rewrite a new original file without its
    metadata. The edit form hands over an upload not yet written; the multiple
    upload view writes the file first and saves the model after, so a new image
    whose file is already stored is rewritten in place."""
    if raw or not instance.file or (update_fields is not None and "file" not in update_fields):
        return
    field_file = instance.file
    if not field_file._committed:
        field_file.open("rb")
        field_file.seek(0)
        clean = strip_image_metadata(field_file.read())
        if clean is None:
            return
        instance.file = ContentFile(clean, name=os.path.basename(field_file.name))
    elif instance._state.adding:
        storage, name = field_file.storage, field_file.name
        with storage.open(name, "rb") as stored:
            clean = strip_image_metadata(stored.read())
        if clean is None:
            return
        storage.delete(name)
        field_file.close()
        del field_file.file  # the open file still holds the old bytes
        field_file.name = storage.save(name, ContentFile(clean))
    else:
        return
    with Image.open(io.BytesIO(clean)) as stored_image:
        instance.width, instance.height = stored_image.size  # turned by the EXIF orientation
    instance.file_size = len(clean)
    instance.file_hash = hash_filelike(io.BytesIO(clean))
