from machina.apps.forum_moderation.apps import ForumModerationAppConfig as MachinaConfig


class ForumModerationAppConfig(MachinaConfig):
    name = "forum.machina_apps.forum_moderation"
