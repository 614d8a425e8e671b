from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def safe_contact_keys_configured(app_configs, **kwargs):
    """Without its own keys the safe-contact inbox cannot store anything in production."""
    if getattr(settings, "SAFE_CONTACT_DEV_KEY_FROM_SECRET", False):
        return []
    from .crypto import configured_keys

    try:
        from cryptography.fernet import Fernet

        keys = configured_keys()
        for key in keys:
            Fernet(key)
    except ValueError:
        return [checks.Error("SAFE_CONTACT_KEYS holds a key that is not a Fernet key.", id="safecontact.E002")]
    if not keys:
        return [
            checks.Error(
                "SAFE_CONTACT_KEYS is not set: safe-contact messages cannot be encrypted.",
                hint="Generate a key with cryptography.fernet.Fernet.generate_key() and put it in the environment.",
                id="safecontact.E001",
            )
        ]
    return []
