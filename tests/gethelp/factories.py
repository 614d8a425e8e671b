import factory
import wagtail_factories
from wagtail.models import Locale

from gethelp.models import Country, GetHelpPage, HelpLine


class GetHelpPageFactory(wagtail_factories.PageFactory):
    title = "Get help"
    slug = "get-help"

    class Meta:
        model = GetHelpPage


class HelpLineFactory(factory.django.DjangoModelFactory):
    country = Country.HU
    organisation = factory.Sequence(lambda n: f"Help line {n}")
    phone = "+36 1 000 0100"
    hours = "24 hours a day"
    languages = "Hungarian, English"
    live = True
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = HelpLine
