from machina.apps.forum_search.forms import *  # noqa: F401,F403
from machina.apps.forum_search.forms import SearchForm as MachinaSearchForm

from forum.community.search import SearchHits, search_hits


class SearchForm(MachinaSearchForm):
    def __init__(self, *args, **kwargs):
        self.user = kwargs.get("user")
        super().__init__(*args, **kwargs)

    def search(self):
        if not self.is_valid() or not (self.cleaned_data.get("q") or self.cleaned_data.get("search_poster_name")):
            return SearchHits()
        return search_hits(
            self.user,
            self.cleaned_data.get("q"),
            topics_only=self.cleaned_data.get("search_topics"),
            poster_name=self.cleaned_data.get("search_poster_name"),
            forum_ids=self.cleaned_data.get("search_forums"),
        )
