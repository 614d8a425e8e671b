"""The review queue in the Wagtail admin: every source's waiting items in one list, oldest
first, with filters, the person's context, and the decisions made right there."""

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from machina.core.db.models import get_model

from forum.membership.admin_views import ModeratorView
from forum.membership.choices import COUNTRIES

from . import registry
from .context import attach_context
from .registry import Filters, ReviewError

Forum = get_model("forum", "Forum")

PAGE_SIZE = 100
AGES = [
    (1, gettext_lazy("waiting more than a day")),
    (3, gettext_lazy("waiting more than 3 days")),
    (7, gettext_lazy("waiting more than a week")),
]
MAX_REASON = 2000


def _int(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**31 else None


def filters_from(query):
    kinds = {source.kind for source in registry.sources()}
    kind = query.get("kind", "")
    country = query.get("country", "")
    age = _int(query.get("age"))
    return Filters(
        kind=kind if kind in kinds else "",
        country=country if country in dict(COUNTRIES) else "",
        forum=_int(query.get("forum")),
        older_than_days=age if age in dict(AGES) else None,
    )


class ReviewQueueView(ModeratorView):
    page_title = gettext_lazy("Review queue")
    header_icon = "tasks"
    template_name = "review/queue.html"

    def get_context_data(self, *, failed=None, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        filters = filters_from(self.request.GET)
        sources = registry.sources(user)
        items = []
        for source in sources:
            if source.matches(filters):
                items.extend(source.items(user, filters, PAGE_SIZE))
        items.sort(key=lambda item: (item.created_at, item.kind, item.pk))
        items = items[:PAGE_SIZE]
        if failed is not None:
            for item in items:
                if item.key == failed["key"]:
                    item.error, item.reason = failed["error"], failed["reason"]
        attach_context(items)
        counts = [{"source": source, "count": source.count(user)} for source in sources]
        context.update(
            items=items,
            counts=counts,
            total=sum(row["count"] for row in counts),
            shown=len(items),
            page_size=PAGE_SIZE,
            filters=filters,
            filtered=filters != Filters(),
            countries=COUNTRIES,
            forums=list(Forum.objects.filter(type=Forum.FORUM_POST).order_by("tree_id", "lft").only("pk", "name")),
            ages=AGES,
            highlighted=self.request.GET.get("item", ""),
        )
        return context

    def post(self, request, *args, **kwargs):
        source = registry.get(request.POST.get("kind", ""))
        pk = _int(request.POST.get("pk"))
        if source is None or pk is None or not source.is_available(request.user):
            raise Http404
        decision = request.POST.get("decision", "")
        reason = request.POST.get("reason", "")[:MAX_REASON]
        try:
            message = source.decide(request, pk, decision, reason)
        except ReviewError as error:
            problem = error.messages[0]
            messages.error(request, _("The decision was not recorded: %(problem)s") % {"problem": problem})
            context = self.get_context_data(failed={"key": f"{source.kind}-{pk}", "error": problem, "reason": reason})
            response = self.render_to_response(context)
            response.status_code = 400
            return response
        messages.success(request, message)
        return HttpResponseRedirect(request.get_full_path())
