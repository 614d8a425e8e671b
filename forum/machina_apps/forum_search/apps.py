from machina.apps.forum_search.apps import ForumSearchAppConfig as MachinaConfig


class ForumSearchAppConfig(MachinaConfig):
    name = "forum.machina_apps.forum_search"
