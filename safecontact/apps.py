from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SafeContactConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "safecontact"
    label = "safecontact"
    verbose_name = _("Safe contact")

    def ready(self):
        from forum.membership.audit import register_labels

        from . import checks, review  # noqa: F401  (checks registers the deploy check)
        from .audit import ACTION_LABELS
        from .models import Conversation

        register_labels(
            ACTION_LABELS,
            prefix="safe_contact_",
            states=dict(Conversation.State.choices),
            reasons=dict(Conversation.Outcome.choices),
        )
        review.register()  # escalated conversations wait in the moderators' review queue
