from machina.apps.forum_member.apps import ForumMemberAppConfig as MachinaConfig


class ForumMemberAppConfig(MachinaConfig):
    name = "forum.machina_apps.forum_member"
