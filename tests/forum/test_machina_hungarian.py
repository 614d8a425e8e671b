"""machina has no Hungarian catalogue: ours supplies the strings of its topic and poll forms."""

import ast
import re
from pathlib import Path

import machina
import pytest
from django.urls import reverse
from django.utils import translation

MACHINA = Path(machina.__file__).parent
FORMS = [
    MACHINA / "apps/forum_conversation/forms.py",
    MACHINA / "apps/forum_conversation/forum_polls/forms.py",
]


def gettext_msgids(path):
    """The literal strings machina passes to _() in `path` (implicit concatenation joined)."""
    tree = ast.parse(path.read_text())
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


@pytest.fixture
def author(client, roles, settings):
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    client.force_login(roles["vetted"])
    return roles["vetted"]


def test_new_topic_form_with_a_poll_is_hungarian(client, forums, author):
    forum = forums["Hungary"]
    with translation.override("hu"):
        url = reverse("forum_conversation:topic_create", kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk})
    assert url.startswith("/hu/")
    page = client.get(url).content.decode()
    for hungarian in (
        "Szavazás kérdése",
        "Hány napig tartson a szavazás?",
        "Módosítható a szavazat?",
        "Eredmények elrejtése?",
        "Felhasználónként választható lehetőségek száma",
    ):
        assert hungarian in page
    for english in ("Hide results?", "Poll question", "For how many days", "Allow re-voting?", "Enter your message"):
        assert english not in page


def test_new_topic_form_english_is_plain(client, forums, author):
    forum = forums["Hungary"]
    with translation.override("en"):
        url = reverse("forum_conversation:topic_create", kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk})
    page = client.get(url).content.decode()
    assert "How many days should the poll run?" in page
    assert "For how many days the poll should be run?" not in page


def test_every_string_of_machinas_topic_and_poll_forms_has_hungarian():
    msgids = set().union(*(gettext_msgids(path) for path in FORMS))
    assert "Hide results?" in msgids
    with translation.override("hu"):
        untranslated = sorted(msgid for msgid in msgids if translation.gettext(msgid) == msgid)
    assert untranslated == []


def test_every_string_of_machinas_forum_templates_has_hungarian():
    """The admin's permission screens aside, which are not forum pages."""
    templates = (MACHINA / "templates/machina").rglob("*.html")
    msgids = set()
    for template in templates:
        if "/admin/" not in str(template):
            msgids |= set(re.findall(r'{%\s*trans(?:late)?\s+"([^"]+)"', template.read_text()))
    assert {"Hide results?", "Results are currently hidden."} & msgids
    with translation.override("hu"):
        untranslated = sorted(msgid for msgid in msgids if translation.gettext(msgid) == msgid)
    assert untranslated == []
