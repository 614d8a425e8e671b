from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from gethelp.models import HelpLine
from home.spreadsheets import FormulaSafeSnippetViewSet


class HelpLineViewSet(FormulaSafeSnippetViewSet):
    model = HelpLine
    icon = "help"
    menu_label = _("Help lines")
    menu_name = "help_lines"
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["organisation", "country", "phone", "hours", "is_sample"]
    list_filter = ["country", "is_sample"]
    list_export = ["country", "organisation", "phone", "hours", "languages", "website", "notes", "is_sample", "live"]
    export_filename = "help-lines"
    search_fields = ["organisation", "phone", "notes"]
    # The admin searches these few rows directly in the database, so a search
    # finds a line as soon as it is saved, without a search index rebuild.
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_fields = [
        "country",
        "organisation",
        "phone",
        "hours",
        "languages",
        "website",
        "notes",
        "is_sample",
        "sort_order",
        "locale",
    ]
    ordering = ["country", "sort_order", "organisation"]


register_snippet(HelpLineViewSet)
