"""Reading a search from the URL. Unknown facet values and sort orders are refused with a message (400)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .documents import Kind
from .query import FACETS, MAX_QUERY_LENGTH, SORTS

# Stage numbers of the European TRM guidelines (directory.models.Stage).
STAGES = ("1", "2", "3", "4", "5")
MAX_PAGE = 1000


class SearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=10_000, strip=True)
    kind = forms.MultipleChoiceField(required=False, choices=[(kind, kind) for kind in Kind.ALL])
    language = forms.MultipleChoiceField(required=False, choices=settings.LANGUAGES)
    country = forms.MultipleChoiceField(required=False)
    stage = forms.MultipleChoiceField(required=False, choices=[(stage, stage) for stage in STAGES])
    year = forms.MultipleChoiceField(required=False)
    sort = forms.ChoiceField(required=False, choices=[(sort, sort) for sort in SORTS])
    page = forms.CharField(required=False)

    error_messages = {
        "facet": _(
            "“%(value)s” is not a filter this search knows. Remove it from the address, or start a new search."
        ),
        "sort": _("“%(value)s” is not a known order. Results can be sorted by relevance or by date."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from reports.countries import COUNTRY_CHOICES

        # A NUL byte in what someone typed is a separator (clean_q), not a reason to refuse the search.
        self.fields["q"].validators = []
        self.fields["country"].choices = COUNTRY_CHOICES
        self.fields["year"].choices = [(str(year), str(year)) for year in range(1990, 2100)]
        for name in ("kind", "language", "country", "stage", "year"):
            self.fields[name].error_messages["invalid_choice"] = self.error_messages["facet"]
        self.fields["sort"].error_messages["invalid_choice"] = self.error_messages["sort"]

    def clean_q(self):
        text = self.cleaned_data["q"].replace("\x00", " ")
        return " ".join(text.split())[:MAX_QUERY_LENGTH]

    def clean_page(self):
        digits = self.cleaned_data["page"].lstrip("0")
        # A page number that is not one is the first page, as in Django's Paginator.get_page();
        # "²" is a digit to str.isdigit() but not to int(), and int() refuses 4,300 digits.
        if not (digits.isascii() and digits.isdigit()):
            return 1
        return MAX_PAGE if len(digits) > len(str(MAX_PAGE)) else min(int(digits), MAX_PAGE)

    def filters(self):
        return {facet: self.cleaned_data[facet] for facet in FACETS if self.cleaned_data.get(facet)}
