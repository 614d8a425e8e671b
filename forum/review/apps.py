from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewConfig(AppConfig):
    name = "forum.review"
    label = "review"
    verbose_name = _("Review queue")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import receivers, registry, sources

        sources.register_default_sources(registry)
        receivers.connect()
