"""Safe-contact conversations nobody took on in time (services.escalate_unclaimed) wait in the
moderators' review queue (forum.review).

The queue, its e-mails and its digest carry nothing of what the person wrote: an item is the
conversation's number, country, answer language and how long it has waited. The moderator reads
the conversation on its own page (the helpers' conversation view, open to moderators), or
decides from the queue: back to the country's helpers, or closed as abuse. Both go through
services, which write the audit log."""

from django.urls import reverse
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _

from forum.membership.access import is_moderator
from forum.review.registry import Decision, ReviewError, ReviewItem, ReviewSource
from forum.review.sources import GONE, _cutoff

from . import services
from .models import Conversation


class EscalationSource(ReviewSource):
    kind = "escalation"
    label = _("Safe-contact escalations")
    order = 50
    filters_by_country = True
    filters_by_forum = False

    def queryset(self):
        return Conversation.objects.filter(state=Conversation.State.OPEN, escalated_at__isnull=False)

    def is_available(self, user):
        return is_moderator(user)

    def count(self, user):
        return self.queryset().count()

    def created_since(self, since):
        return list(self.queryset().filter(escalated_at__gte=since).values_list("pk", flat=True))

    def items(self, user, filters, limit):
        # Only the columns an item shows: the encrypted contact details are never loaded.
        qs = self.queryset().only("pk", "country", "language", "routed_at", "escalated_at", "state")
        if filters.country:
            qs = qs.filter(country=filters.country)
        if cutoff := _cutoff(filters):
            qs = qs.filter(routed_at__lte=cutoff)
        decisions = [
            Decision("return", _("Return to the country's helpers")),
            Decision("abuse", _("Mark as abuse")),
        ]
        items = []
        for conversation in qs.order_by("routed_at", "pk")[:limit]:
            items.append(
                ReviewItem(
                    source=self,
                    pk=conversation.pk,
                    title=_("Conversation %(number)s") % {"number": conversation.pk},
                    created_at=conversation.routed_at,
                    kind_label=_("Unclaimed safe-contact conversation"),
                    country=conversation.country,
                    details=[
                        (_("country"), conversation.get_country_display()),
                        (_("answer language"), conversation.get_language_display()),
                        (_("waiting for a helper for"), timesince(conversation.routed_at)),
                        (
                            _("reason or message"),
                            _(
                                "Optional. It is kept as an internal note in the conversation, "
                                "which its helpers read; never in the audit log or an e-mail."
                            ),
                        ),
                    ],
                    detail_url=reverse("safecontact:conversation", args=[conversation.pk]),
                    decisions=decisions,
                )
            )
        return items

    def decide(self, request, pk, decision, reason):
        conversation = self.queryset().filter(pk=pk).first()
        if conversation is None:
            raise ReviewError(GONE)
        number = {"number": conversation.pk}
        try:
            if decision == "return":
                services.return_to_helpers(conversation, request.user, note=reason)
                return _("Conversation %(number)s is back with its country's helpers; they have been told.") % number
            if decision == "abuse":
                services.mark_abuse(conversation, request.user, note=reason)
                return _("Conversation %(number)s is closed as abuse.") % number
        except services.SafeContactError as error:
            raise ReviewError(GONE) from error
        raise ReviewError(_("Choose a decision."))


def register():
    from forum.review import registry

    registry.register(EscalationSource())
