import re

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from forum.community.personal_data_forms import PersonalDataCheckMixin
from forum.community.written_language import add_language_field, starting_language
from forum.machina_apps.forum_conversation.forum_attachments.forms import ALLOWED_DESCRIPTION, AttachmentForm

from . import access
from .models import MAX_PARTICIPANTS, Block


class MessageFormMixin(PersonalDataCheckMixin):
    """The forum's personal-data check, against the strictest rule of any forum (as for
    signatures): a message is not in a forum, so every forum's blocking kinds apply.

    One optional attachment, checked by the forum's own attachment form (type by content, size,
    image and PDF metadata stripped); the text of an attached PDF is checked like the message."""

    personal_data_fields = ("subject", "body")

    def __init__(self, *args, writer=None, **kwargs):
        super().__init__(*args, **kwargs)
        add_language_field(self, "language", starting_language(writer), MESSAGE_LANGUAGE_LABELS)
        self.fields["attachment"] = forms.FileField(
            label=_("Attachment"),
            required=False,
            help_text=_("One file: %(allowed)s, at most %(size)s. Names, authors and locations stored in the file "
                        "are removed.") % {"allowed": ALLOWED_DESCRIPTION, "size": filesizeformat(
                            settings.FORUM_ATTACHMENT_MAX_SIZE)},
        )  # fmt: skip
        self.clean_upload = None
        self.extracted_text = ""

    def personal_data_forum(self):
        return None

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        checked = AttachmentForm(data={}, files={"file": upload})
        if not checked.is_valid():
            raise forms.ValidationError(checked.errors.get("file") or [_("This file cannot be attached.")])
        self.clean_upload = checked.cleaned_data["file"]
        self.extracted_text = getattr(checked, "extracted_text", "")
        return self.clean_upload

    def texts_to_check(self, cleaned_data):
        yield from super().texts_to_check(cleaned_data)
        if self.extracted_text:
            yield "attachment", _("Text of the attached PDF"), self.extracted_text


MESSAGE_LANGUAGE_LABELS = (
    _("Language of your message"),
    _("Screen readers read your message in this language."),
)


def _body_field():
    return forms.CharField(
        label=_("Message"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20000,
        help_text=_("Markdown as in forum posts. Only the people in this conversation can read it."),
    )


class NewConversationForm(MessageFormMixin, forms.Form):
    to = forms.CharField(
        label=_("To"),
        max_length=1000,
        help_text=_("Forum names of the members, separated by commas (at most %(count)s people besides you).")
        % {"count": MAX_PARTICIPANTS - 1},
    )
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = _body_field()

    field_order = ["to", "subject", "body", "language", "attachment"]

    def __init__(self, *args, sender, **kwargs):
        self.sender = sender
        super().__init__(*args, writer=sender, **kwargs)

    def clean_to(self):
        names = []
        for name in re.split(r"[,;\s]+", self.cleaned_data["to"]):
            if name and name.lower() not in {existing.lower() for existing in names}:
                names.append(name)
        if not names:
            raise forms.ValidationError(_("Name at least one member."), code="empty")
        if len(names) > MAX_PARTICIPANTS - 1:
            raise forms.ValidationError(
                ngettext(
                    "A conversation has at most %(count)s other member.",
                    "A conversation has at most %(count)s other members.",
                    MAX_PARTICIPANTS - 1,
                )
                % {"count": MAX_PARTICIPANTS - 1},
                code="too_many",
            )
        users = {user.get_username().lower(): user for user in get_user_model().objects.filter(username__in=names)}
        blocked_me = set(Block.objects.filter(blocked=self.sender).values_list("blocker_id", flat=True))
        i_blocked = set(Block.objects.filter(blocker=self.sender).values_list("blocked_id", flat=True))
        recipients, errors = [], []
        for name in names:
            user = users.get(name.lower())
            if user is not None and user.pk == self.sender.pk:
                errors.append(forms.ValidationError(_("You do not need to add yourself."), code="self"))
            elif user is not None and user.pk in i_blocked:
                errors.append(
                    forms.ValidationError(
                        _("You have blocked %(name)s. Unblock them first on the page of blocked members."),
                        params={"name": name},
                        code="blocked",
                    )
                )
            elif user is None or user.pk in blocked_me or not access.may_use(user):
                # The same words whether the name is unknown, not vetted or has blocked the sender.
                errors.append(
                    forms.ValidationError(
                        _("%(name)s is not a member you can write to."), params={"name": name}, code="recipient"
                    )
                )
            else:
                recipients.append(user)
        if errors:
            raise forms.ValidationError(errors)
        return recipients


class ReplyForm(MessageFormMixin, forms.Form):
    body = _body_field()


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong with this message?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=2000,
        help_text=_("Only moderators read this, together with the message you report and nothing else of the "
                    "conversation."),
    )  # fmt: skip
