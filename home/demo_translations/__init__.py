"""Dutch, Hungarian and French translations of the demo pages, made through wagtail-localize.

The translations are data: one module per language (nl.py, hu.py, fr.py) maps each
English source string (a wagtail-localize segment, exactly as extracted) to its
translation. Pages are translated the way an editor's work is stored: a
TranslationSource, a Translation per language and StringTranslations, so that a
later "Sync translated pages" keeps them linked. A segment without a translation
keeps its English text and is reported, so that text changes in the English demo
never break loading.

Running it twice changes nothing: a page is saved again only when a string changed
or its translation is not live yet.
"""

from dataclasses import dataclass, field
from importlib import import_module

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

LANGUAGES = ("nl", "hu", "fr")


@dataclass
class TranslationResult:
    page: Page
    missing: list = field(default_factory=list)
    changed: bool = False


def catalogue(language_code):
    return import_module(f"home.demo_translations.{language_code}").STRINGS


def source_for(page):
    """The wagtail-localize source of `page`, refreshed if the page changed since it was extracted."""
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        latest = getattr(page, "latest_revision_created_at", None) or getattr(page, "last_published_at", None)
        if latest is None and getattr(page, "latest_revision_id", None):
            latest = page.latest_revision.created_at
        if latest is not None and latest > source.last_updated_at:
            source.update_from_db()
    return source


def _apply_strings(source, locale, strings, result):
    segments = StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")
    for segment in segments:
        text = segment.string.data
        translated = strings.get(text)
        if translated is None:
            result.missing.append(text)
            continue
        existing = StringTranslation.objects.filter(
            translation_of=segment.string, locale=locale, context=segment.context
        ).first()
        if existing is not None and existing.data == translated:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": translated, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
        result.changed = True


def _translate_strings(instance, language_code, strings):
    """The target locale, the source, and a result with `strings` stored as `instance`'s translation."""
    locale = Locale.objects.get(language_code=language_code)
    source = source_for(instance)
    _translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    result = TranslationResult(page=instance, changed=created)
    _apply_strings(source, locale, strings, result)
    return locale, source, result


def translate_page(page, language_code, strings, user=None, publish=True):
    """Translate `page` into `language_code` with `strings` ({source text: translation}).

    Returns a TranslationResult; `missing` lists the source strings that had no
    translation (they keep their English text). The parent must already be translated.
    """
    page = page.specific
    locale, source, result = _translate_strings(page, language_code, strings)

    target = Page.objects.filter(translation_key=page.translation_key, locale=locale).first()
    needs_save = result.changed or target is None or target.alias_of_id is not None
    needs_save = needs_save or (publish and not target.live) or (target is not None and target.has_unpublished_changes)
    if needs_save:
        with transaction.atomic():
            target, _created = source.create_or_update_translation(locale, user=user, publish=False, fallback=True)
            if publish:
                # create_or_update_translation(publish=True) publishes on commit; publishing
                # here keeps the result visible at once, inside tests' transactions too.
                target.get_latest_revision().publish(user=user)
        result.changed = True
    result.page = Page.objects.get(pk=target.pk).specific
    return result


def translate_snippet(instance, language_code, strings, user=None):
    """Translate a translatable snippet (an organisation, a pathway guidance text) like `translate_page`.

    The result's `page` attribute holds the translated snippet. Snippets with a draft
    state are published, so that the translation shows on the site at once.
    """
    from wagtail.models import DraftStateMixin

    locale, source, result = _translate_strings(instance, language_code, strings)
    model = type(instance)
    target = model.objects.filter(translation_key=instance.translation_key, locale=locale).first()
    drafted = isinstance(instance, DraftStateMixin)
    if result.changed or target is None or (drafted and (not target.live or target.has_unpublished_changes)):
        with transaction.atomic():
            target, _created = source.create_or_update_translation(
                locale, user=user, publish=not drafted, fallback=True
            )
            if drafted:
                # As in translate_page: publish now rather than on commit (see there).
                target.get_latest_revision().publish(user=user)
        result.changed = True
    result.page = model.objects.get(pk=target.pk)
    return result


def translate(instance, language_code, strings, user=None):
    if isinstance(instance, Page):
        return translate_page(instance, language_code, strings, user=user)
    return translate_snippet(instance, language_code, strings, user=user)


def coverage(page, strings):
    """The share of `page`'s source strings that `strings` translates (1.0 for a page without strings)."""
    instance = page.specific if isinstance(page, Page) else page
    texts = list(StringSegment.objects.filter(source=source_for(instance)).values_list("string__data", flat=True))
    if not texts:
        return 1.0
    return sum(1 for text in texts if strings.get(text) is not None) / len(texts)


# Below this share of translated strings a page would be mostly English under /nl/,
# /hu/ or /fr/: the loader leaves it untranslated (readers get the home page and a notice).
MINIMUM_COVERAGE = 0.5


def demo_pages():
    """The live English pages of the default site, parents before children.

    Every page is offered; `load` leaves out the ones the catalogues do not cover
    well enough yet, so a new English page never appears half-translated."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return []
    root = site.root_page
    english = Page.objects.live().filter(locale=root.locale, alias_of__isnull=True).descendant_of(root, inclusive=True)
    return list(english.order_by("path"))


def demo_snippets():
    """The English directory rows whose text is translated: organisations and pathway guidance."""
    from directory.models import Organisation, PathwayGuidance

    default = Locale.get_default()
    organisations = Organisation.objects.filter(locale=default, live=True).order_by("slug")
    guidance = PathwayGuidance.objects.filter(locale=default).order_by("country", "stage__number")
    return list(organisations) + list(guidance)


def demo_objects():
    return demo_pages() + demo_snippets()


def describe(instance):
    if isinstance(instance, Page):
        return instance.url_path
    return f"{type(instance)._meta.label} {instance}"


def gaps(language_code):
    """{object: [source strings without a translation]} for the demo objects, in loading order."""
    strings = catalogue(language_code)
    result = {}
    for instance in demo_objects():
        instance = instance.specific if isinstance(instance, Page) else instance
        texts = StringSegment.objects.filter(source=source_for(instance)).order_by("order")
        missing = [text for text in texts.values_list("string__data", flat=True) if strings.get(text) is None]
        if missing:
            result[describe(instance)] = list(dict.fromkeys(missing))
    return result


def load(command):
    for language_code in LANGUAGES:
        strings = catalogue(language_code)
        translated, missing = 0, 0
        untranslated = []
        for instance in demo_objects():
            if coverage(instance, strings) < MINIMUM_COVERAGE:
                untranslated.append(describe(instance))
                continue
            result = translate(instance, language_code, strings)
            translated += result.changed
            missing += len(result.missing)
            if result.missing:
                command.stdout.write(
                    f"  {language_code}: {len(result.missing)} untranslated strings on {describe(instance)} "
                    f"(kept in English), e.g. {result.missing[0][:60]!r}"
                )
        if untranslated:
            command.stdout.write(
                f"  {language_code}: {len(untranslated)} left untranslated (no translations for them yet), "
                f"e.g. {untranslated[0]}"
            )
        command.stdout.write(
            f"Translations ({language_code}): {translated} pages and directory entries updated, "
            f"{missing} strings missing."
        )
