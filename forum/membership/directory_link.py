"""Approved members and the expert directory.

On approval a member is linked to the directory entry that already carries
their professional e-mail address, or, if they asked for it and chose their
organisation from the directory, a new entry is created from the application.
The directory app owns the Expert model and decides who may see it.
"""


def link_expert(application):
    from directory.models import Expert

    user = application.user
    existing = Expert.objects.filter(user=user).first()
    if existing is not None:
        return existing
    unclaimed = Expert.objects.filter(user__isnull=True, email__iexact=application.professional_email).first()
    if unclaimed is not None:
        unclaimed.user = user
        unclaimed.save(update_fields=["user"])
        return unclaimed
    organisation = getattr(application, "organisation", None)
    if not application.create_directory_entry or organisation is None:
        return None
    return Expert.objects.create(
        organisation=organisation,
        full_name=application.full_name,
        role=application.role,
        email=application.professional_email,
        user=user,
    )
