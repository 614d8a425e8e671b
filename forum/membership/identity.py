"""What the platform can prove belongs to a member: the addresses they verified, and the
directory expert entries linked to their account or listed under one of those addresses.

Export and erasure both use it. An address added to an account but never verified proves
nothing: otherwise anyone could add a colleague's address and then export, or by deleting
their own account erase, the colleague's directory entry.
"""

from allauth.account.models import EmailAddress
from django.db.models import Q


def proven_addresses(user, application=None):
    addresses = {
        address.lower()
        for address in EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    }
    if application is not None and application.professional_email and application.professional_email_verified_at:
        addresses.add(application.professional_email.lower())
    return addresses


def directory_entries_of(user, application=None):
    from directory.models import Expert

    query = Q(user=user)
    for address in proven_addresses(user, application):
        query |= Q(user__isnull=True, email__iexact=address)
    return Expert.objects.filter(query)
