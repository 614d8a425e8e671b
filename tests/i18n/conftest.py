"""A small multilingual site: the English home page and an about page, translated on demand."""

import re

import pytest

from home.demo_translations import translate_page
from home.models import StandardPage


class PrefixCatalogue:
    """A stand-in translator: each string becomes "<LANG>: <English>", so tests see which language is served."""

    def __init__(self, language_code):
        self.prefix = language_code.upper() + ": "

    def get(self, text, default=None):
        if re.fullmatch(r"[a-z0-9-]+", text):  # slugs stay as they are
            return text
        return self.prefix + text


@pytest.fixture
def translate(locales):
    def _translate(page, language_code, publish=True):
        return translate_page(page, language_code, PrefixCatalogue(language_code), publish=publish).page

    return _translate


@pytest.fixture
def translated_home(home_page, translate):
    """The home page with live translations in nl, hu and fr."""
    return {code: translate(home_page, code) for code in ("nl", "hu", "fr")}


@pytest.fixture
def about_page(home_page):
    page = StandardPage(title="About the project", slug="about", intro="What RAVOT-EUR did.")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page
