import secrets

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import get_language


def pseudonymous_username():
    """A forum name that says nothing about the person, e.g. "member-3f9a2c".

    The forum shows usernames to everyone who can read a post, the public included;
    a name made from the e-mail address ("maria.szabo") would identify people who
    ask in the public area, victims among them. Vetted members see who someone is
    on their profile, which only vetted members can open."""
    users = get_user_model().objects
    while True:
        candidate = f"member-{secrets.token_hex(3)}"
        if not users.filter(username=candidate).exists():
            return candidate


class AccountAdapter(DefaultAccountAdapter):
    def populate_username(self, request, user):
        if not user.username:
            user.username = pseudonymous_username()

    def save_user(self, request, user, form, commit=True):
        """New accounts receive e-mails in the language they signed up in."""
        user = super().save_user(request, user, form, commit=False)
        language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        if commit:
            user.save()
        return user
