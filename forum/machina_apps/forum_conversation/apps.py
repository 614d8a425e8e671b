from machina.apps.forum_conversation.apps import ForumConversationAppConfig as MachinaConfig


class ForumConversationAppConfig(MachinaConfig):
    name = "forum.machina_apps.forum_conversation"
