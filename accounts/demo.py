"""Demo accounts. Passwords are for the local demo only and are printed by `make run`."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    password: str
    first_name: str
    last_name: str
    groups: tuple = ()
    is_superuser: bool = False


DEMO_LOGINS = [
    DemoLogin("Administrator", "admin@example.org", "demo-admin-2014", "Ada", "Admin (sample)", (), True),
    DemoLogin(
        "Editor", "editor@example.org", "demo-editor-2014", "Eddie", "Editor (sample)", (settings.EDITORS_GROUP,)
    ),
    DemoLogin(
        "Moderator",
        "moderator@example.org",
        "demo-moderator-2014",
        "Mona",
        "Moderator (sample)",
        (settings.MODERATORS_GROUP,),
    ),
    # Members and applicants; forum/membership/demo.py gives them their applications.
    DemoLogin("Vetted expert, Hungary", "expert.hu@example.org", "demo-expert-hu-2014", "Hanna", "Horváth (sample)"),
    DemoLogin("Vetted expert, Belgium", "expert.be@example.org", "demo-expert-be-2014", "Bram", "Peeters (sample)"),
    DemoLogin(
        "Vetted expert, Netherlands", "expert.nl@example.org", "demo-expert-nl-2014", "Noor", "de Vries (sample)"
    ),
    DemoLogin("Applicant, waiting", "applicant@example.org", "demo-applicant-2014", "Pál", "Papp (sample)"),
    DemoLogin("Applicant, rejected", "rejected@example.org", "demo-rejected-2014", "Rik", "Janssens (sample)"),
]

# DEMO ONLY. Staff demo logins must use two-factor authentication like real
# staff; to keep them usable, their authenticator app is created with this
# fixed secret, and `print_demo_logins` prints it with the current code. Never
# use a known secret for a real account.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPRAVOTEUR"


def ensure_user(login):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        email=login.email,
        defaults={
            "username": login.email.split("@")[0],
            "first_name": login.first_name,
            "last_name": login.last_name,
            "is_staff": login.is_superuser or bool(login.groups),
            "is_superuser": login.is_superuser,
        },
    )
    if created:
        user.set_password(login.password)
        user.save()
    EmailAddress.objects.get_or_create(user=user, email=login.email, defaults={"verified": True, "primary": True})
    for group_name in login.groups:
        user.groups.add(Group.objects.get_or_create(name=group_name)[0])
    return user


def ensure_demo_mfa(user):
    from allauth.mfa.models import Authenticator
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP

    from accounts.mfa import mfa_required_for

    if not mfa_required_for(user) or Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        return
    TOTP.activate(user, DEMO_TOTP_SECRET)
    RecoveryCodes.activate(user)


def current_demo_totp_code():
    import time

    from allauth.mfa import app_settings
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(DEMO_TOTP_SECRET, int(time.time()) // app_settings.TOTP_PERIOD))


def mfa_hint_lines():
    """What `print_demo_logins` prints about two-factor authentication (demo only)."""
    return [
        "Staff logins (administrator, editor, moderator) need a two-factor code. DEMO ONLY: their",
        f"authenticator secret is {DEMO_TOTP_SECRET} (add it to any TOTP app); the code right now is "
        f"{current_demo_totp_code()} (it changes every 30 seconds).",
    ]


def load(command):
    for login in DEMO_LOGINS:
        user = ensure_user(login)
        ensure_demo_mfa(user)
