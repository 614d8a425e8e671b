"""The countries a report can name: the three partner countries first, then the rest of Europe."""

from django.utils.translation import gettext_lazy as _

PARTNER_COUNTRIES = [
    ("HU", _("Hungary")),
    ("BE", _("Belgium")),
    ("NL", _("Netherlands")),
]

OTHER_EUROPEAN_COUNTRIES = [
    ("AL", _("Albania")),
    ("AT", _("Austria")),
    ("BA", _("Bosnia and Herzegovina")),
    ("BG", _("Bulgaria")),
    ("CH", _("Switzerland")),
    ("CY", _("Cyprus")),
    ("CZ", _("Czechia")),
    ("DE", _("Germany")),
    ("DK", _("Denmark")),
    ("EE", _("Estonia")),
    ("ES", _("Spain")),
    ("FI", _("Finland")),
    ("FR", _("France")),
    ("GB", _("United Kingdom")),
    ("GR", _("Greece")),
    ("HR", _("Croatia")),
    ("IE", _("Ireland")),
    ("IS", _("Iceland")),
    ("IT", _("Italy")),
    ("LT", _("Lithuania")),
    ("LU", _("Luxembourg")),
    ("LV", _("Latvia")),
    ("MD", _("Moldova")),
    ("ME", _("Montenegro")),
    ("MK", _("North Macedonia")),
    ("MT", _("Malta")),
    ("NO", _("Norway")),
    ("PL", _("Poland")),
    ("PT", _("Portugal")),
    ("RO", _("Romania")),
    ("RS", _("Serbia")),
    ("SE", _("Sweden")),
    ("SI", _("Slovenia")),
    ("SK", _("Slovakia")),
    ("UA", _("Ukraine")),
]

COUNTRY_CHOICES = PARTNER_COUNTRIES + OTHER_EUROPEAN_COUNTRIES
COUNTRY_NAMES = dict(COUNTRY_CHOICES)


def country_name(code):
    return COUNTRY_NAMES.get(code, code)
