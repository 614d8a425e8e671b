"""machina's post and topic forms, with the personal-data check and the approval
of a new member's first posts."""

from django.utils.translation import gettext_lazy as _
from machina.apps.forum_conversation.forms import PostForm as MachinaPostForm
from machina.apps.forum_conversation.forms import TopicForm as MachinaTopicForm

from forum.community.moderation import needs_first_post_approval
from forum.community.personal_data_forms import PersonalDataCheckMixin
from forum.community.written_language import WrittenLanguageMixin


class FirstPostApprovalMixin:
    def approval_required(self):
        return needs_first_post_approval(self.user, self.forum)


class SignatureOffByDefaultMixin:
    """machina ticks "Attach a signature" on every new post (the model's default); a signature
    is something a member adds on purpose. An edited post keeps its own choice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and "enable_signature" in self.fields:
            self.initial["enable_signature"] = False


class PostForm(
    PersonalDataCheckMixin, FirstPostApprovalMixin, SignatureOffByDefaultMixin, WrittenLanguageMixin, MachinaPostForm
):
    def create_post(self):
        post = super().create_post()
        if post.approved and self.approval_required():
            post.approved = False
        return post


class TopicForm(
    PersonalDataCheckMixin, FirstPostApprovalMixin, SignatureOffByDefaultMixin, WrittenLanguageMixin, MachinaTopicForm
):
    personal_data_fields = ("subject", "content", "poll_question")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # machina offers "Post topic as" even when only "Default topic" is left; a choice of one is no choice,
        # and without the field a new topic is a default one and an edited topic keeps its type.
        if len(list(self.fields["topic_type"].choices)) < 2:
            del self.fields["topic_type"]
        if "poll_duration" in self.fields:
            # machina's wording ("For how many days the poll should be run?") is not English.
            self.fields["poll_duration"].label = _("How many days should the poll run?")

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
