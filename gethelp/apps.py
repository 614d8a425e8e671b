from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GethelpConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "gethelp"
    label = "gethelp"
    verbose_name = _("Get help")
