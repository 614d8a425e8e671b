"""The Content Security Policy (issue 10, finding 8): the public site runs no inline script and
talks to no other origin; the Wagtail admin's own inline scripts run by this request's nonce."""

import os
import re
import subprocess
import sys

from django.conf import settings
from django.contrib.auth import get_user_model

from tests.accounts.mfa import force_login_with_2fa
from tests.news.factories import NewsIndexPageFactory

# Script elements that run (not JSON data blocks) without a src: their opening tag and code.
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>.*?</script>", re.I | re.S
)


def directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_public_pages_allow_scripts_from_the_site_only(client, home_page):
    response = client.get("/en/")
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]  # no nonce, no 'unsafe-inline', no other origin
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert not INLINE_SCRIPT.findall(response.content.decode())


def test_the_error_pages_carry_the_policy_too(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert directives(response)["script-src"] == ["'self'"]


def test_admin_inline_scripts_run_by_this_requests_nonce(client, home_page):
    news_index = NewsIndexPageFactory(parent=home_page)
    admin = get_user_model().objects.create_superuser(username="admin", email="admin@example.org", password="x" * 20)
    force_login_with_2fa(client, admin)
    # The news form has a date picker, whose widget writes an inline script.
    response = client.get(f"/admin/pages/add/news/newspage/{news_index.pk}/")
    assert response.status_code == 200
    policy = directives(response)
    nonces = [source for source in policy["script-src"] if source.startswith("'nonce-")]
    assert len(nonces) == 1 and "'unsafe-inline'" not in policy["script-src"]
    nonce = nonces[0][len("'nonce-") : -1]
    scripts = INLINE_SCRIPT.findall(response.content.decode())
    assert any("initDateChooser" in script for script in scripts), scripts
    assert all(script.startswith(f'<script nonce="{nonce}"') for script in scripts), scripts
    # Wagtail's live preview frames the admin's own pages; nothing else may.
    assert policy["frame-ancestors"] == ["'self'"]
    # A second request gets a different nonce, and the same scripts carry that one.
    response = client.get(f"/admin/pages/add/news/newspage/{news_index.pk}/")
    again = [source for source in directives(response)["script-src"] if source.startswith("'nonce-")]
    assert len(again) == 1 and again != nonces
    nonce = again[0][len("'nonce-") : -1]
    scripts = INLINE_SCRIPT.findall(response.content.decode())
    assert any("ImageChooser" in script for script in scripts)
    assert all(script.startswith(f'<script nonce="{nonce}"') for script in scripts), scripts


def test_development_reports_and_production_enforces():
    def policy_headers(module):
        code = (
            "from django.conf import settings as s;"
            "print(bool(s.CONTENT_SECURITY_POLICY), bool(getattr(s, 'CONTENT_SECURITY_POLICY_REPORT_ONLY', None)))"
        )
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": module, "SECRET_KEY": "k" * 60, "ALLOWED_HOSTS": "x"}
        env.pop("DEBUG", None)
        result = subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout.split()

    assert policy_headers("config.settings.dev") == ["False", "True"]
    assert policy_headers("config.settings.production") == ["True", "False"]
