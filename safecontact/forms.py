from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from forum.membership.access import is_vetted

from . import codes
from .models import COUNTRIES, Conversation, HelperRole


def max_length():
    return settings.SAFE_CONTACT_MAX_LENGTH


def language_choices():
    """Each language named in itself, so that a reader finds their own whatever the page's language."""
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class TextField(forms.CharField):
    def __init__(self, *, label, help_text="", required_message, **kwargs):
        super().__init__(
            label=label,
            help_text=help_text,
            max_length=max_length(),
            widget=forms.Textarea(attrs={"rows": 8, "maxlength": max_length()}),
            error_messages={
                "required": required_message,
                "max_length": _("Please keep it under %(limit_value)d characters (this text has %(show_value)d)."),
            },
            **kwargs,
        )


class WriteForm(forms.Form):
    CONTACT_HERE, CONTACT_PHONE = "here", "phone"

    country = forms.ChoiceField(
        label=_("Which country are you in now?"),
        choices=COUNTRIES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the country you are in now.")},
    )
    language = forms.ChoiceField(
        label=_("In which language should the helper answer?"),
        choices=language_choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a language for the answer.")},
    )
    body = TextField(
        label=_("What is happening?"),
        help_text=_("Write in your own words. You do not have to give your name."),
        required_message=_("Write a few words about what is happening."),
    )
    contact = forms.ChoiceField(
        label=_("How may a helper contact you?"),
        choices=[
            (CONTACT_HERE, _("Only here, with my receipt code")),
            (CONTACT_PHONE, _("Also by phone, at a safe time")),
        ],
        initial=CONTACT_HERE,
        widget=forms.RadioSelect,
    )
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=40,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off", "inputmode": "tel"}),
    )
    safe_times = forms.CharField(
        label=_("When is it safe to call you?"),
        help_text=_("For example: weekdays between 10 and 12."),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    # Left empty by people, filled by robots: the stylesheet hides it and screen readers are told to skip it.
    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        for name in ("phone", "safe_times", "body"):
            self.fields[name].widget.attrs.setdefault("autocomplete", "off")

    @property
    def is_robot(self):
        return bool(self.is_bound and self.data.get("website"))

    def clean(self):
        data = super().clean()
        if data.get("contact") == self.CONTACT_PHONE and not (data.get("phone") or "").strip():
            self.add_error("phone", _("Give a phone number, or choose “Only here, with my receipt code”."))
        return data

    def contact_details(self):
        data = self.cleaned_data
        if data.get("contact") != self.CONTACT_PHONE:
            return ""
        lines = [data["phone"].strip()]
        if data.get("safe_times", "").strip():
            lines.append(data["safe_times"].strip())
        return "\n".join(lines)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Your receipt code"),
        help_text=_("The 16 digits you were given when you wrote. Spaces do not matter."),
        max_length=64,
        error_messages={"required": _("Type your receipt code.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "numeric", "spellcheck": "false"}),
    )

    def clean_code(self):
        code = codes.normalise(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(_("A receipt code has 16 digits, for example 1234 5678 9012 3456."))
        return code


class WriteAgainForm(forms.Form):
    code = forms.CharField(widget=forms.HiddenInput, max_length=64)
    body = TextField(label=_("Write again"), required_message=_("Write your message first."))


class HelperTextForm(forms.Form):
    body = TextField(label=_("Answer"), required_message=_("Write the answer first."))


class NoteForm(forms.Form):
    body = TextField(
        label=_("Internal note"),
        help_text=_("Only helpers and moderators read notes; the person never sees them."),
        required_message=_("Write the note first."),
    )

    def __init__(self, *args, **kwargs):
        # Shown on the same page as the answer form, whose field is also `body`: ids must differ.
        kwargs.setdefault("auto_id", "id_note_%s")
        super().__init__(*args, **kwargs)


class HandOverForm(forms.Form):
    to_country = forms.ChoiceField(
        label=_("Hand over to helpers in"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the country to hand over to.")},
    )
    note = forms.CharField(
        label=_("Note for the next helper (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, conversation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_country"].choices = [(code, name) for code, name in COUNTRIES if code != conversation.country]


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[choice for choice in Conversation.Outcome.choices if choice[0] != Conversation.Outcome.ABUSE],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose an outcome.")},
    )
    referred_to = forms.ModelChoiceField(
        label=_("Organisation referred to"),
        help_text=_("Only when the outcome is a referral."),
        queryset=None,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        from directory.models import Organisation

        super().__init__(*args, **kwargs)
        self.fields["referred_to"].queryset = Organisation.objects.public().order_by("country", "name")

    def clean(self):
        data = super().clean()
        if data.get("outcome") == Conversation.Outcome.REFERRED and not data.get("referred_to"):
            self.add_error("referred_to", _("Choose the organisation you referred the person to."))
        return data


class GrantRoleForm(forms.Form):
    email = forms.EmailField(label=_("The vetted member's login e-mail address"))
    country = forms.ChoiceField(label=_("Country"), choices=COUNTRIES, widget=forms.RadioSelect)
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES, widget=forms.RadioSelect)

    def clean_email(self):
        user = get_user_model().objects.filter(email__iexact=self.cleaned_data["email"], is_active=True).first()
        if user is None or not is_vetted(user):
            raise forms.ValidationError(_("There is no vetted member with this address."))
        self.user = user
        return self.cleaned_data["email"]

    def clean(self):
        data = super().clean()
        user = getattr(self, "user", None)
        if user and HelperRole.objects.filter(user=user, country=data.get("country"), language=data.get("language")):
            raise forms.ValidationError(_("This member already has this helper role."))
        return data
