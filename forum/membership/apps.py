from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembershipConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "forum.membership"
    label = "membership"
    verbose_name = _("Membership vetting")
