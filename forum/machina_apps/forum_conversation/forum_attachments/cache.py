# machina looks this module up by app label; ours re-exports machina's unchanged.
from machina.apps.forum_conversation.forum_attachments.cache import *  # noqa: F401,F403
from machina.apps.forum_conversation.forum_attachments.cache import cache  # noqa: F401
