import secrets
from types import SimpleNamespace
from urllib.parse import urlsplit, urlunsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language

from forum.membership.emails import language_of


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


def public_url(url):
    """The same link under SITE_BASE_URL: without django.contrib.sites allauth builds
    links from the request's host, which behind the proxy is 127.0.0.1 and a port."""
    base = urlsplit(settings.SITE_BASE_URL)
    parts = urlsplit(url)
    return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, parts.fragment))


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        """allauth's e-mails name the platform and its public address, never the host that
        happened to serve the request, and speak the recipient's language when we know it."""
        site = SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(settings.SITE_BASE_URL).netloc)
        context = {
            **context,
            "current_site": site,
            "site_url": settings.SITE_BASE_URL.rstrip("/"),
            **{key: public_url(value) for key, value in context.items() if key.endswith("_url") and value},
        }
        user = context.get("user")
        language = language_of(user) if getattr(user, "preferred_language", "") else get_language()
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def get_signup_redirect_url(self, request):
        """Where signing in on e-mail confirmation leads (the sign-up's own next step): the
        membership application, the reason they signed up."""
        return reverse("membership:apply")

    def get_email_verification_redirect_url(self, email_address):
        """Someone who has just confirmed the address they signed up with goes straight on to the
        membership application, the reason they signed up; a member confirming a new address
        goes where allauth sends them."""
        from forum.membership.models import Application

        if not Application.objects.filter(user_id=email_address.user_id).exists():
            return reverse("membership:apply")
        return super().get_email_verification_redirect_url(email_address)

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
