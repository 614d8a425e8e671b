"""The Wagtail admin's menu leads helpers to their inbox; nobody else sees the entry."""

from django.conf import settings
from django.utils.html import strip_tags

from safecontact.models import HelperRole
from tests.accounts.mfa import force_login_with_2fa, give_mfa
from tests.forum.conftest import make_user, make_vetted


def admin_page(client, user):
    force_login_with_2fa(client, user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_helper_who_edits_sees_the_helper_inbox_in_the_admin_menu(client, db):
    helper = make_vetted("editing-helper@example.org", groups=[settings.EDITORS_GROUP], is_staff=True)
    HelperRole.objects.create(user=helper, country="BE", language="hu")
    give_mfa(helper)
    page = admin_page(client, helper)
    assert "Helper inbox" in strip_tags(page)
    assert "/safe-contact/inbox/" in page


def test_an_editor_who_is_not_a_helper_does_not(client, db):
    editor = make_user("editor@example.org", groups=[settings.EDITORS_GROUP], is_staff=True)
    give_mfa(editor)
    page = admin_page(client, editor)
    assert "Helper inbox" not in strip_tags(page)
    assert "/safe-contact/inbox/" not in page
