"""Place names in the reader's language, the same everywhere (issue 11, item 1).

Each demo catalogue has one glossary, PLACES; every translation of a text that names a
place uses the glossary's form (Hungarian may inflect it: Hága → Hágában), and a city
field on its own is exactly the glossary's form.
"""

import re

import pytest

from home.demo_translations import LANGUAGES, catalogue
from home.demo_translations import __name__ as package


def places(language_code):
    from importlib import import_module

    return import_module(f"{package}.{language_code}").PLACES


def stem(language_code, name):
    """What every inflected form of `name` starts with (Hungarian lengthens a final a or e: Hága → Hágá-ban)."""
    if language_code == "hu" and name[-1] in "ae":
        return name[:-1]
    return name


def _mentions(english, place):
    return re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", english) is not None


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_every_translation_names_places_as_the_glossary_does(language_code):
    glossary, strings = places(language_code), catalogue(language_code)
    wrong, checked = [], 0
    for english, translated in strings.items():
        for place, local in glossary.items():
            if place == local or not _mentions(english, place):
                continue
            checked += 1
            if stem(language_code, local) not in translated:
                wrong.append(f"{english[:70]!r}: {place} should be {local}")
    assert not wrong, "\n".join(wrong)
    assert checked > 50  # the demo names places in reports, news, the directory and the guidance


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_a_city_on_its_own_is_the_glossary_form(language_code):
    glossary, strings = places(language_code), catalogue(language_code)
    for place, local in glossary.items():
        if place in strings:
            assert strings[place] == local, place


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_the_glossary_covers_the_demo_cities(language_code):
    missing = {"The Hague", "Antwerp", "Brussels", "Ghent", "Liège", "Budapest", "Hungary", "Belgium"} - set(
        places(language_code)
    )
    assert not missing
