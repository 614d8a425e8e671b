"""The account pages address readers formally in Dutch ("u") and Hungarian ("Ön"), like the rest of the site.

django-allauth's own nl and hu catalogues use the informal form; locale_overrides/ replaces those messages.
"""

import html
import re
from io import StringIO
from pathlib import Path

import allauth
import machina
import polib
import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command

from tests.membership.conftest import make_user

OVERRIDES = Path(settings.BASE_DIR) / "locale_overrides"
ALLAUTH_LOCALE = Path(allauth.__file__).parent / "locale"
MACHINA_LOCALE = Path(machina.__file__).parent / "locale"

# Words that only the informal register uses.
INFORMAL = {
    "nl": re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE),
    "hu": re.compile(
        r"\b(kérlek|elfelejtetted|hoztál|regisztrálj|lépj|jelszavad|jelszavadat|fiókod|fiókodat|címed|címedet"
        r"|add meg|emlékezz|kattints|használd|használj|légy|vagy benne|kaptad|kapod|te)\b",
        re.IGNORECASE,
    ),
}

# What each page says in the formal register.
PAGES = [
    ("/nl/accounts/login/", ["Hebt u nog geen account?", "Maak dan eerst een account aan", "Wachtwoord vergeten?"]),
    ("/nl/accounts/signup/", ["Hebt u al een account?", "Log dan in", "Account aanmaken"]),
    ("/nl/accounts/password/reset/", ["Vul hieronder uw e-mailadres in", "een nieuw wachtwoord kunt instellen"]),
    ("/hu/accounts/login/", ["Ha még nem hozott létre fiókot", "regisztráljon", "Elfelejtette jelszavát?"]),
    ("/hu/accounts/signup/", ["Már van fiókja?", "jelentkezzen be"]),
    ("/hu/accounts/password/reset/", ["Elfelejtette jelszavát?", "Adja meg alább e-mail-címét"]),
]

# %(name)s, %d, {name} and HTML tags must come through a translation unchanged.
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]+\}|</?[a-z]+(?:\s[^>]*)?>")


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def override_catalogues():
    return sorted(OVERRIDES.glob("*/LC_MESSAGES/django.po"))


def page_text(response):
    """The words a reader sees: tags removed, entities decoded, whitespace collapsed."""
    text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", response.content.decode(), flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


@pytest.fixture(autouse=True)
def fresh_catalogues(settings):
    """Build the .mo files (as `make test` does) and make Django reload its translations."""
    call_command("compile_translations", stdout=StringIO())
    settings.LOCALE_PATHS = list(settings.LOCALE_PATHS)  # setting_changed empties the translation cache
    cache.clear()  # rate limits
    yield
    cache.clear()


@pytest.mark.parametrize(("url", "formal"), PAGES, ids=[url for url, _formal in PAGES])
def test_account_pages_address_the_reader_formally(client, db, url, formal):
    response = client.get(url)
    assert response.status_code == 200
    text = page_text(response)
    for phrase in formal:
        assert phrase in text, f"{phrase!r} missing from {url}"
    informal = INFORMAL[url.split("/")[1]].findall(text)
    assert not informal, f"informal wording {informal} on {url}: {text[:400]}"


def test_the_password_reset_email_is_formal_in_dutch(client, db):
    make_user("lid@example.org", language="nl")
    client.post("/nl/accounts/password/reset/", {"email": "lid@example.org"})
    body = mail.outbox[-1].body
    assert "waarschijnlijk u, heeft gevraagd het wachtwoord van uw RAVOT-EUR-account opnieuw in te stellen" in body
    assert "Open deze link om een nieuw wachtwoord te kiezen:" in body
    assert not INFORMAL["nl"].findall(body), body


def test_wrong_password_message_is_formal_in_hungarian(client, db):
    make_user("tag@example.org", language="hu")
    response = client.post("/hu/accounts/login/", {"login": "tag@example.org", "password": "not-the-password"})
    text = page_text(response)
    assert "A megadott e-mail-cím vagy jelszó hibás." in text
    assert not INFORMAL["hu"].findall(text)


def test_there_are_override_catalogues_for_dutch_and_hungarian():
    assert {path.parts[-3] for path in override_catalogues()} >= {"nl", "hu"}


@pytest.mark.parametrize("path", override_catalogues(), ids=lambda path: path.parts[-3])
def test_overrides_keep_every_placeholder_and_tag(path):
    broken = []
    for entry in polib.pofile(str(path)):
        if entry.msgid_plural:
            pairs = [(entry.msgid if n == 0 else entry.msgid_plural, text) for n, text in entry.msgstr_plural.items()]
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        broken += [(source, text) for source, text in pairs if placeholders(source) != placeholders(text)]
    assert not broken, "placeholders differ:\n" + "\n".join(f"  {s!r}\n  {t!r}" for s, t in broken)


@pytest.mark.parametrize("path", override_catalogues(), ids=lambda path: path.parts[-3])
def test_overrides_are_complete_formal_and_replace_real_third_party_messages(path):
    code = path.parts[-3]
    po = polib.pofile(str(path))
    assert po.metadata.get("Language") == code and po.metadata.get("Plural-Forms")
    assert not po.metadata_is_fuzzy
    assert not po.untranslated_entries() and not po.fuzzy_entries()
    # The overrides replace allauth's and machina's messages (machina's Hungarian catalogue is
    # nearly empty, so its English msgids are the list to check against).
    upstream = [
        polib.pofile(str(ALLAUTH_LOCALE / code / "LC_MESSAGES" / "django.po")),
        polib.pofile(str(MACHINA_LOCALE / "en" / "LC_MESSAGES" / "django.po")),
    ]
    for entry in po:
        # A msgid upstream does not have would override nothing: a typo, or a message they dropped.
        assert any(catalogue.find(entry.msgid, msgctxt=entry.msgctxt) for catalogue in upstream), (
            f"not an allauth or machina message: {entry.msgid!r}"
        )
        texts = [entry.msgstr, *entry.msgstr_plural.values()]
        assert not any(INFORMAL[code].search(text) for text in texts), f"informal: {texts}"


@pytest.mark.parametrize("code", ["nl", "hu"])
def test_every_informal_allauth_message_has_an_override(code):
    """After an allauth upgrade, a new informal message fails here until it is added to locale_overrides/."""
    ours = polib.pofile(str(OVERRIDES / code / "LC_MESSAGES" / "django.po"))
    used = ("account/", "mfa/", "templates/account/", "templates/mfa/", "templates/allauth/")
    missing = []
    for entry in polib.pofile(str(ALLAUTH_LOCALE / code / "LC_MESSAGES" / "django.po")):
        if entry.obsolete or not any(path.startswith(used) for path, _line in entry.occurrences):
            continue
        texts = [entry.msgstr, *entry.msgstr_plural.values()]
        if any(INFORMAL[code].search(text) for text in texts) and not ours.find(entry.msgid, msgctxt=entry.msgctxt):
            missing.append(entry.msgid)
    assert not missing, f"allauth's {code} messages still informal: {missing}"


def test_the_placeholder_check_notices_a_broken_translation():
    assert placeholders("Hebt u al een account? %(link)sLog dan in%(end_link)s.") == placeholders(
        "Already have an account? Then please %(link)ssign in%(end_link)s."
    )
    assert placeholders("%(link)sLog dan in%(endlink)s") != placeholders("%(link)ssign in%(end_link)s")
    assert placeholders('<a href="%(url)s">x</a>') != placeholders('<a href="%(url)s">x')
