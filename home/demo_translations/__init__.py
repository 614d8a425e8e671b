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
        latest = page.latest_revision_created_at or page.last_published_at
        if latest is not None and latest > source.last_updated_at:
            source.update_from_db()
    return source


def translate_page(page, language_code, strings, user=None, publish=True):
    """Translate `page` into `language_code` with `strings` ({source text: translation}).

    Returns a TranslationResult; `missing` lists the source strings that had no
    translation (they keep their English text). The parent must already be translated.
    """
    page = page.specific
    locale = Locale.objects.get(language_code=language_code)
    source = source_for(page)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    result = TranslationResult(page=page, changed=created)
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


def coverage(page, strings):
    """The share of `page`'s source strings that `strings` translates (1.0 for a page without strings)."""
    texts = list(StringSegment.objects.filter(source=source_for(page.specific)).values_list("string__data", flat=True))
    if not texts:
        return 1.0
    return sum(1 for text in texts if strings.get(text) is not None) / len(texts)


# Below this share of translated strings a page would be mostly English under /nl/,
# /hu/ or /fr/: the loader leaves it untranslated (readers get the home page and a notice).
MINIMUM_COVERAGE = 0.5


def demo_pages():
    """The English demo pages to translate, parents before children; missing ones are left out."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return []
    root = site.root_page
    pages = [root]
    wanted_types = ["gethelp.gethelppage", "handbook.handbookindexpage", "directory.directorypage"]
    wanted_types += ["directory.pathwaypage", "news.newsindexpage"]
    wanted_slugs = ["about", "partners", "code-of-conduct", "privacy", "privacy-notice", "accessibility-statement"]
    english = Page.objects.live().filter(locale=root.locale, alias_of__isnull=True).descendant_of(root)
    for label in wanted_types:
        app_label, model = label.split(".")
        page = english.filter(content_type__app_label=app_label, content_type__model=model).order_by("path").first()
        if page is not None:
            pages.append(page)
            if model == "handbookindexpage":
                pages.extend(english.child_of(page).order_by("path")[:2])
    pages.extend(english.filter(slug__in=wanted_slugs, depth=3).order_by("path"))
    seen, ordered = set(), []
    for page in sorted(pages, key=lambda p: p.path):
        if page.pk not in seen:
            seen.add(page.pk)
            ordered.append(page)
    return ordered


def load(command):
    for language_code in LANGUAGES:
        strings = catalogue(language_code)
        translated, missing = 0, 0
        for page in demo_pages():
            if coverage(page, strings) < MINIMUM_COVERAGE:
                command.stdout.write(
                    f"  {language_code}: {page.url_path} left untranslated (no translations for it yet)"
                )
                continue
            result = translate_page(page, language_code, strings)
            translated += result.changed
            missing += len(result.missing)
            if result.missing:
                command.stdout.write(
                    f"  {language_code}: {len(result.missing)} untranslated strings on {page.url_path} "
                    f"(kept in English), e.g. {result.missing[0][:60]!r}"
                )
        command.stdout.write(f"Translations ({language_code}): {translated} pages updated, {missing} strings missing.")
