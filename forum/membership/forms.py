from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import Application


def _link_label(text, url_name, version_setting):
    """A checkbox label that links to the text being accepted and names its version."""
    return format_html(
        '{} (<a href="{}">{}</a>, {})',
        text,
        reverse(url_name),
        _("read it"),
        _("version %(version)s") % {"version": getattr(settings, version_setting)},
    )


class ApplicationForm(forms.ModelForm):
    """What an applicant fills in. The referee is named by e-mail address rather
    than picked from a list, so the form does not reveal who the vetted members are."""

    accept_code_of_conduct = forms.BooleanField(
        required=True,
        error_messages={"required": _("You must accept the code of conduct to apply.")},
    )
    accept_privacy_notice = forms.BooleanField(
        required=True,
        error_messages={"required": _("You must accept the privacy notice to apply.")},
    )

    class Meta:
        model = Application
        fields = [
            "full_name",
            "organisation",
            "organisation_name",
            "organisation_website",
            "role",
            "sector",
            "country",
            "professional_email",
            "referee_kind",
            "referee_member_email",
            "referee_name",
            "referee_email",
            "motivation",
            "create_directory_entry",
        ]
        widgets = {
            "referee_kind": forms.RadioSelect,
            "motivation": forms.Textarea(attrs={"rows": 6}),
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "organisation_name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "professional_email": forms.EmailInput(attrs={"autocomplete": "work email"}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["accept_code_of_conduct"].label = _link_label(
            _("I accept the code of conduct"), "membership:code_of_conduct", "MEMBERSHIP_CODE_OF_CONDUCT_VERSION"
        )
        self.fields["accept_privacy_notice"].label = _link_label(
            _("I have read the privacy notice"), "membership:privacy_notice", "MEMBERSHIP_PRIVACY_NOTICE_VERSION"
        )
        self.fields["referee_kind"].choices = Application.RefereeKind.choices
        if "organisation" in self.fields:
            from directory.models import Organisation

            self.fields["organisation"].queryset = Organisation.objects.public().order_by("name")
            self.fields["organisation"].required = False
            self.fields["organisation"].empty_label = _("My organisation is not in the list")
        self.order_fields(["full_name", "organisation", "organisation_name"])

    def clean(self):
        data = super().clean()
        if "organisation" in self.fields:
            if not data.get("organisation") and not data.get("organisation_name"):
                self.add_error("organisation_name", _("Choose your organisation from the list or type its name."))
        elif not data.get("organisation_name"):
            self.add_error("organisation_name", _("Type the name of your organisation."))
        kind = data.get("referee_kind")
        if kind == Application.RefereeKind.MEMBER:
            email = data.get("referee_member_email")
            if not email:
                self.add_error("referee_member_email", _("Give the login e-mail address of the vetted member."))
            elif email.lower() == (self.user.email or "").lower():
                self.add_error("referee_member_email", _("You cannot be your own referee."))
        elif kind == Application.RefereeKind.SUPERVISOR:
            if not data.get("referee_name"):
                self.add_error("referee_name", _("Give your supervisor's name."))
            if not data.get("referee_email"):
                self.add_error("referee_email", _("Give your supervisor's e-mail address."))
        return data

    def save(self, commit=True):
        application = super().save(commit=False)
        application.user = self.user
        if application.referee_kind == Application.RefereeKind.MEMBER:
            application.referee_member = (
                get_user_model().objects.filter(email__iexact=application.referee_member_email).first()
            )
            application.referee_name = application.referee_email = ""
        else:
            application.referee_member = None
            application.referee_member_email = ""
        if "professional_email" in self.changed_data:
            application.professional_email_verified_at = None
        if commit:
            application.save()
        return application


class ApproveForm(forms.Form):
    days = forms.IntegerField(
        label=_("Vetting period in days"),
        min_value=1,
        max_value=1095,
        initial=settings.MEMBERSHIP_DEFAULT_PERIOD_DAYS,
        help_text=_("Two years is 730 days."),
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (the applicant reads this)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write the reason: the applicant will read it.")},
    )


class MessageForm(forms.Form):
    message = forms.CharField(
        label=_("What information do you need? (the applicant reads this)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write what information you need.")},
    )


class AnswerForm(forms.Form):
    body = forms.CharField(
        label=_("Your answer"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        error_messages={"required": _("Write your answer.")},
    )


class DeleteAccountForm(forms.Form):
    REMOVE_TEXT = "remove"
    KEEP_TEXT = "keep"
    posts = forms.ChoiceField(
        label=_("Your forum posts"),
        widget=forms.RadioSelect,
        initial=REMOVE_TEXT,
        choices=[
            (
                REMOVE_TEXT,
                _(
                    "Remove their text. Where other members replied, an empty post signed "
                    "“former member” stays in its place so that the replies still make sense."
                ),
            ),
            (
                KEEP_TEXT,
                _(
                    "Keep their text, signed “former member” instead of your name, so that "
                    "discussions stay readable. Nobody can tell any more that you wrote them."
                ),
            ),
        ],
        error_messages={"required": _("Choose what happens to your forum posts.")},
    )
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Enter your password to confirm.")},
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and application are deleted for good."),
        error_messages={"required": _("Tick the box to confirm that you want your account deleted.")},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your current password."))
        return password
