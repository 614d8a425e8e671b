"""Showing default-locale rows in the reader's language.

Lists and filters work on the default-locale rows (one per organisation, stage
or service). These helpers overlay the text of the translation in the active
locale, fetched in one query per model, so the number of queries does not grow
with the number of rows."""

from django.conf import settings
from django.utils.translation import gettext
from wagtail.models import Locale


def active_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


def _translations(model, objects, locale, **extra_filters):
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale.pk}
    if not keys:
        return {}
    rows = model.objects.filter(locale=locale, translation_key__in=keys, **extra_filters)
    return {row.translation_key: row for row in rows}


def localize_names(objects):
    """Set `display_name` on stages or services: the editor's translation if
    there is one, otherwise the interface translation of the English name."""
    objects = list(objects)
    if not objects:
        return objects
    locale = active_locale()
    by_model = {}
    for obj in objects:
        by_model.setdefault(type(obj), []).append(obj)
    for model, rows in by_model.items():
        translations = _translations(model, rows, locale)
        for obj in rows:
            translated = translations.get(obj.translation_key)
            if translated is not None:
                obj.display_name = translated.name
            elif obj.locale_id == locale.pk:
                obj.display_name = obj.name
            else:
                obj.display_name = gettext(obj.name)
    return objects


def localize_organisations(organisations):
    """Set `display_name`, `display_city`, `display_address`, `display_description` and
    `display_opening_hours` on organisations from their live translation in the active
    locale, if any (a place name in the reader's language: Hága, Den Haag, La Haye)."""
    from .models import Organisation

    organisations = list(organisations)
    if not organisations:
        return organisations
    locale = active_locale()
    translations = _translations(Organisation, organisations, locale, live=True)
    for organisation in organisations:
        source = translations.get(organisation.translation_key, organisation)
        organisation.display_description = source.description or organisation.description
        # Shown in the source language with a note (and its lang attribute), never silently.
        organisation.description_language = untranslated_language(
            locale, translated=bool(source is not organisation and source.description)
        )
        organisation.display_opening_hours = source.opening_hours or organisation.opening_hours
        organisation.display_name = source.name or organisation.name
        organisation.display_city = source.city or organisation.city
        organisation.display_address = source.address or organisation.address
    return organisations


def localize_guidance(guidance_rows):
    """Return the guidance rows with the active locale's translation in place
    of the default-locale row where a translation exists."""
    from .models import PathwayGuidance

    guidance_rows = list(guidance_rows)
    if not guidance_rows:
        return guidance_rows
    locale = active_locale()
    translations = _translations(PathwayGuidance, guidance_rows, locale)
    rows = []
    for row in guidance_rows:
        translated = translations.get(row.translation_key)
        shown = translated or row
        in_reader_language = translated is not None or row.locale_id == locale.pk
        shown.text_language = untranslated_language(locale, translated=in_reader_language)
        rows.append(shown)
    return rows


def untranslated_language(locale, *, translated):
    """'' when the text is in the reader's language; otherwise the code of the language it is shown in."""
    if translated:
        return ""
    default = settings.LANGUAGE_CODE.split("-")[0]
    return "" if locale.language_code == default else default
