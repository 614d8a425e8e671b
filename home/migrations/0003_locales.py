"""Every environment gets the Dutch, Hungarian and French locales and a home page for each.

Each language's home page starts as an *alias* of the English one: that is how
wagtail-localize marks "not translated yet". The site never serves an alias under
another language's address (home.middleware redirects with a notice instead), and
an editor turns it into a real translation with "Translate this page", which
converts the alias in place. The demo content does the same through
wagtail-localize (home.demo_translations).
"""

from django.conf import settings
from django.db import migrations
from django.utils import timezone


def create_locales_and_language_homes(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("home", "HomePage")

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    source = HomePage.objects.filter(pk=site.root_page_id).first()
    if source is None:
        return
    tree_root = Page.objects.get(depth=1)
    for code, locale in locales.items():
        if Page.objects.filter(translation_key=source.translation_key, locale=locale).exists():
            continue
        # treebeard's materialised path: the next free four-character step under the tree root.
        last = Page.objects.filter(depth=2).order_by("-path").values_list("path", flat=True).first()
        step = int(last[4:8], 36) + 1 if last else 1
        path = tree_root.path + _base36(step).rjust(4, "0")
        slug = _free_slug(Page, f"{source.slug}-{code}")
        now = timezone.now()
        HomePage.objects.create(
            title=source.title,
            draft_title=source.title,
            slug=slug,
            content_type_id=source.content_type_id,
            path=path,
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            locale=locale,
            translation_key=source.translation_key,
            alias_of_id=source.pk,
            live=source.live,
            has_unpublished_changes=False,
            first_published_at=source.first_published_at or now,
            last_published_at=source.last_published_at or now,
        )
        tree_root.numchild = Page.objects.filter(depth=2).count()
        tree_root.save(update_fields=["numchild"])


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while number:
        number, remainder = divmod(number, 36)
        out = digits[remainder] + out
    return out or "0"


def _free_slug(Page, slug):
    candidate, counter = slug, 1
    while Page.objects.filter(depth=2, slug=candidate).exists():
        counter += 1
        candidate = f"{slug}-{counter}"
    return candidate


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_replace_welcome_page"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_locales_and_language_homes, migrations.RunPython.noop)]
