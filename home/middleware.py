"""No silent English under /nl/, /hu/ or /fr/.

Wagtail routes /hu/… through the Hungarian home page if it is live, and otherwise
through the English one, so an untranslated page would come out in English under
a Hungarian address. Aliases of a page in another language (wagtail-localize's
placeholder for "not translated yet") do the same. This middleware sends such
requests to the language's home page with a notice instead (home.localization).
"""

from wagtail.models import Page
from wagtail.views import serve

from home.localization import active_language, redirect_for_missing_translation, untranslated_redirect


class UntranslatedPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 404 and getattr(request, "_serving_wagtail_page_path", None) is not None:
            # An address of the source language's tree under another prefix (/hu/handbook/…
            # when only /en/handbook/… exists): lead to the language's home page instead.
            redirect = redirect_for_missing_translation(request, request._serving_wagtail_page_path, active_language())
            if redirect is not None:
                return redirect
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not serve:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        request._serving_wagtail_page_path = path
        # Wagtail caches the route on the request, so serve() does not route again.
        route = Page.route_for_request(request, path)
        if route is None:
            return None
        return untranslated_redirect(request, route[0], active_language())
