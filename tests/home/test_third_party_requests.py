"""No page asks another site for anything: staff avatars do not come from Gravatar (issue 10, finding 10)."""

from django.contrib.auth import get_user_model

from tests.accounts.mfa import force_login_with_2fa


def test_the_admin_shows_no_gravatar(client, home_page):
    admin = get_user_model().objects.create_superuser(
        username="admin", email="admin@example.org", password="a-long-password"
    )
    force_login_with_2fa(client, admin)
    page = client.get("/admin/").content.decode()
    assert 'class="w-sidebar' in page or "sidebar" in page
    assert "gravatar" not in page.lower()
