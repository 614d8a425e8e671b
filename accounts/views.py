from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from .forms import ProfileForm


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your details have been saved."))
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})


def wagtail_admin_login(request):
    """Wagtail's own login form would bypass allauth's MFA step: send people to allauth's."""
    url = reverse("account_login")
    next_url = request.GET.get("next") or reverse("wagtailadmin_home")
    return redirect(f"{url}?{urlencode({'next': next_url})}")
