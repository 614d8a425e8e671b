"""The tools that check pages against web standards: axe-core (in the page), the Nu HTML
Checker (vnu, Java) and the hreflang alternates of a document.

The tools are installed by `make browser-deps` (which `make test` runs): axe-core from npm,
pinned in tests/browser/package.json and package-lock.json, and vnu from Maven Central,
pinned in tests/browser/pom.xml. Where one is missing the tests that need it are skipped
with the reason; in CI (CI=true) they fail instead, so a missing install step is never
mistaken for a clean result.
"""

import json
import os
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

HERE = Path(__file__).resolve().parent
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"
VNU_LIB = HERE / "vnu" / "lib"
INSTALL_HINT = "run `make browser-deps`"


def in_ci():
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def missing(reason):
    """Skip the test with `reason`, or fail it in CI, where every tool must be installed."""
    if in_ci():
        pytest.fail(f"{reason} (CI must run this test, not skip it)", pytrace=False)
    pytest.skip(reason)


def require_axe():
    if not AXE_JS.exists():
        if shutil.which("npm") is None:
            missing("node/npm is not installed, so axe-core cannot be installed (apt-get install nodejs npm)")
        missing(f"axe-core is not installed at {AXE_JS.relative_to(HERE.parent.parent)}: {INSTALL_HINT}")
    return AXE_JS


def java():
    return shutil.which("java")


def require_vnu():
    if java() is None:
        missing("Java is not installed, so the Nu HTML Checker cannot run (apt-get install default-jre-headless)")
    if not any(VNU_LIB.glob("validator-*.jar")):
        missing(f"the Nu HTML Checker is not installed in {VNU_LIB.relative_to(HERE.parent.parent)}: {INSTALL_HINT}")
    return VNU_LIB


# axe-core ------------------------------------------------------------------------

AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary}))
  }));
}"""


# Wagtail's admin messages fade in over half a second: checked mid-way, their colours are
# blended with the page's and fail the contrast rule although the finished message passes.
SETTLED = """() => Array.from(document.querySelectorAll('.messages > ul'))
  .every((list) => getComputedStyle(list).opacity === '1')"""


def axe_violations(page):
    """Every axe-core violation on the page as loaded, of any impact (all rules axe runs by default)."""
    try:
        page.wait_for_function(SETTLED, timeout=5000)
    except PlaywrightTimeoutError:
        pass  # never settles (no script ran): checked as it stands
    if not page.evaluate("window.__pinnedAxe === true"):
        # Evaluated through DevTools rather than added as a <script>: the site's Content
        # Security Policy rightly refuses inline scripts, and the walk checks that it does.
        # Loaded even where the page has an axe of its own: Wagtail's editor brings one
        # configured with its content checks (meant for the previewed page, not the admin).
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
        page.evaluate("window.__pinnedAxe = true")
    return page.evaluate(AXE_RUN)


def describe_violations(where, violations):
    """Readable lines: page, rule id, impact, what it means, and each offending selector."""
    lines = []
    for violation in violations:
        lines.append(f"{where}: axe {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:10]:
            summary = " ".join((node["summary"] or "").split())[:300]
            lines.append(f"    at {node['target']}  {summary}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    … and {len(violation['nodes']) - 10} more elements")
    return lines


# The Nu HTML Checker --------------------------------------------------------------


def vnu_errors(documents):
    """{name: [error lines]} for {name: html}, checked by vnu in one Java process."""
    with tempfile.TemporaryDirectory(prefix="vnu-") as folder:
        files = {}
        for number, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"page-{number:04d}.html"
            path.write_text(html, encoding="utf-8")
            files[path.name] = name
        completed = subprocess.run(
            [java(), "-cp", str(VNU_LIB / "*"), "nu.validator.client.SimpleCommandLineValidator", "--format", "json"]
            + [str(Path(folder) / file_name) for file_name in files],
            capture_output=True,
            text=True,
            timeout=600,
        )
    output = completed.stderr.strip() or completed.stdout.strip()
    try:
        messages = json.loads(output)["messages"]
    except (ValueError, KeyError) as error:
        raise AssertionError(f"the Nu HTML Checker gave no report: {output[:2000]}") from error
    errors = {}
    for message in messages:
        if message.get("type") not in ("error", "non-document-error") and message.get("subType") != "fatal":
            continue
        url = message.get("url") or ""
        name = files.get(url.rsplit("/", 1)[-1], url)
        line = f"line {message.get('lastLine', '?')}: {message.get('message')}"
        if message.get("extract"):
            line += f"  [{' '.join(message['extract'].split())[:160]}]"
        errors.setdefault(name, []).append(line)
    return errors


# hreflang ------------------------------------------------------------------------


FEED_TYPES = ("application/rss+xml", "application/atom+xml")


class _AlternateParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.alternates = []
        self.feeds = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag != "link" or attrs.get("rel") != "alternate":
            return
        if attrs.get("hreflang"):
            self.alternates.append((attrs["hreflang"], attrs.get("href", "")))
        elif attrs.get("type") in FEED_TYPES and attrs.get("href"):
            self.feeds.append(attrs["href"])


def hreflang_alternates(html):
    """[(hreflang, href)] of the document's <link rel="alternate" hreflang> elements, in order."""
    parser = _AlternateParser()
    parser.feed(html)
    return parser.alternates


def feed_links(html):
    """The addresses of the feeds a document announces (<link rel="alternate" type="application/rss+xml">)."""
    parser = _AlternateParser()
    parser.feed(html)
    return parser.feeds


# Walking the pages ----------------------------------------------------------------


def _path_of(url, base_url):
    return url[len(base_url) :] if url.startswith(base_url) else url


def csp_violations_of(page):
    """What Chromium has reported on `page` as refused by the Content Security Policy (it says so
    in the console, with the directive), collected from the first call on."""
    found = getattr(page, "_csp_violations", None)
    if found is None:
        found = page._csp_violations = []
        page.on(
            "console",
            lambda message: found.append(message.text) if "Content Security Policy" in message.text else None,
        )
    return found


def visit(page, base_url, path, *, check_axe=True):
    """Load `path`; return what the standards tests look at: the server's HTML (not the DOM)
    for vnu and hreflang, and the axe violations of the page as the browser shows it."""
    csp_violations = csp_violations_of(page)
    csp_violations.clear()
    response = page.goto(path, wait_until="load")
    html = response.text() if response is not None else ""
    content_type = (response.headers.get("content-type", "") if response is not None else "").split(";")[0]
    record = {
        "path": path,
        "final_path": _path_of(page.url, base_url),
        "status": response.status if response is not None else None,
        "html": html,
        "alternates": hreflang_alternates(html) if content_type == "text/html" else [],
        "violations": [],
        "csp": (response.headers.get("content-security-policy", "") if response is not None else ""),
    }
    if check_axe and content_type == "text/html":
        record["violations"] = axe_violations(page)
    record["csp_violations"] = list(csp_violations)
    return record


def walk(page, base_url, page_types, placeholders, audience, languages, *, check_axe=True):
    """Visit each page type for `audience` in English, then in the other languages through the
    English page's hreflang alternates (the query string, if any, kept). Returns records with
    `page_type`, `language` and `audience` added."""
    from tests.browser.pages import resolve

    records = []
    for page_type in page_types:
        if audience not in page_type.audiences:
            continue
        english_path = resolve(page_type, placeholders)
        record = visit(page, base_url, english_path, check_axe=check_axe)
        record.update(page_type=page_type.name, language="en", audience=audience)
        records.append(record)
        alternates = dict(record["alternates"])
        query = english_path.partition("?")[2]
        for language in languages:
            if language == "en":
                continue
            href = alternates.get(language)
            if href is None and not page_type.announces_alternates:
                href = english_path.replace("/en/", f"/{language}/", 1).partition("?")[0]
            if href is None:
                records.append(
                    dict(
                        page_type=page_type.name, language=language, audience=audience, path=None,
                        final_path=None, status=None, html="", alternates=[], violations=[],
                    )
                )  # fmt: skip
                continue
            path = _path_of(href, base_url)
            if query and "?" not in path:
                path = f"{path}?{query}"
            other = visit(page, base_url, path, check_axe=check_axe)
            other.update(page_type=page_type.name, language=language, audience=audience)
            records.append(other)
    return records


def where(record):
    address = record["final_path"] or record["path"]
    return f"{record['page_type']} [{record['language']}, {record['audience']}] {address}"
