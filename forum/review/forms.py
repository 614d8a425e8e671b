from django import forms

from .models import ReviewPreference


class ReviewPreferenceForm(forms.ModelForm):
    class Meta:
        model = ReviewPreference
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}
