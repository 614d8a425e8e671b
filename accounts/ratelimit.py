"""Rate limits for everything that sends e-mail on a visitor's request.

One policy for the whole platform: the actions and their rates are in
`ACCOUNT_RATE_LIMITS` (settings), next to allauth's own (sign-up, password reset,
e-mail confirmation), and are counted by allauth's rate limiter in the default
cache, which production shares between all workers.
"""

from allauth.core import ratelimit


def may_send_email(request, action, key=None):
    """Count one more e-mail for `action` (per user, IP address and/or `key`, as the policy says);
    False when the limit is reached, and then nothing should be sent."""
    return ratelimit.consume(request, action=action, key=key.lower() if key else None)
