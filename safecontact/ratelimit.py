"""Rate limits per network, without ever keeping an address.

The limits use the platform's one rate limiter (allauth's, counted in the shared default
cache, like accounts.ratelimit) with a key instead of the address: an HMAC of the network
(the IPv4 address, or the IPv6 /64 as allauth truncates it) under a salt that changes every
day. The cache sees only that hash (hashed once more by allauth); yesterday's hashes cannot
be linked to today's, and nothing is written to the database.
"""

import hashlib
import hmac

from allauth.core import ratelimit
from allauth.core.internal.ratelimit import get_ip
from django.conf import settings
from django.utils import timezone


def daily_salt(day=None):
    day = day or timezone.now().date()
    return hmac.new(settings.SECRET_KEY.encode(), f"safecontact-network:{day.isoformat()}".encode(), hashlib.sha256)


def network_key(request):
    salt = daily_salt().digest()
    return hmac.new(salt, (get_ip(request) or "unknown").encode(), hashlib.sha256).hexdigest()


def allowed(request, action):
    """Count one more attempt at `action` (ACCOUNT_RATE_LIMITS) for this network; False when over the limit."""
    return ratelimit.consume(request, action=action, key=network_key(request))
