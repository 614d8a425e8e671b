from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    label = "home"
    verbose_name = _("Home and site")

    def ready(self):
        from django.core import checks
        from django.db.models.signals import pre_save
        from wagtail.images import get_image_model

        from . import lookups  # noqa: F401  (registers IntegerFieldIn)
        from .csp import add_nonce_to_wagtail_choosers
        from .image_metadata import strip_wagtail_image_metadata
        from .spreadsheets import check_exports_are_formula_safe, make_wagtails_own_exports_formula_safe

        pre_save.connect(
            strip_wagtail_image_metadata, sender=get_image_model(), dispatch_uid="home_strip_image_metadata"
        )
        make_wagtails_own_exports_formula_safe()
        checks.register(check_exports_are_formula_safe, checks.Tags.security)
        add_nonce_to_wagtail_choosers()

        from .caching import install as install_shared_caching

        install_shared_caching()
