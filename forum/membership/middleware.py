"""Memberships end on time even where no cron job runs.

On each request of a signed-in member whose approved membership has passed its
end date, the membership is expired there and then: the expiry removes the
member from the vetted group, so the forum (which grants permissions to that
group) treats this very request as coming from a non-member.
"""


class MembershipExpiryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            from forum.membership.lifecycle import expire_if_overdue

            expire_if_overdue(user)
        return self.get_response(request)
