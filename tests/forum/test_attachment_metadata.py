"""Photos attached to forum posts are stored without where, when and with what they were taken."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from machina.core.db.models import get_model
from PIL import Image

from ..home.test_image_metadata import photo_with_gps
from .test_posting import author, post_with_file  # noqa: F401 (fixture)

Attachment = get_model("forum_attachments", "Attachment")


def test_attached_photo_loses_gps_camera_and_xmp_but_keeps_its_orientation(client, forums, author):  # noqa: F811
    upload = SimpleUploadedFile("shelter.jpg", photo_with_gps(), content_type="image/jpeg")
    response = post_with_file(client, forums["Hungary"], "A photo", upload)
    assert response.status_code == 302
    attachment = Attachment.objects.get(post__topic__subject="A photo")
    with attachment.file.open("rb") as stored:
        data = stored.read()
    for secret in (b"SecretCam", b"EOS-SECRET", b"XMP-SECRET", b"GPS"):
        assert secret not in data
    image = Image.open(io.BytesIO(data))
    assert not image.getexif()
    assert image.size == (20, 40)  # the camera said "rotate 90°": the pixels are turned, not the flag kept
    # The download a member gets is the stored, clean file.
    response = client.get(reverse("forum_conversation:attachment", kwargs={"pk": attachment.pk}))
    assert response.status_code == 200
    assert b"SecretCam" not in b"".join(response.streaming_content)


def pdf_with_metadata(*, password=None):
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, StreamObject

    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    writer.add_metadata({"/Author": "Lena Leaving", "/Creator": "ScanPro on LENA-LAPTOP", "/Title": "Case 17"})
    xmp = StreamObject()
    xmp.set_data(b'<x:xmpmeta xmlns:x="adobe:ns:meta/">XMP-AUTHOR-SECRET</x:xmpmeta>')
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    xmp[NameObject("/Subtype")] = NameObject("/XML")
    writer.root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    page[NameObject("/Metadata")] = writer._add_object(xmp.clone(writer))
    if password:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_attached_pdf_loses_author_producer_and_xmp_and_keeps_its_pages(client, forums, author):  # noqa: F811
    from pypdf import PdfReader

    original = pdf_with_metadata()
    assert b"Lena Leaving" in original and b"XMP-AUTHOR-SECRET" in original
    upload = SimpleUploadedFile("case-notes.pdf", original, content_type="application/pdf")
    assert post_with_file(client, forums["Hungary"], "A PDF", upload).status_code == 302
    attachment = Attachment.objects.get(post__topic__subject="A PDF")
    with attachment.file.open("rb") as stored:
        data = stored.read()
    for secret in (b"Lena Leaving", b"LENA-LAPTOP", b"XMP-AUTHOR-SECRET", b"Case 17"):
        assert secret not in data
    stored_pdf = PdfReader(io.BytesIO(data))
    assert not stored_pdf.metadata and len(stored_pdf.pages) == 1


def test_a_pdf_that_cannot_be_cleaned_is_refused_with_a_message(client, forums, author):  # noqa: F811
    for name, content in (("locked.pdf", pdf_with_metadata(password="secret")), ("broken.pdf", b"%PDF-1.4\nnot")):
        response = post_with_file(client, forums["Hungary"], f"Refused {name}", SimpleUploadedFile(name, content))
        assert response.status_code == 200
        assert "This PDF could not be read." in response.content.decode()
        assert not Attachment.objects.filter(post__topic__subject=f"Refused {name}").exists()
