"""Only images are served straight from MEDIA_ROOT; documents and forum attachments never are."""

import pytest
from django.http import Http404
from django.test import RequestFactory

from home.media import serve_public_media


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    for relative in ("images/photo.jpg", "documents/casework.pdf", "machina/attachments/notes.pdf"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(b"sample")
    return tmp_path


def test_images_are_served(media_root):
    response = serve_public_media(RequestFactory().get("/media/images/photo.jpg"), "images/photo.jpg")
    assert response.status_code == 200


@pytest.mark.parametrize(
    "path", ["documents/casework.pdf", "machina/attachments/notes.pdf", "images/../documents/casework.pdf"]
)
def test_documents_and_attachments_are_not(media_root, path):
    with pytest.raises(Http404):
        serve_public_media(RequestFactory().get(f"/media/{path}"), path)
