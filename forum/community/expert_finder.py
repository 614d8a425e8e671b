"""The expert finder page (the queries are in `directory.finder`).

Only whoever may see experts' contact details reaches it (`directory.permissions.
can_see_experts`: vetted members and moderators, who count as signed in only with
two-factor authentication): a visitor is sent to sign in, anyone else is refused.
People's details never go to a shared cache or a search engine, and the page is in
no sitemap and no search index.
"""

from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from directory import finder
from directory.permissions import can_see_experts


def expert_finder(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not can_see_experts(request.user):
        raise PermissionDenied
    form = finder.ExpertFinderForm(request.GET or None)
    filters = form.filters()
    notices = [
        _("The filter “%(label)s” could not use this value and was left out.")
        % {"label": form.fields[name].label or name}
        for name in (form.errors if form.is_bound else {})
    ]
    paginator = Paginator(finder.find(filters), finder.PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("page") or 1)
    except (PageNotAnInteger, EmptyPage):
        page_obj = paginator.page(1)
    people = finder.load(page_obj.object_list, form.stages)
    kept = urlencode([(name, value) for name, value in filters.items()])
    response = render(
        request,
        "community/expert_finder.html",
        {
            "form": form,
            "filters": filters,
            "notices": notices,
            "people": people,
            "page_obj": page_obj,
            "paginator": paginator,
            "result_count": paginator.count,
            "filter_query": kept,
            "narrowed": "organisation" in filters or "member" in filters,
        },
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
