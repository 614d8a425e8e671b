"""machina's topic and post views: pending topics stay private, edits and deletions by
moderators are recorded in the audit log, the personal-data check reads the poll, the
attachment comments and the text of attached PDFs sent with a post, and signatures are
for vetted readers."""

from django.db import transaction
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from machina.apps.forum_conversation import views as machina_views
from machina.apps.forum_conversation.views import *  # noqa: F401,F403

from forum.community import access, drafts, notifications, replies, solutions, trust
from forum.community.personal_data_forms import LinkedFormset
from forum.community.trust import annotate_posts


class PersonalDataFormsetsMixin:
    """Poll options and attachment comments are published with the post: the post form checks them too."""

    def get_post_form(self, form_class):
        self.checked_post_form = super().get_post_form(form_class)
        return self.checked_post_form

    def link_formset(self, formset, *args, **kwargs):
        if formset is not None and formset.is_bound:
            self.checked_post_form.linked_formsets.append(LinkedFormset(formset, *args, **kwargs))
        return formset

    def get_attachment_formset(self, formset_class):
        formset = super().get_attachment_formset(formset_class)
        return self.link_formset(
            formset,
            "comment",
            _("Comment on attachment %(number)s"),
            extracted_where=_("Text of the PDF in attachment %(number)s"),
        )

    def get_poll_option_formset(self, formset_class):
        formset = super().get_poll_option_formset(formset_class)
        return self.link_formset(formset, "text", _("Poll option %(number)s"), only_with="poll_question")


class KeepPreviousVersionMixin:
    """An edit keeps the words it replaces (forum.community.replies): the forum's moderators
    read them on the post's history page. The members an edit newly mentions are told."""

    def get_post_form(self, form_class):
        form = super().get_post_form(form_class)
        self.previous_version = replies.snapshot(form.instance) if form.instance.pk else None
        return form

    def form_valid(self, post_form, *args, **kwargs):
        response = super().form_valid(post_form, *args, **kwargs)
        previous = getattr(self, "previous_version", None)
        replies.keep_previous_version(post_form.instance, previous, self.request.user)
        if previous is not None:
            pk, text = post_form.instance.pk, previous["content"]
            transaction.on_commit(lambda: notifications.announce_added_mentions(pk, text))
        return response


class DraftMixin:
    """A new topic or reply opens with the writer's draft (forum.community.drafts), is saved
    as a draft while they write, and leaves no draft once it is posted."""

    def draft_target(self):
        raise NotImplementedError

    def get_draft(self):
        if not hasattr(self, "_draft"):
            self._draft = drafts.find(self.request.user, **self.draft_target())
        return self._draft

    def get_post_form_kwargs(self):
        kwargs = super().get_post_form_kwargs()
        draft = self.get_draft() if self.request.method == "GET" else None
        if draft is not None:
            initial = kwargs.get("initial", {})
            # A quote asked for now goes after the words already written.
            quote = initial.get("content", "")
            self.quote_start = len(draft.content) + 2 if quote else 0
            initial = {**initial, "content": f"{draft.content}\n\n{quote}" if quote else draft.content}
            if draft.subject:
                initial["subject"] = draft.subject
            kwargs["initial"] = initial
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        target = self.draft_target()
        name, args = (
            ("community:save_reply_draft", [target["topic"].pk])
            if "topic" in target
            else (
                "community:save_topic_draft",
                [target["forum"].pk],
            )
        )
        draft = self.get_draft()
        context["draft_url"] = reverse(name, args=args)
        context["draft"] = draft
        context["draft_saved_at"] = drafts.saved_at_label(draft) if draft is not None else ""
        context["quote_start"] = getattr(self, "quote_start", 0)
        return context

    def form_valid(self, *args, **kwargs):
        response = super().form_valid(*args, **kwargs)
        # machina answers a preview from form_valid too: only a post sent ends its draft.
        if "preview" not in self.request.POST:
            drafts.discard(self.request.user, **self.draft_target())
        return response


class TopicCreateView(DraftMixin, PersonalDataFormsetsMixin, machina_views.TopicCreateView):
    def draft_target(self):
        return {"forum": self.get_forum()}


class TopicUpdateView(KeepPreviousVersionMixin, PersonalDataFormsetsMixin, machina_views.TopicUpdateView):
    pass


class QuoteMixin:
    """A reply opened with ?quote=<post id> starts with that post quoted (Markdown "> " lines
    under its writer's name), if the reader may read it; the page's script narrows the quote
    to the words selected on the topic page."""

    def get_post_form_kwargs(self):
        kwargs = super().get_post_form_kwargs()
        if self.request.method == "GET" and "quote" in self.request.GET:
            self.quoted_post = replies.quotable_post(self.request, self.get_topic(), self.request.GET["quote"])
            if self.quoted_post is not None:
                kwargs["initial"] = {**kwargs.get("initial", {}), "content": replies.quote_markdown(self.quoted_post)}
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        quoted = getattr(self, "quoted_post", None)
        if quoted is not None:
            context["quoted_post"] = quoted
            context["quote_heading"] = f"> {replies.quote_heading(quoted)}"
        return context


class PostCreateView(DraftMixin, QuoteMixin, PersonalDataFormsetsMixin, machina_views.PostCreateView):
    def draft_target(self):
        return {"topic": self.get_topic()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The topic review marks each post with its language: one query for all of them.
        context["previous_posts"] = list(context["previous_posts"])
        prefetch_related_objects(context["previous_posts"], "written_language")
        return context


class PostUpdateView(KeepPreviousVersionMixin, PersonalDataFormsetsMixin, machina_views.PostUpdateView):
    def form_valid(self, post_form, *args, **kwargs):
        response = super().form_valid(post_form, *args, **kwargs)
        post = post_form.instance
        if post.poster_id != self.request.user.pk:
            access.record(
                actor=self.request.user,
                subject=post.poster,
                action="forum_post_edited",
                reason=post_form.cleaned_data.get("update_reason") or "",
                target=post,
            )
        return response


class PostDeleteView(machina_views.PostDeleteView):
    def form_valid(self, form):
        post = self.object
        if post.poster_id != self.request.user.pk:
            access.record(actor=self.request.user, subject=post.poster, action="forum_post_deleted", target=post)
        return super().form_valid(form)


class TopicView(machina_views.TopicView):
    """A topic waiting for approval (or hidden) exists only for its author and moderators."""

    def get_topic(self):
        topic = super().get_topic()
        user = self.request.user
        if not topic.approved and not (
            (user.is_authenticated and topic.poster_id == user.pk)
            or self.request.forum_permission_handler.can_approve_posts(topic.forum, user)
        ):
            raise Http404
        return topic

    def get_queryset(self):
        # The writers' trust signals come with the posts (forum.community.trust).
        return trust.with_writers(super().get_queryset())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # A signature is part of the member's profile, and it is shown on public topics too.
        context["show_signatures"] = access.can_see_member_profiles(self.request.user)
        # Who wrote each post (forum.community.trust), looked up for the whole page at once.
        context["trust_details"] = context["show_signatures"]
        context["posts"] = annotate_posts(list(context["posts"]), self.request.user, context["trust_details"])
        context.update(
            solutions.topic_context(context["topic"], self.request.user, self.request.forum_permission_handler)
        )
        # Quoting is replying: offered to readers who may reply; edit history for the forum's moderators.
        handler = self.request.forum_permission_handler
        context["can_quote"] = handler.can_add_post(context["topic"], self.request.user)
        context["can_see_history"] = replies.can_see_history(self.request, context["forum"])
        return context
