EXPERT_CONTACTS_PERMISSION = "directory.view_expert_contact_details"


def can_see_experts(user):
    """The one place that decides who may see individual experts and their direct
    contact details: whoever holds the "view expert contact details" permission
    (vetted members and moderators through their groups, editors only if an
    administrator gave it to their group, superusers). Being staff is not enough,
    and staff count as signed in only with two-factor authentication
    (accounts.middleware)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return user.has_perm(EXPERT_CONTACTS_PERMISSION)
