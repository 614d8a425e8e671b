"""machina's post and topic forms, with the personal-data check and the approval
of a new member's first posts."""

from django import forms
from django.utils.translation import gettext_lazy as _
from machina.apps.forum_conversation.forms import PostForm as MachinaPostForm
from machina.apps.forum_conversation.forms import TopicForm as MachinaTopicForm

from forum.community.moderation import needs_first_post_approval
from forum.community.personal_data import describe, find_personal_data


class PersonalDataCheckMixin:
    """Asks the author to confirm when the text looks like it contains personal data.

    The form is shown again with everything typed, the findings listed next to the
    confirmation box; ticking it (after editing, or deliberately) lets the post through.
    """

    confirm_field = "confirm_no_personal_data"

    def add_personal_data_field(self):
        self.fields[self.confirm_field] = forms.BooleanField(
            label=_("I have checked: this text does not identify a victim or any other person."),
            required=False,
        )
        self.personal_data_findings = []

    def check_personal_data(self, cleaned_data):
        text = "\n".join(str(cleaned_data.get(name) or "") for name in ("subject", "content"))
        self.personal_data_findings = find_personal_data(text)
        if self.personal_data_findings and not cleaned_data.get(self.confirm_field):
            self.add_error(
                self.confirm_field,
                _(
                    "This text seems to contain personal data: %(findings)s. Remove it, or tick the box "
                    "if you are sure it identifies nobody."
                )
                % {"findings": describe(self.personal_data_findings)},
            )

    def approval_required(self):
        return needs_first_post_approval(self.user, self.forum)


class PostForm(PersonalDataCheckMixin, MachinaPostForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_personal_data_field()

    def clean(self):
        cleaned_data = super().clean()
        self.check_personal_data(cleaned_data)
        return cleaned_data

    def create_post(self):
        post = super().create_post()
        if post.approved and self.approval_required():
            post.approved = False
        return post


class TopicForm(PersonalDataCheckMixin, MachinaTopicForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_personal_data_field()

    def clean(self):
        cleaned_data = super().clean()
        self.check_personal_data(cleaned_data)
        return cleaned_data

    def create_topic(self):
        topic = super().create_topic()
        if topic.approved and self.approval_required():
            topic.approved = False
        return topic

    def create_post(self):
        post = super().create_post()
        if post.approved and self.approval_required():
            post.approved = False
        return post
