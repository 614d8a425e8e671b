from django import forms
from django.utils.translation import gettext_lazy as _
from machina.core.db.models import get_model

from .models import NotificationSettings, PostReport

Forum = get_model("forum", "Forum")


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong with this post?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=2000,
        help_text=_("Only moderators read this. For example: it identifies a victim, it is abusive, it is spam."),
    )


class ReportActionForm(forms.Form):
    action = forms.ChoiceField(label=_("Decision"), choices=PostReport.Action.choices, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Reason or note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("Required when you hide or delete the post, or warn or suspend the author: they are told it."),
    )
    target_forum = forms.ModelChoiceField(
        label=_("Move the topic to"),
        required=False,
        queryset=Forum.objects.filter(type=Forum.FORUM_POST),
        help_text=_("Only when you move the topic."),
    )


class NotificationSettingsForm(forms.ModelForm):
    class Meta:
        model = NotificationSettings
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}
