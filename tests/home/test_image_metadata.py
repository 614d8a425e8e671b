"""Images uploaded to the site are stored without EXIF, GPS, XMP or thumbnails."""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.images import get_image_model

from home.image_metadata import strip_image_metadata

SECRETS = (b"SecretCam", b"EOS-SECRET", b"XMP-SECRET")


def photo_with_gps(size=(40, 20)):
    """A JPEG as a phone writes it: camera, GPS position, orientation "rotate 90°", XMP."""
    image = Image.new("RGB", size, "red")
    image.paste((0, 0, 255), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x0110] = "EOS-SECRET"  # Model
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (47.0, 29.0, 52.0), "E", (19.0, 2.0, 24.0)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, xmp=b"<x:xmpmeta>XMP-SECRET</x:xmpmeta>")
    data = buffer.getvalue()
    assert all(secret in data for secret in SECRETS)
    return data


def _assert_clean(data):
    for secret in SECRETS:
        assert secret not in data
    image = Image.open(io.BytesIO(data))
    assert not image.getexif() and "xmp" not in image.info
    return image


def test_stripping_keeps_pixels_turned_the_way_the_camera_meant():
    image = _assert_clean(strip_image_metadata(photo_with_gps()))
    assert image.size == (20, 40)
    assert image.getpixel((10, 2))[2] > 200  # the blue left half is now on top


def test_png_text_chunks_go_too():
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "SecretCam")
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, "PNG", pnginfo=info)
    assert b"SecretCam" not in strip_image_metadata(buffer.getvalue())


def test_not_an_image_is_left_to_the_caller():
    assert strip_image_metadata(b"%PDF-1.4\n") is None


def test_wagtail_image_uploaded_through_the_form_is_stored_clean(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    image = get_image_model()(title="Shelter")
    image.file = ImageFile(io.BytesIO(photo_with_gps()), name="shelter.jpg")
    image._set_image_file_metadata()
    image.save()
    image.refresh_from_db()
    with image.file.open("rb") as stored:
        data = stored.read()
    _assert_clean(data)
    assert (image.width, image.height) == (20, 40)
    assert image.file_size == len(data)


def test_wagtail_image_from_the_multiple_upload_is_rewritten_in_place(db, settings, tmp_path):
    """The multiple upload view writes the file to storage before saving the image."""
    settings.MEDIA_ROOT = tmp_path
    image = get_image_model()(title="Bulk")
    image.file.save("bulk.jpg", ContentFile(photo_with_gps()), save=False)
    image._set_image_file_metadata()
    image.save()
    (stored,) = (tmp_path / "original_images").iterdir()
    _assert_clean(stored.read_bytes())
    with image.file.open("rb") as opened:
        _assert_clean(opened.read())
    assert len(list((tmp_path / "original_images").iterdir())) == 1
