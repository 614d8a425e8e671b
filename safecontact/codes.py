"""Receipt codes: sixteen digits in four groups, shown once to the person who writes.

Digits read the same in every language and are easy to write down or type on any phone.
The code is never stored: the conversation keeps a keyed hash of its first digits, to find
candidates quickly (`selector`), and a slow hash of the whole code made by Django's
password hashers (`make_password`), which is what proves it. 10^16 codes and a rate limit
per network leave guessing no chance.
"""

import hashlib
import hmac
import re
import secrets

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password

DIGITS = 16
GROUP = 4
SELECTOR_DIGITS = 6
_NOT_DIGITS = re.compile(r"[\s\-–—._/]+")


def new_code():
    return f"{secrets.randbelow(10**DIGITS):0{DIGITS}d}"


def display(code):
    """'1234567890123456' -> '1234 5678 9012 3456'."""
    return " ".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def normalise(typed):
    """The digits of what was typed (spaces, dashes and dots ignored), or None when it cannot be a code."""
    value = _NOT_DIGITS.sub("", typed or "")
    if len(value) != DIGITS or not value.isascii() or not value.isdigit():
        return None
    return value


def selector(code):
    key = hashlib.sha256(b"safecontact-selector:" + settings.SECRET_KEY.encode()).digest()
    return hmac.new(key, code[:SELECTOR_DIGITS].encode(), hashlib.sha256).hexdigest()


def hash_code(code):
    return make_password(code)


def matches(code, encoded):
    return check_password(code, encoded)


def waste_time(code):
    """As long as a real check takes, so that a wrong code answers as fast as a right one."""
    make_password(code or "0" * DIGITS)
