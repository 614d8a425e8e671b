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
