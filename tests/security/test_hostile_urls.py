"""Bad input never answers 500 (issue 10, finding 6).

Every URL pattern of the project (the root URLconf walked recursively, each language-prefixed
pattern under /en/ and /hu/, every live page with its RoutablePage routes, and the admin views
the project wrote or registered for its own models) is requested with hostile values: in each
path parameter in turn (the others hold real ids and slugs, so the view gets as far as looking
the hostile one up), in every query parameter the project reads, and in every field of the
page's own forms, posted back. A 4xx or a normal page (2xx/3xx) is fine, a 5xx is not.

The walk takes a while, so each role is one test that collects every 5xx into one message.
"""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation
from django.utils.regex_helper import normalize
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from tests.accounts.mfa import force_login_with_2fa
from tests.directory.conftest import directory_page, make_organisation, pathway_page, taxonomy  # noqa: F401
from tests.forum.conftest import forums, make_topic, make_user, make_vetted  # noqa: F401
from tests.gethelp.factories import GetHelpPageFactory, HelpLineFactory
from tests.handbook.factories import HandbookChapterPageFactory, HandbookIndexPageFactory
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.reports.factories import ReportIndexPageFactory

REPOSITORY = Path(__file__).resolve().parents[2]
PROJECT_PACKAGES = {"accounts", "directory", "forum", "gethelp", "handbook", "home", "news", "reports", "search"}

# Already percent-encoded where a browser would encode them; each goes into a path
# segment, a query value and a form field as it is.
HOSTILE = {
    "word": "abc",
    "unknown id": "2147483647",
    "huge number": "99999999999999999999",
    "negative": "-1",
    "NUL": "%00",
    "overlong UTF-8": "%C0%AF",
    "invalid UTF-8": "%FF",
    "quotes": "%27%22",
    "superscript digit": "%C2%B2",
    "5000 letters": "a" * 5000,
    "5000 digits": "9" * 5000,
}

# Signing out, deleting the account or unsubscribing would end the walk for the
# member; their forms are tested by their own apps.
NOT_POSTED = {"account_logout", "delete_account"}


def _query_parameters_in_the_source():
    """Every `request.GET.get("name")` of the project: the query parameters its views read."""
    names = {"page", "next", "q", "p", "ordering"}  # machina's, allauth's and Wagtail's own
    for package in PROJECT_PACKAGES:
        for source in (REPOSITORY / package).rglob("*.py"):
            names.update(re.findall(r"GET\.get(?:list)?\(\s*[\"'](\w+)[\"']", source.read_text()))
    return sorted(names)


QUERY_PARAMETERS = _query_parameters_in_the_source()


class _FormFields(HTMLParser):
    """The names of the fields of the page's forms, by method."""

    def __init__(self):
        super().__init__()
        self.fields = {"get": set(), "post": set()}
        self.method = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.method = (attrs.get("method") or "get").lower()
        elif tag in ("input", "select", "textarea") and self.method in self.fields and attrs.get("name"):
            if attrs.get("type") not in ("file", "submit", "hidden"):
                self.fields[self.method].add(attrs["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self.method = None


def form_fields(response):
    parser = _FormFields()
    if "html" in response.get("Content-Type", ""):
        parser.feed(response.content.decode(errors="replace"))
    return parser.fields


def _regex_of(pattern):
    if isinstance(pattern, LocalePrefixPattern):
        return pattern.language_prefix
    return pattern.regex.pattern.lstrip("^").removesuffix(r"\Z").removesuffix("$")


def url_patterns(resolver=None, prefix=""):
    """(regex of the whole address, pattern) for every view of the URLconf, in the active language."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        regex = prefix + _regex_of(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from url_patterns(entry, regex)
        else:
            yield regex, entry


def _is_the_projects_own(pattern):
    """A view the project wrote, or a generic admin view (a snippet viewset) over one of its models."""
    callback = pattern.callback
    if callback.__module__.split(".")[0] in PROJECT_PACKAGES:
        return True
    model = getattr(callback, "view_initkwargs", {}).get("model")
    if isinstance(model, str):
        return model.split(".")[0] in PROJECT_PACKAGES
    return model is not None and model._meta.app_label in PROJECT_PACKAGES


class Address:
    """One URL pattern as a format string, with a real value for each parameter."""

    def __init__(self, regex, pattern, real_values):
        self.regex = re.compile(regex)
        self.name = pattern.name
        self.format, self.parameters = normalize(regex)[0]
        self.values = {}
        for parameter in self.parameters:
            candidates = [real_values.get(self.name, {}).get(parameter), real_values.get(parameter), "1", "x", ""]
            for candidate in candidates:
                if candidate is None:
                    continue
                self.values[parameter] = str(candidate)
                if self._matches_so_far():
                    break

    def _matches_so_far(self):
        values = {parameter: self.values.get(parameter, "1") for parameter in self.parameters}
        return bool(self.regex.fullmatch(self.format % values))

    def url(self, **hostile):
        return "/" + self.format % {**self.values, **hostile}

    def reaches_the_view(self, **hostile):
        """False when the resolver itself refuses the value (`abc` for an `<int:pk>`): a plain 404."""
        return bool(self.regex.fullmatch(unquote(self.url(**hostile)[1:])))


def real_values(content):
    """Real ids and slugs, so that the hostile value is the only wrong thing in the address."""
    forum, topic, post = content["forum"], content["topic"], content["post"]
    topic_values = {"forum_slug": forum.slug, "forum_pk": forum.pk, "slug": topic.slug, "pk": topic.pk}
    return {
        "forum_slug": forum.slug,
        "forum_pk": forum.pk,
        "topic_slug": topic.slug,
        "topic_pk": topic.pk,
        "post_pk": post.pk,
        "page_id": content["home"].pk,
        "forum": {"slug": forum.slug, "pk": forum.pk},
        "topic": topic_values,
        "topic_update": topic_values,
        "post_update": {"pk": post.pk},
        "post_delete": {"pk": post.pk},
        "profile": {"pk": content["member"].pk},
        "user_posts": {"pk": content["member"].pk},
        "attachment": {"pk": 1},
        **{name: {"slug": topic.slug, "pk": topic.pk} for name in ("topic_lock", "topic_unlock", "topic_move")},
        "wagtail_serve": {"_0": ""},
    }


@pytest.fixture
def content(forums, home_page, directory_page, pathway_page, settings):  # noqa: F811
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    member = make_vetted("member@example.org")
    topic, post = make_topic(forums["Announcements"], member, "Sample topic", "Sample text.")
    make_organisation("sample-shelter", services=(), country="HU")
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news)
    HandbookChapterPageFactory(parent=HandbookIndexPageFactory(parent=home_page), chapter_number=1)
    ReportIndexPageFactory(parent=home_page)
    GetHelpPageFactory(parent=home_page)
    HelpLineFactory()
    return {"forum": forums["Announcements"], "topic": topic, "post": post, "member": member, "home": home_page}


def page_addresses():
    """Every live page, and each route of the routable ones, as a path without its language prefix."""
    for page in Page.objects.live().specific():
        url = page.get_url()
        if not url:
            continue
        yield url
        if isinstance(page, RoutablePageMixin):
            for route in page.get_resolver().url_patterns:
                yield url + normalize(route.pattern.regex.pattern)[0][0]


def addresses(values, *, admin):
    """(address, parameter or None) pairs to try: the URLconf's in English and Hungarian, then the pages'."""
    seen = set()
    for language in ("en", "hu"):
        with translation.override(language):
            for regex, pattern in url_patterns():
                in_admin = regex.startswith("admin/")
                if in_admin != admin or (in_admin and not _is_the_projects_own(pattern)):
                    continue
                if isinstance(pattern, URLPattern) and regex not in seen:
                    seen.add(regex)
                    yield Address(regex, pattern, values)


def _is_a_sign_in_redirect(response):
    return response.status_code == 302 and "/accounts/login/" in response["Location"]


class Walk:
    def __init__(self, client):
        self.client = client
        self.failures = []
        self.requests = 0

    def request(self, method, url, body=None):
        self.requests += 1
        if method == "post":
            response = self.client.post(url, body, content_type="application/x-www-form-urlencoded")
        else:
            response = self.client.get(url)
        if response.status_code >= 500:
            self.failures.append(f"{method.upper()} {url[:160]} -> {response.status_code}")
        return response

    def address(self, address, url_name=None):
        """One address: hostile path parameters, then the normal one with hostile queries and form values."""
        for parameter in getattr(address, "parameters", ()):
            if parameter == "_0" and address.name == "wagtail_serve":
                continue  # the pages' own addresses are walked by page_addresses
            for value in HOSTILE.values():
                if address.reaches_the_view(**{parameter: value}):
                    self.request("get", address.url(**{parameter: value}))
        url = address.url() if isinstance(address, Address) else address
        response = self.request("get", url)
        if response.status_code in (403, 404, 405) or _is_a_sign_in_redirect(response):
            return  # the view refused before reading any parameter
        fields = form_fields(response)
        for value in HOSTILE.values():
            names = sorted(set(QUERY_PARAMETERS) | fields["get"])
            self.request("get", url + "?" + "&".join(f"{name}={value}" for name in names))
        name = address.name if isinstance(address, Address) else url_name
        if fields["post"] and name not in NOT_POSTED:
            for value in HOSTILE.values():
                self.request("post", url, "&".join(f"{quote(field)}={value}" for field in sorted(fields["post"])))

    def report(self):
        assert not self.failures, (
            f"{len(self.failures)} of {self.requests} requests answered a server error:\n" + "\n".join(self.failures)
        )


def walk_site(walk, values):
    for address in addresses(values, admin=False):
        walk.address(address)
    # The pages exist in English only: under /hu/ their addresses lead to the Hungarian
    # home page, which the URLconf walk above has already visited.
    for url in page_addresses():
        walk.address(url)
        for value in HOSTILE.values():
            walk.request("get", f"{url}{value}/")


@pytest.fixture
def hostile_client(client):
    client.raise_request_exception = False
    return client


def test_an_anonymous_visitor_never_meets_a_server_error(hostile_client, content):
    walk = Walk(hostile_client)
    walk_site(walk, real_values(content))
    walk.report()


def test_a_vetted_member_never_meets_a_server_error(hostile_client, content):
    hostile_client.force_login(content["member"])
    walk = Walk(hostile_client)
    walk_site(walk, real_values(content))
    walk.report()


def test_an_administrator_never_meets_a_server_error_in_the_projects_admin_views(hostile_client, content):
    administrator = make_user("administrator@example.org", is_staff=True, is_superuser=True)
    force_login_with_2fa(hostile_client, administrator)
    walk = Walk(hostile_client)
    for address in addresses(real_values(content), admin=True):
        walk.address(address)
    walk.report()


def test_a_nul_character_is_refused_with_a_page_in_the_visitors_language(hostile_client, content):
    hostile_client.force_login(content["member"])
    response = hostile_client.get("/hu/membership/?next=%00")
    assert response.status_code == 400
    assert "A kérést nem sikerült értelmezni" in response.content.decode()
    response = hostile_client.post(
        "/en/membership/apply/", "full_name=a%00b", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert "The request could not be understood" in response.content.decode()


def test_the_site_search_still_reads_a_nul_as_a_word_separator(hostile_client, content):
    assert hostile_client.get("/en/search/?q=a%00b").status_code == 200


@pytest.mark.parametrize("forum_id", ["99999999999999999999", "2147483647"])
def test_marking_an_unknown_forum_read_is_not_found(hostile_client, content, forum_id):
    hostile_client.force_login(content["member"])
    response = hostile_client.get(f"/hu/forum/tracking/mark/forum/{forum_id}/topics/")
    assert response.status_code == 404
    assert "Nincs ilyen oldal" in response.content.decode()
