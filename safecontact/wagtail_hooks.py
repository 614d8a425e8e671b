"""Safe contact in the Wagtail admin: a menu entry for the helper inbox, shown only to helpers
(a vetted member with a helper role, access.is_helper). The inbox itself stays in the members'
area; the entry only leads there."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import access


class HelperInboxMenuItem(MenuItem):
    def is_shown(self, request):
        return access.is_helper(request.user)


@hooks.register("register_admin_menu_item")
def register_helper_inbox_menu_item():
    return HelperInboxMenuItem(
        _("Helper inbox"), reverse("safecontact:inbox"), name="helper-inbox", icon_name="mail", order=245
    )
