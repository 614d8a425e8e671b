from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectMessagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "forum.direct_messages"
    label = "direct_messages"
    verbose_name = _("Direct messages")

    def ready(self):
        from forum.membership.audit import register_labels

        from .models import MessageReport

        register_labels(
            {
                "direct_message_reported": _("Direct message reported"),
                "direct_message_report_decided": _("Report on a direct message decided"),
            },
            prefix="direct_message_",
            states=dict(MessageReport.Status.choices),
        )
