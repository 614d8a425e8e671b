"""Two application servers work as one (issue 14, part 4).

Two gunicorn instances with the production settings, on two loopback ports, over one database
and one Redis, as two servers behind a load balancer would be: a member signs in on one and
carries on on the other, failed sign-ins count towards one limit on both, and a page a moderator
unpublishes on one is gone from the other at once, although the other had it in the shared
page cache and in its menu. Nothing that matters lives in one process.

The database is a fresh PostgreSQL database on the suite's server when the suite runs on
PostgreSQL (as .ci/run does), otherwise a SQLite file both servers open."""

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode, urlsplit, urlunsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

import pytest
from django.conf import settings

from tests.home.conftest import empty_redis_database

ROOT = Path(settings.BASE_DIR)
GUNICORN = Path(sys.executable).with_name("gunicorn")

PREPARE = textwrap.dedent(
    """
    from allauth.account.models import EmailAddress
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
    page = StandardPage(title="Winter shelters", slug="winter-shelters", intro="Sample intro.", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    User = get_user_model()
    for name in ("member", "guesser"):
        user = User.objects.create_user(username=name, email=f"{name}@example.org", password="a-long-test-password")
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    # Editors submit changes for approval; moderators publish and unpublish.
    moderator = User.objects.create_user(
        username="moderator", email="moderator@example.org", password="a-long-test-password"
    )
    moderator.groups.add(Group.objects.get(name=settings.MODERATORS_GROUP))
    print("PAGE", page.pk)
    print("MODERATOR_SESSION", force_login_with_2fa(Client(), moderator).cookies[settings.SESSION_COOKIE_NAME].value)
    """
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoRedirects(HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


PUBLIC_HOST = "ravot-eur.example.org"


class Visitor:
    """One browser behind the load balancer: whichever server answers, it sees the public host
    name (the proxy passes the Host header on; allauth's sign-in limit is counted per host and
    address) and gets the same cookies (Secure in production: the browser sends them over the
    HTTPS proxy, so this sends them too)."""

    def __init__(self):
        self.cookies = {}
        self.opener = build_opener(NoRedirects)

    def request(self, server, path, data=None):
        headers = {"Host": PUBLIC_HOST, "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            data = {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **data}
            body = urlencode(data).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            response = self.opener.open(Request(server + path, data=body, headers=headers), timeout=60)
        except HTTPError as error:  # 3xx (not followed), 4xx and 5xx
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, response.headers, response.read().decode()

    def get(self, server, path):
        return self.request(server, path)

    def post(self, server, path, data):
        return self.request(server, path, data)


def server_database(tmp_path):
    """A database of the servers' own (they commit; the suite's tests roll back)."""
    suite = os.environ.get("DATABASE_URL", "")
    if not suite.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_path / 'shared.sqlite3'}", None
    import psycopg

    name = f"ravot_two_servers_{secrets.token_hex(4)}"
    parts = urlsplit(suite)
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return urlunsplit(parts._replace(path=f"/{name}")), drop


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory, redis_url):
    tmp_path = tmp_path_factory.mktemp("two-servers")
    database_url, drop_database = server_database(tmp_path)
    ports = [free_port(), free_port()]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "DATABASE_URL": database_url,
        "REDIS_URL": empty_redis_database(redis_url, 13),
        "VAR_DIR": str(tmp_path / "var"),
        "MEDIA_ROOT": str(tmp_path / "shared-media"),  # what an NFS mount or object storage is in production
        "ALLOWED_HOSTS": PUBLIC_HOST,
        "SITE_BASE_URL": f"https://{PUBLIC_HOST}",
        "SECURE_SSL_REDIRECT": "false",
        "OPENSEARCH_URL": "",
        "ELASTICSEARCH_URL": "",
        # Run background work right after each commit: this test has no db_worker beside the servers.
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "GUNICORN_WORKERS": "1",
        "GUNICORN_THREADS": "2",
        "GUNICORN_MAX_REQUESTS": "0",
    }
    env.pop("DEBUG", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([*manage, *command], cwd=ROOT, env=env, check=True)
    prepared = subprocess.run(
        [*manage, "shell", "--no-imports", "-c", PREPARE],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    values = dict(re.findall(r"^(PAGE|MODERATOR_SESSION) (\S+)$", prepared, re.M))

    processes, logs = [], []
    for port in ports:
        log = (tmp_path / f"gunicorn-{port}.log").open("w")
        logs.append(log)
        processes.append(
            subprocess.Popen(
                [str(GUNICORN), "-c", "config/gunicorn.conf.py"],
                cwd=ROOT,
                env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
    servers = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        for server in servers:
            for _attempt in range(300):
                try:
                    if Visitor().get(server, "/readyz")[0] == 200:
                        break
                except OSError:
                    pass
                time.sleep(0.2)
            else:
                pytest.fail(f"{server} never became ready; its log is in {tmp_path}")
        yield {
            "servers": servers,
            "page": int(values["PAGE"]),
            "moderator_session": values["MODERATOR_SESSION"],
            "env": env,
        }
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        for log in logs:
            log.close()
        if drop_database:
            drop_database()
        shutil.rmtree(tmp_path / "var", ignore_errors=True)


def sign_in(visitor, server, email, password):
    visitor.get(server, "/en/accounts/login/")  # the CSRF cookie
    return visitor.post(server, "/en/accounts/login/", {"login": email, "password": password})


def test_a_member_signs_in_on_one_server_and_carries_on_on_the_other(two_servers):
    first, second = two_servers["servers"]
    member = Visitor()
    assert member.get(second, "/en/accounts/email/")[0] == 302  # not signed in: to the sign-in page

    status, headers, _body = sign_in(member, first, "member@example.org", "a-long-test-password")
    assert status == 302, "the sign-in on the first server failed"
    status, _headers, body = member.get(second, "/en/accounts/email/")
    assert status == 200
    assert "member@example.org" in body

    member.post(second, "/en/accounts/logout/", {})
    assert member.get(first, "/en/accounts/email/")[0] == 302  # signed out on the second: out on both


def test_failed_sign_ins_count_on_both_servers_together(two_servers):
    first, second = two_servers["servers"]
    guesser = Visitor()
    # allauth allows 5 failed attempts per address in 5 minutes (ACCOUNT_RATE_LIMITS). Split over
    # two servers with a cache each, 3 + 2 would never reach it; counted in Redis, the 6th is refused.
    for attempt in range(5):
        status, _headers, body = sign_in(guesser, (first, second)[attempt % 2], "guesser@example.org", "wrong")
        assert status == 200 and "Too many failed login attempts" not in body
    status, _headers, body = sign_in(guesser, second, "guesser@example.org", "a-long-test-password")
    assert "Too many failed login attempts" in body
    assert guesser.get(first, "/en/accounts/email/")[0] == 302  # even the right password did not sign in


def test_a_page_unpublished_on_one_server_is_gone_from_the_other_at_once(two_servers):
    first, second = two_servers["servers"]
    reader = Visitor()
    for _ in range(2):  # the second answer comes from the shared page cache
        status, _headers, body = reader.get(second, "/en/winter-shelters/")
        assert status == 200 and "Winter shelters" in body
    assert 'href="/en/winter-shelters/"' in reader.get(second, "/en/")[2]  # in the menu

    moderator = Visitor()
    moderator.cookies[settings.SESSION_COOKIE_NAME] = two_servers["moderator_session"]
    page_id = two_servers["page"]
    status, headers, _body = moderator.get(first, f"/admin/pages/{page_id}/unpublish/")
    assert status == 200, headers.get("Location")  # the confirmation, and a CSRF cookie
    status, _headers, _body = moderator.post(first, f"/admin/pages/{page_id}/unpublish/", {})
    assert status == 302

    assert reader.get(second, "/en/winter-shelters/")[0] == 404
    assert 'href="/en/winter-shelters/"' not in reader.get(second, "/en/")[2]
