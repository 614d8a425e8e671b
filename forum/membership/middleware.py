"""Memberships end on time even where no cron job runs.

On each request of a signed-in member whose approved membership has passed its
end date, the membership is expired there and then: the expiry removes the
member from the vetted group, so the forum (which grants permissions to that
group) treats this very request as coming from a non-member.
"""

from django.utils import timezone


class MembershipExpiryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            from forum.membership.models import Application

            overdue = Application.objects.filter(
                user=user, state=Application.State.APPROVED, valid_until__lte=timezone.now()
            ).first()
            if overdue is not None:
                overdue.expire()
                # Group membership may already be cached on the user object.
                user._groups_changed = True
                for attribute in ("_perm_cache", "_group_perm_cache"):
                    if hasattr(user, attribute):
                        delattr(user, attribute)
        return self.get_response(request)
