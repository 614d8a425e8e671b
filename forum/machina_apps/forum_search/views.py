from machina.apps.forum_search.views import FacetedSearchView as MachinaFacetedSearchView


class FacetedSearchView(MachinaFacetedSearchView):
    def get_context(self):
        context = super().get_context()
        # "page" means the Wagtail page to the site shell; haystack's results page is renamed.
        context["results_page"] = context.pop("page")
        return context
