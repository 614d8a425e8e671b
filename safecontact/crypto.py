"""Encryption at rest for what people write to helpers.

Message bodies, contact details and internal notes are stored as Fernet tokens
(`cryptography`'s authenticated encryption, AES-128-CBC with HMAC-SHA256). The keys
are not in the database: `SAFE_CONTACT_KEYS` in the environment, comma-separated,
the first one encrypts and all of them decrypt (`MultiFernet`), so a new key is put
first, `manage.py process_safe_contact --rotate-keys` re-encrypts every row with it,
and the old key can then be dropped. Only the development and test settings may
derive a key from SECRET_KEY (`SAFE_CONTACT_DEV_KEY_FROM_SECRET`).
"""

import base64
import hashlib
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


def configured_keys():
    keys = [key for key in getattr(settings, "SAFE_CONTACT_KEYS", []) if key]
    if not keys and getattr(settings, "SAFE_CONTACT_DEV_KEY_FROM_SECRET", False):
        digest = hashlib.sha256(b"safecontact-dev-key:" + settings.SECRET_KEY.encode()).digest()
        keys = [base64.urlsafe_b64encode(digest).decode()]
    return tuple(keys)


@lru_cache(maxsize=4)
def _fernet_for(keys):
    if not keys:
        raise ImproperlyConfigured(
            "Set SAFE_CONTACT_KEYS to one or more Fernet keys (comma-separated, the first encrypts): "
            'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'
        )
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError as error:
        raise ImproperlyConfigured(f"SAFE_CONTACT_KEYS holds a key that is not a Fernet key: {error}") from None


def fernet():
    return _fernet_for(configured_keys())


def encrypt(text):
    return fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(token):
    try:
        return fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise ImproperlyConfigured(
            "A safe-contact text cannot be decrypted with SAFE_CONTACT_KEYS: keep the old key in the list "
            "until `process_safe_contact --rotate-keys` has run."
        ) from None


def rotate(token):
    return fernet().rotate(token.encode("ascii")).decode("ascii")


class EncryptedTextField(models.TextField):
    """A text field whose value is stored as a Fernet token and read back as text.
    It cannot be searched or filtered on: the database only ever sees ciphertext."""

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(value)
