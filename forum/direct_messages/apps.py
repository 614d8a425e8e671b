from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectMessagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "forum.direct_messages"
    label = "direct_messages"
    verbose_name = _("Direct messages")
