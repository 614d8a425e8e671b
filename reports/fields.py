from django import forms
from django.db import models

from .countries import COUNTRY_CHOICES


class CountryListField(models.JSONField):
    """A list of country codes, edited as a set of check boxes.

    Stored as JSON so that it works the same on SQLite and PostgreSQL; the
    listing never filters on it, it is only shown.
    """

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=COUNTRY_CHOICES,
            required=not self.blank,
            label=kwargs.get("label") or self.verbose_name.capitalize(),
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )
