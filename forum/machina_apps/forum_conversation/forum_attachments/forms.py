"""Attachment uploads checked by what the file is, not what it is called."""

import os

import filetype
from django import forms
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.models import modelformset_factory
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _
from machina.apps.forum_conversation.forum_attachments.forms import *  # noqa: F401,F403
from machina.apps.forum_conversation.forum_attachments.forms import Attachment, BaseAttachmentFormset
from machina.conf import settings as machina_settings

from home.image_metadata import strip_image_metadata
from home.pdf_metadata import UnreadablePDF, strip_pdf_metadata
from home.pdf_text import pdf_text

ALLOWED_DESCRIPTION = _("PDF documents and PNG, JPEG, GIF or WebP images")


def check_upload(upload):
    """Raise ValidationError unless `upload` is an allowed type (by its bytes) and size.

    Return the file's kind so that the stored name can get the matching extension.
    """
    max_size = settings.FORUM_ATTACHMENT_MAX_SIZE
    if upload.size > max_size:
        raise forms.ValidationError(
            _("This file is too large (%(size)s). The limit is %(limit)s."),
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(max_size)},
            code="too_large",
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(position)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in settings.FORUM_ATTACHMENT_ALLOWED_TYPES:
        raise forms.ValidationError(
            _("This type of file cannot be attached. Allowed: %(allowed)s."),
            params={"allowed": ALLOWED_DESCRIPTION},
            code="file_type",
        )
    return kind


class AttachmentForm(forms.ModelForm):
    # The words of an uploaded PDF, for the personal-data check of the post it is sent with.
    extracted_text = ""

    class Meta:
        model = Attachment
        fields = ["file", "comment"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or not hasattr(upload, "size") or getattr(upload, "_committed", False):
            return upload
        kind = check_upload(upload)
        stem = os.path.splitext(os.path.basename(upload.name))[0]
        name = f"{get_valid_filename(stem)[:80] or 'attachment'}.{kind.extension}"
        if kind.mime.startswith("image/"):
            # Stored without EXIF/GPS/XMP/IPTC: see home/image_metadata.py.
            upload.seek(0)
            clean = strip_image_metadata(upload.read())
            upload.seek(0)
            if clean is None:
                raise forms.ValidationError(_("This image could not be read. Try saving it again as JPEG or PNG."))
            return SimpleUploadedFile(name, clean, content_type=kind.mime)
        if kind.mime == "application/pdf":
            # Stored without author, producer and XMP: see home/pdf_metadata.py.
            upload.seek(0)
            try:
                clean = strip_pdf_metadata(upload.read())
            except UnreadablePDF:
                raise forms.ValidationError(
                    _("This PDF could not be read. If it is protected by a password, remove the password first.")
                ) from None
            self.extracted_text = pdf_text(clean)
            return SimpleUploadedFile(name, clean, content_type=kind.mime)
        upload.name = name
        return upload


AttachmentFormset = modelformset_factory(
    Attachment,
    AttachmentForm,
    formset=BaseAttachmentFormset,
    can_delete=True,
    extra=1,
    max_num=machina_settings.ATTACHMENT_MAX_FILES_PER_POST,
    validate_max=True,
)
