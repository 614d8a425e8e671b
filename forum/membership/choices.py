from django.utils.translation import gettext_lazy as _

# The member states of the European Union at the time of the project, and
# "elsewhere" for partners outside it. Codes are ISO 3166-1 alpha-2.
COUNTRIES = [
    ("HU", _("Hungary")),
    ("BE", _("Belgium")),
    ("NL", _("Netherlands")),
    ("AT", _("Austria")),
    ("BG", _("Bulgaria")),
    ("HR", _("Croatia")),
    ("CY", _("Cyprus")),
    ("CZ", _("Czechia")),
    ("DK", _("Denmark")),
    ("EE", _("Estonia")),
    ("FI", _("Finland")),
    ("FR", _("France")),
    ("DE", _("Germany")),
    ("GR", _("Greece")),
    ("IE", _("Ireland")),
    ("IT", _("Italy")),
    ("LV", _("Latvia")),
    ("LT", _("Lithuania")),
    ("LU", _("Luxembourg")),
    ("MT", _("Malta")),
    ("PL", _("Poland")),
    ("PT", _("Portugal")),
    ("RO", _("Romania")),
    ("SK", _("Slovakia")),
    ("SI", _("Slovenia")),
    ("ES", _("Spain")),
    ("SE", _("Sweden")),
    ("GB", _("United Kingdom")),
    ("XX", _("Another country")),
]

SECTORS = [
    ("police", _("Police and border guard")),
    ("prosecution", _("Prosecution and judiciary")),
    ("labour", _("Labour inspection")),
    ("ngo", _("Victim support organisation (NGO)")),
    ("social", _("Social services")),
    ("migration", _("Immigration and asylum")),
    ("health", _("Health care")),
    ("government", _("Ministry or government agency")),
    ("international", _("International organisation")),
    ("other", _("Other")),
]
