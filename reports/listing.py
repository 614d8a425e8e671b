"""Filtering and paging the report index, kept apart from the page model so it can be tested without HTTP.

The index makes the same few queries whatever the number of reports: one grouped
query gives the choices of every filter, the number of reports behind each choice
and the total, and one query fetches the page of reports shown.
"""

from collections import Counter
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from .forms import ReportFilterForm

PER_PAGE = 10
FILTER_NAMES = ("type", "country", "year")


class CountedPaginator(Paginator):
    """A paginator told its total, so it does not run a COUNT query of its own."""

    def __init__(self, object_list, per_page, *, count, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


def report_facets(reports):
    """(type key, country code, year, number of reports) for every combination that exists, in one query."""
    from .models import report_type_for_content_type

    rows = (
        reports.order_by()
        .annotate(year=ExtractYear("start_date"))
        .values_list("content_type_id", "host_country", "year")
        .annotate(number=Count("pk"))
    )
    return [
        (report_type_for_content_type(content_type_id), country, year, number)
        for content_type_id, country, year, number in rows
    ]


def matches(facet, filters, ignore=None):
    type_key, country, year, _number = facet
    values = {"type": type_key, "country": country, "year": str(year)}
    return all(values[name] == str(value) for name, value in filters.items() if name != ignore)


def facet_counts(facets, filters):
    """For each filter, how many reports each choice would show together with the other filters chosen."""
    counts = {name: Counter() for name in FILTER_NAMES}
    for facet in facets:
        type_key, country, year, number = facet
        for name, value in (("type", type_key), ("country", country), ("year", str(year))):
            if matches(facet, filters, ignore=name):
                counts[name][value] += number
    return counts


def filter_reports(reports, filters):
    from .models import REPORT_TYPES

    if "type" in filters:
        reports = reports.exact_type(REPORT_TYPES[filters["type"]])
    if "country" in filters:
        reports = reports.filter(host_country=filters["country"])
    if "year" in filters:
        year = int(filters["year"])
        reports = reports.filter(start_date__year=year)
    return reports


def report_listing(index_page, params):
    """The context of the report index for these GET parameters: form, page of results, counts and notices."""
    all_reports = index_page.reports()
    facets = report_facets(all_reports)
    countries = sorted({country for _type, country, _year, _number in facets})
    years = sorted({year for _type, _country, year, _number in facets}, reverse=True)

    params = params or {}
    given = {name: params.get(name) for name in FILTER_NAMES if params.get(name)}
    form = ReportFilterForm(given or None, countries=countries, years=years)
    filters = form.valid_filters() if given else {}
    counts = facet_counts(facets, filters)
    form.show_counts(counts)
    total = sum(facet[3] for facet in facets if matches(facet, filters))

    notices = []
    paginator = CountedPaginator(filter_reports(all_reports, filters), PER_PAGE, count=total)
    page_param = params.get("page", "1")
    try:
        page_obj = paginator.page(page_param)
    except PageNotAnInteger:
        notices.append(_("That page number is not valid. Showing the first page."))
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(paginator.num_pages)
        notices.append(_("There is no such page. Showing the last page instead."))

    return {
        "filter_form": form,
        "filters": filters,
        "filter_query": urlencode(filters),
        "is_filtered": bool(filters),
        "reports": list(page_obj.object_list),
        "page_obj": page_obj,
        "paginator": paginator,
        "result_count": total,
        "total_count": sum(facet[3] for facet in facets),
        "notices": notices,
    }
