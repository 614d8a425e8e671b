from django.core.paginator import Paginator
from django.shortcuts import render

from search.providers import search_everything

RESULTS_PER_PAGE = 10


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = search_everything(request, query)
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": page_obj, "result_count": len(results)},
    )
