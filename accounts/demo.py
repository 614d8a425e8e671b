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
]


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


def load(command):
    for login in DEMO_LOGINS:
        ensure_user(login)
