"""Bad input is the visitor's mistake, never a server error (issue 10, finding 6).

One layer for every view, machina's, allauth's and Wagtail's included, rather than a
check in each: a NUL character (which PostgreSQL refuses in any text) answers 400, an
address whose id is a number no database column holds, or a lookup of an id that names
nothing, answers 404. Both pages are the site's own, in the visitor's language.
"""

import logging

from django.contrib.admin.utils import unquote
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404
from django.urls import Resolver404, resolve

from home.views import bad_request

logger = logging.getLogger("django.request")

# The widest integer column (bigint); Python refuses longer digit strings anyway.
LARGEST_ID = 2**63 - 1
FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
# The site search reads a NUL in what was typed as a word separator (search/forms.py).
NUL_TOLERANT_VIEWS = {"search"}


def _has_nul(query_dict):
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in query_dict.lists())


def _is_an_impossible_id(value):
    if isinstance(value, int):
        return abs(value) > LARGEST_ID
    return isinstance(value, str) and value.isdecimal() and (len(value) > 19 or int(value) > LARGEST_ID)


def _view_model(view_func):
    """The model of a generic (class-based) view, as Wagtail's viewsets and Django's generic views declare it."""
    model = getattr(view_func, "view_initkwargs", {}).get("model")
    if model is None:
        model = getattr(getattr(view_func, "view_class", None), "model", None)
    return model if hasattr(model, "_meta") else None


def _names_a_possible_key(view_func, view_kwargs):
    """False when the address's `pk` cannot be a primary key of the view's model.

    Wagtail's generic admin views take `<str:pk>` (a snippet's key may be text) and
    look it up as it is, so `/admin/snippets/…/chosen/abc/` raised ValueError on an
    integer key instead of answering "not found"."""
    if "pk" not in view_kwargs:
        return True
    model = _view_model(view_func)
    if model is None:
        return True
    field = model._meta.pk
    try:
        field.run_validators(field.to_python(unquote(str(view_kwargs["pk"]))))
    except (ValidationError, ValueError, TypeError):
        return False
    return True


def _url_name(request):
    try:
        return resolve(request.path_info).url_name
    except Resolver404:
        return None


class BadInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            # No page has such an address: the site's 404 (Django's own handler).
            raise Http404
        has_nul = _has_nul(request.GET) or (
            request.method == "POST"
            and request.content_type in FORM_CONTENT_TYPES
            and (_has_nul(request.POST) or any("\x00" in name for name in request.FILES))
        )
        if has_nul and _url_name(request) not in NUL_TOLERANT_VIEWS:
            return bad_request(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if any(_is_an_impossible_id(value) for value in [*view_args, *view_kwargs.values()]):
            raise Http404
        if not _names_a_possible_key(view_func, view_kwargs):
            raise Http404

    def process_exception(self, request, exception):
        if isinstance(exception, ObjectDoesNotExist):
            # A view looked up what the address names with .get() instead of get_object_or_404:
            # the visitor gets the 404 they would have got, the log keeps the view to fix.
            logger.warning("Lookup without a 404 in %s", request.path, exc_info=exception)
            raise Http404 from exception
