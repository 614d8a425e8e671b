from machina.apps.forum_feeds.apps import ForumFeedsAppConfig as MachinaConfig


class ForumFeedsAppConfig(MachinaConfig):
    name = "forum.machina_apps.forum_feeds"
