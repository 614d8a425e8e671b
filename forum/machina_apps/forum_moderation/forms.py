from django import forms
from django.utils.translation import gettext_lazy as _
from machina.apps.forum_moderation.forms import *  # noqa: F401,F403


class RejectPostForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, told to the author"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("The author receives this reason by e-mail and keeps the text of the post."),
    )
