import json
import os
import re
import shutil
import socket
import subprocess
import time

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.models import StandardPage


def make_standard_page(parent, slug, title=None, live=True, **fields):
    page = StandardPage(title=title or slug.replace("-", " ").capitalize(), slug=slug, **fields)
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    else:
        page.live = False
        page.save_revision()
        page.save(update_fields=["live"])
    return page


@pytest.fixture
def standard_page(home_page):
    return make_standard_page(
        home_page,
        "about",
        title="About RAVOT-EUR",
        intro="What the project did.",
        show_table_of_contents=True,
        body=json.dumps(
            [
                {"type": "heading", "value": {"text": "Why this project", "level": "h2", "anchor": ""}},
                {"type": "paragraph", "value": "<p>Victims fell between the systems.</p>"},
                {"type": "heading", "value": {"text": "Funding", "level": "h2", "anchor": "money"}},
            ]
        ),
    )


@pytest.fixture
def draft_page(home_page):
    return make_standard_page(home_page, "draft-only", title="Secret draft plans", live=False)


@pytest.fixture
def private_page(home_page):
    page = make_standard_page(home_page, "members-only", title="Confidential casework notes")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get_or_create(name="Vetted professionals")[0])
    return page


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("Debian's redis-server is not installed (apt-get install redis-server)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        cwd=tmp_path_factory.mktemp("redis"),
    )
    for _attempt in range(50):
        with socket.socket() as client:
            if client.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/15"
    process.terminate()
    process.wait(timeout=10)


def empty_redis_database(url, number):
    """The suite's Redis on a database number of a test's own, emptied: processes the test starts
    (servers, cron jobs) share it, and nothing of an earlier test is left in it."""
    import redis

    own = re.sub(r"(/\d+)?$", f"/{number}", url, count=1)
    redis.Redis.from_url(own).flushdb()
    return own
