"""machina's permission middleware without a session for every anonymous reader.

machina's own ForumPermissionMiddleware gives every anonymous visitor a random
"forum key" and stores it in the session, on every page of the site: each first
visit writes a session row and sets a session cookie, and each later page reads the
session back. The key only identifies an anonymous author of a post or a poll vote;
on this platform anonymous readers may do neither (forum.community.structure grants
them reading only). So a key is read from an existing session and created only when
an anonymous visitor sends a form (a POST), the one case where it could matter.
Reading pages leaves no session, no cookie and no query behind.
"""

from machina.apps.forum_permission.middleware import ForumPermissionMiddleware as MachinaForumPermissionMiddleware
from machina.core.loading import get_class

PermissionHandler = get_class("forum_permission.handler", "PermissionHandler")

SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")


class ForumPermissionMiddleware(MachinaForumPermissionMiddleware):
    def process_request(self, request):
        if not request.user.is_authenticated:
            session = request.session
            key = None
            if session.session_key is not None or request.method not in SAFE_METHODS:
                key = session.get(self.anonymous_forum_key_session_id)
            if key is None and request.method not in SAFE_METHODS:
                key = self.get_anonymous_forum_key()
                session[self.anonymous_forum_key_session_id] = key
            if key is not None:
                request.user.forum_key = key
        request.forum_permission_handler = PermissionHandler()
