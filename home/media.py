"""Which uploaded files may be served straight from MEDIA_ROOT, without asking Django who is asking.

Only images are public files. Documents (Wagtail's serve_view checks their
collection's privacy) and forum attachments (served to permitted members only)
also live under MEDIA_ROOT, so MEDIA_ROOT as a whole must never be exposed: the
development server below and the production proxy (see README, Deployment) serve
these folders only."""

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.views.static import serve

PUBLIC_MEDIA_FOLDERS = ("images/", "original_images/")


def serve_public_media(request, path):
    if not path.startswith(PUBLIC_MEDIA_FOLDERS) or ".." in path.split("/"):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def public_media_urlpatterns():
    """For the development server (DEBUG): the public folders of MEDIA_ROOT, nothing else."""
    prefix = settings.MEDIA_URL.lstrip("/")
    return [re_path(rf"^{prefix}(?P<path>.*)$", serve_public_media)]
