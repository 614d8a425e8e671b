"""The moderators' side of vetting, in the Wagtail admin: the queue of
applications, the list of members, and one page per application where
decisions are made. Every decision is a model transition (models.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .access import is_moderator
from .checks import run_checks
from .choices import COUNTRIES
from .forms import ApproveForm, MessageForm, ReasonForm
from .models import Application, AuditEntry, TransitionError


def require_moderator(request):
    if not is_moderator(request.user):
        raise PermissionDenied


class ModeratorView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        require_moderator(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]


class QueueView(ModeratorView):
    page_title = gettext_lazy("Membership applications")
    template_name = "membership/admin/queue.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        queue = Application.objects.awaiting_decision().select_related("user").order_by("submitted_at", "pk")
        country_names = dict(COUNTRIES)
        counts = [
            {"code": row["country"], "name": country_names.get(row["country"], row["country"]), "count": row["count"]}
            for row in queue.values("country").annotate(count=Count("pk")).order_by("-count", "country")
        ]
        context.update(applications=queue, country_counts=counts, total=sum(row["count"] for row in counts))
        return context


class MembersView(ModeratorView):
    page_title = gettext_lazy("Members and applicants")
    template_name = "membership/admin/members.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        applications = Application.objects.exclude(state=Application.State.DRAFT).select_related("user")
        state = self.request.GET.get("state", "")
        if state in Application.State.values:
            applications = applications.filter(state=state)
        query = self.request.GET.get("q", "").strip()
        if query:
            applications = applications.filter(
                Q(full_name__icontains=query)
                | Q(user__email__icontains=query)
                | Q(professional_email__icontains=query)
                | Q(organisation_name__icontains=query)
            )
        context.update(
            applications=applications.order_by("full_name", "pk")[:500],
            states=[choice for choice in Application.State.choices if choice[0] != Application.State.DRAFT],
            current_state=state,
            query=query,
        )
        return context


class ApplicationDetailView(ModeratorView):
    template_name = "membership/admin/detail.html"

    def get_application(self):
        return get_object_or_404(
            Application.objects.select_related("user", "referee_member", "decided_by"), pk=self.kwargs["pk"]
        )

    def get_page_title(self):
        return _("Application: %(name)s") % {"name": self.application.full_name}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("membership_admin:queue"), "label": _("Membership applications")},
            {"url": "", "label": self.application.full_name},
        ]

    def get(self, request, *args, **kwargs):
        self.application = self.get_application()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.application = self.get_application()
        decision = request.POST.get("decision")
        if decision not in DECISIONS:
            raise PermissionDenied
        return decide(self, request, decision)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.application
        own = application.user_id == self.request.user.pk
        context.update(
            application=application,
            checks=run_checks(application),
            conversation=list(application.messages.select_related("author")),
            history=AuditEntry.objects.filter(subject=application.user).select_related("actor")[:200],
            own_application=own,
            approve_form=kwargs.get("approve_form") or ApproveForm(),
            reject_form=kwargs.get("reject_form") or ReasonForm(prefix="reject"),
            info_form=kwargs.get("info_form") or MessageForm(prefix="info"),
            suspend_form=kwargs.get("suspend_form") or ReasonForm(prefix="suspend"),
            revoke_form=kwargs.get("revoke_form") or ReasonForm(prefix="revoke"),
            reinstate_form=kwargs.get("reinstate_form") or ReasonForm(prefix="reinstate"),
            State=Application.State,
        )
        return context


# Each decision: (form class, form prefix, context name, model method, argument name, success message)
DECISIONS = {
    "approve": (ApproveForm, None, "approve_form", "approve", "days", gettext_lazy("The application is approved.")),
    "reject": (ReasonForm, "reject", "reject_form", "reject", "reason", gettext_lazy("The application is rejected.")),
    "request_info": (
        MessageForm,
        "info",
        "info_form",
        "request_information",
        "message",
        gettext_lazy("The applicant has been asked for more information."),
    ),
    "suspend": (
        ReasonForm,
        "suspend",
        "suspend_form",
        "suspend",
        "reason",
        gettext_lazy("The membership is suspended."),
    ),
    "reinstate": (
        ReasonForm,
        "reinstate",
        "reinstate_form",
        "reinstate",
        "reason",
        gettext_lazy("The membership is active again."),
    ),
    "revoke": (ReasonForm, "revoke", "revoke_form", "revoke", "reason", gettext_lazy("The membership is revoked.")),
}


def decide(view, request, decision):
    """Apply one decision. A form error or a refused transition shows the
    detail page again with the message next to the form and the text kept."""
    form_class, prefix, context_name, method, argument, success = DECISIONS[decision]
    application = view.application
    form = form_class(request.POST, prefix=prefix)
    if form.is_valid():
        try:
            getattr(application, method)(by=request.user, **{argument: form.cleaned_data[argument]})
        except TransitionError as error:
            form.add_error(None, error.messages[0])
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, success)
            return redirect("membership_admin:detail", pk=application.pk)
    problems = form.non_field_errors() or [_("See the message below.")]
    messages.error(request, _("The decision was not recorded: %(problem)s") % {"problem": problems[0]})
    response = view.render_to_response(view.get_context_data(**{context_name: form}))
    response.status_code = 400
    return response
