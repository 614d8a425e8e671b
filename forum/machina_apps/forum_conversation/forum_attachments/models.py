from machina.apps.forum_conversation.forum_attachments.models import *  # noqa: F401,F403
