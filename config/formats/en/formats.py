# The platform's English is read in Europe: dates as "3 November 2015", not "Nov. 3, 2015".
from django.conf.locale.en_GB.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
