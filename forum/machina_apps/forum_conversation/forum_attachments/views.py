import os

import filetype
from django.http import FileResponse
from django.utils.text import get_valid_filename
from machina.apps.forum_conversation.forum_attachments import views as machina_views


class AttachmentView(machina_views.AttachmentView):
    """Always a download, never rendered by the browser, and only after machina's
    permission check (can_download_file on the post's forum)."""

    def perform_permissions_check(self, user, obj, perms):
        post = self.get_object().post
        if not post.approved and not (
            (user.is_authenticated and post.poster_id == user.pk)
            or self.request.forum_permission_handler.can_approve_posts(obj, user)
        ):
            return False  # a pending or hidden post's files wait with the post
        return super().perform_permissions_check(user, obj, perms)

    def render_to_response(self, context, **response_kwargs):
        attachment = self.object
        attachment.file.open("rb")
        kind = filetype.guess(attachment.file.read(8192))
        attachment.file.seek(0)
        response = FileResponse(
            attachment.file,
            as_attachment=True,
            filename=get_valid_filename(os.path.basename(attachment.file.name)) or "attachment",
            content_type=kind.mime if kind else "application/octet-stream",
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        response["Cache-Control"] = "private, no-store"
        return response
