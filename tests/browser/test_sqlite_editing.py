"""In Chromium, against the embedded setup `make run` serves: a threaded development server on
a SQLite file. An editor types in the page editor with the live preview open, so every pause
sends an autosave and a preview at once (issue 16, finding 3: that answered 500 "database is
locked" and left "Autosave is paused" on screen). No request fails, nothing waits paused, and
the last words typed are the ones saved.

The server runs in its own process on a database of its own, so this holds whatever database
the rest of the suite uses."""

import os
import re
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from urllib.request import urlopen

import pytest
from django.conf import settings
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
PREPARE = textwrap.dedent(
    """
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    from home.editing import ensure_editing_setup
    from home.models import StandardPage
    from tests.accounts.mfa import force_login_with_2fa
    from tests.conftest import default_home

    ensure_editing_setup()
    home = default_home()
    page = StandardPage(title="Shelters in winter", slug="shelters-in-winter", intro="Sample intro.")
    home.add_child(instance=page)
    page.save_revision().publish()
    editor = get_user_model().objects.create_user(
        username="sqlite-editor", email="sqlite-editor@example.org", password="a-long-test-password"
    )
    editor.groups.add(Group.objects.get(name=settings.EDITORS_GROUP))
    client = force_login_with_2fa(Client(), editor)
    print("PAGE", page.pk)
    print("SESSION", client.cookies[settings.SESSION_COOKIE_NAME].value)
    """
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def sqlite_server(tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "VAR_DIR": str(tmp_path / "var"),
        "SITE_BASE_URL": url,
        # The embedded defaults only, whatever the suite runs on: no engine, no shared cache.
        "OPENSEARCH_URL": "",
        "ELASTICSEARCH_URL": "",
        "REDIS_URL": "",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    prepared = subprocess.run(
        [*manage, "shell", "-c", PREPARE], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    values = dict(re.findall(r"^(PAGE|SESSION) (\S+)$", prepared, re.M))
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    try:
        for _ in range(100):
            try:
                urlopen(f"{url}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        yield {
            "url": url,
            "page": int(values["PAGE"]),
            "session": values["SESSION"],
            "log": tmp_path / "server.log",
            "env": env,  # for reading the server's database afterwards
        }
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def saved_intro(server):
    """The intro of the page's latest revision, read from the server's own database."""
    latest = f"Page.objects.get(pk={server['page']}).specific.get_latest_revision().as_object().intro"
    code = f"from wagtail.models import Page; print({latest})"
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "--no-imports", "-c", code],
        cwd=ROOT, env=server["env"], capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def test_autosave_and_preview_together_never_fail_on_sqlite(chromium, sqlite_server):
    url = sqlite_server["url"]
    context = chromium.new_context(base_url=url, locale="en-GB")
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": sqlite_server["session"], "url": url}])
    context.set_default_timeout(30_000)
    page = context.new_page()
    failures = []
    page.on(
        "response", lambda response: response.status >= 500 and failures.append(f"{response.status} {response.url}")
    )
    page.goto(f"/admin/pages/{sqlite_server['page']}/edit/")
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="Toggle preview").click()
    # Wagtail swaps the preview iframe for a fresh one on each update: for a moment there are two.
    expect(page.locator("iframe[title='Preview']").first).to_be_visible()

    intro = page.locator("#id_intro")
    words = ("Beds", "for", "the", "cold", "nights", "in", "Pécs", "and", "Ghent.")
    for word in words[:-1]:
        intro.press("End")
        intro.press_sequentially(f" {word}")
        page.wait_for_timeout(700)  # long enough for a preview and an autosave to start together

    intro.press("End")
    intro.press_sequentially(f" {words[-1]}")
    # The indicator may still say "saved" from the word before: wait until the server's
    # database holds the last word (autosave runs by itself while the page stays open).
    expected = "Sample intro. Beds for the cold nights in Pécs and Ghent."
    deadline = time.monotonic() + 45
    while expected not in (saved := saved_intro(sqlite_server)) and time.monotonic() < deadline:
        page.wait_for_timeout(1000)
    indicator = page.locator("#w-autosave-indicator")
    expect(indicator).to_have_attribute("data-w-autosave-state-value", "saved", timeout=30_000)
    footer = page.locator(".footer__container[data-controller='w-messages']")
    expect(footer).not_to_contain_text("Autosave is paused")
    context.close()

    log = sqlite_server["log"].read_text()
    assert not failures, failures
    assert "database is locked" not in log
    assert '"POST /admin/pages/' in log and "/preview/" in log, "no autosave or no preview reached the server"
    assert expected in saved
