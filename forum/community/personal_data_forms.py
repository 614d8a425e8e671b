"""The personal-data check on the forms members write in: posts and topics (with
their poll and attachment comments) and the forum signature.

Whatever the check finds is shown to the author, who edits the text or ticks the
confirmation box. Kinds that a moderator made blocking for the forum (see
`PersonalDataRule`) are refused even with the box ticked. Either way the form comes
back with everything the author typed.
"""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import PersonalDataRule
from .personal_data import Finding, describe, find_personal_data


@dataclass(frozen=True)
class PersonalDataWarning:
    where: str
    finding: Finding


@dataclass(frozen=True)
class LinkedFormset:
    """A formset sent with the form: its `field` in every form is checked with the form's own fields.

    `only_with` names a field of the form without which the formset is not saved (a poll's options
    count only with a poll question). A form of the formset that read text out of an uploaded file
    (an attachment's PDF) exposes it as `extracted_text`; it is checked as `extracted_where`."""

    formset: forms.BaseFormSet
    field: str
    where: str  # with %(number)s
    only_with: str = ""
    extracted_where: str = ""  # with %(number)s


class PersonalDataCheckMixin:
    """For a form class: put it before the form it extends; `personal_data_fields` are checked."""

    confirm_field = "confirm_no_personal_data"
    personal_data_fields = ("subject", "content")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.confirm_field] = forms.BooleanField(
            label=_("I have checked: this text does not identify a victim or any other person."),
            required=False,
        )
        self.personal_data_warnings = []
        self.linked_formsets = []

    def clean(self):
        cleaned_data = super().clean()
        self.check_personal_data(cleaned_data)
        return cleaned_data

    @property
    def personal_data_findings(self):
        return [warning.finding for warning in self.personal_data_warnings]

    def personal_data_forum(self):
        """None checks against the strictest forum: a signature appears in every forum."""
        return getattr(self, "forum", None)

    def texts_to_check(self, cleaned_data):
        """(field name or None, where, text) for everything this submission would publish."""
        for name in self.personal_data_fields:
            if name in self.fields and cleaned_data.get(name):
                yield name, self.fields[name].label, str(cleaned_data[name])
        for linked in self.linked_formsets:
            if linked.only_with and not cleaned_data.get(linked.only_with):
                continue
            for number, form in enumerate(linked.formset.forms, start=1):
                deleted = linked.formset.can_delete and form[forms.formsets.DELETION_FIELD_NAME].value()
                if deleted:
                    continue
                text = form[linked.field].value()
                if text:
                    yield None, linked.where % {"number": number}, str(text)
                if linked.extracted_where and form.is_bound:
                    # The post form is validated before machina validates the formset: cleaning
                    # the form now (its result is kept) reads the uploaded file's text.
                    form.is_valid()
                    extracted = getattr(form, "extracted_text", "")
                    if extracted:
                        yield None, linked.extracted_where % {"number": number}, extracted

    def check_personal_data(self, cleaned_data):
        blocking = PersonalDataRule.blocking_kinds_for(self.personal_data_forum())
        warnings = []
        for field_name, where, text in list(self.texts_to_check(cleaned_data)):
            findings = find_personal_data(text)
            refused = [finding for finding in findings if finding.kind in blocking]
            if refused:
                self.add_error(
                    field_name,
                    forms.ValidationError(
                        _(
                            "%(where)s: %(findings)s cannot be published here, even with confirmation (a rule of "
                            "the moderators for this forum). Remove it and submit again; everything else you "
                            "typed is kept."
                        ),
                        code="personal_data_refused",
                        params={"where": where, "findings": describe(refused)},
                    ),
                )
            warnings += [PersonalDataWarning(where, finding) for finding in findings if finding.kind not in blocking]
        self.personal_data_warnings = warnings
        if warnings and not cleaned_data.get(self.confirm_field):
            self.add_error(
                self.confirm_field,
                _(
                    "This text seems to contain personal data: %(findings)s. Remove it, or tick the box "
                    "if you are sure it identifies nobody."
                )
                % {"findings": describe(self.personal_data_findings)},
            )
