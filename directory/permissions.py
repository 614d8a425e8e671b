from django.conf import settings


def can_see_experts(user):
    """The one place that decides who may see individual experts and their
    direct contact details: staff and members of the vetted group."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_staff or user.is_superuser:
        return True
    # Cached on the user object: a page may ask several times per request.
    cached = getattr(user, "_directory_can_see_experts", None)
    if cached is None:
        cached = user.groups.filter(name=settings.VETTED_GROUP).exists()
        user._directory_can_see_experts = cached
    return cached
