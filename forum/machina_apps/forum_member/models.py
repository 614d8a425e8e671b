from machina.apps.forum_member.models import *  # noqa: F401,F403
