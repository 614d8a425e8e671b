from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "forum.community"
    label = "community"
    verbose_name = _("Forum community")

    def ready(self):
        from . import (
            receivers,  # noqa: F401
            search,
        )

        search.connect()

        from . import audit_labels

        audit_labels.register()

        from .caching import install as install_forum_caching

        install_forum_caching()

        from .forum_texts import install as install_forum_texts

        install_forum_texts()
