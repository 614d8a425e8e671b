"""The directory's part of the site search: organisations for everyone, experts only for
readers holding the EXPERTS token (search.access: granted by directory.permissions.can_see_experts).

Organisation facts live on the default-locale row; each language gets its own document
with the translated description where there is one, linked to that language's directory.
"""

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import translation
from wagtail.models import Locale

from search.access import EXPERTS, PUBLIC
from search.documents import Kind, SearchDocument
from search.indexing import schedule
from search.sources import Source, register

from .models import DirectoryPage, Expert, Organisation


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def _directory_urls():
    """{language code: URL of that language's live directory page}."""
    urls = {}
    for page in DirectoryPage.objects.live().select_related("locale"):
        urls.setdefault(page.locale.language_code, page.get_url() or "")
    return urls


def _organisation_url(directory_url, organisation):
    return f"{directory_url}org/{organisation.slug}/" if directory_url else ""


def _stages(organisation):
    return sorted({str(service.stage.number) for service in organisation.services.all()})


class OrganisationSource(Source):
    """Object key: an organisation's translation_key (shared by all its language rows)."""

    name = "organisation"

    def keys(self, object_key):
        return [f"organisation:{object_key}:{code}" for code in _languages()]

    def object_keys(self):
        return Organisation.objects.public().values_list("translation_key", flat=True).iterator()

    def documents(self, object_key):
        rows = list(
            Organisation.objects.filter(translation_key=object_key)
            .select_related("locale")
            .prefetch_related("services__stage")
        )
        default_locale = Locale.get_default()
        source = next((row for row in rows if row.locale_id == default_locale.pk and row.live), None)
        if source is None:
            return []
        translations = {row.locale.language_code: row for row in rows if row.live}
        urls = _directory_urls()
        documents = []
        for code in _languages():
            shown = translations.get(code, source)
            description = shown.description or source.description
            with translation.override(code):
                facts = f"{source.city}, {source.get_country_display()}. {source.get_kind_display()}."
            documents.append(
                SearchDocument(
                    key=f"organisation:{object_key}:{code}",
                    kind=Kind.ORGANISATION,
                    # Untranslated descriptions are English text: analysed as English.
                    language=code if shown is not source else source.locale.language_code,
                    scope_language=code,
                    title=source.name,
                    text=f"{facts}\n{description}",
                    url=_organisation_url(urls.get(code) or urls.get(default_locale.language_code, ""), source),
                    readers=[PUBLIC],
                    countries=[source.country],
                    stages=_stages(source),
                    date=source.last_published_at,
                )
            )
        return documents


class ExpertSource(Source):
    """Object key: an expert's primary key. One document per language, so the link goes to that language's
    organisation page."""

    name = "expert"

    def keys(self, object_key):
        return [f"expert:{object_key}:{code}" for code in _languages()]

    def object_keys(self):
        return (
            Expert.objects.filter(organisation__in=Organisation.objects.public())
            .values_list("pk", flat=True)
            .iterator()
        )

    def documents(self, object_key):
        expert = Expert.objects.filter(pk=object_key).select_related("organisation").first()
        if expert is None or not Organisation.objects.public().filter(pk=expert.organisation_id).exists():
            return []
        organisation = expert.organisation
        urls = _directory_urls()
        default = settings.LANGUAGE_CODE
        text = "\n".join(part for part in (expert.role, expert.areas_of_expertise, organisation.name) if part)
        return [
            SearchDocument(
                key=f"expert:{expert.pk}:{code}",
                kind=Kind.EXPERT,
                language=default,
                scope_language=code,
                title=expert.full_name,
                text=text,
                url=_organisation_url(urls.get(code) or urls.get(default, ""), organisation) + "#experts",
                readers=[EXPERTS],
                countries=[organisation.country],
                stages=_stages(organisation),
                context=organisation.name,
            )
            for code in _languages()
        ]


def _schedule_organisation(organisation):
    schedule("organisation", [organisation.translation_key])
    default_row = Organisation.objects.filter(
        translation_key=organisation.translation_key, locale=Locale.get_default()
    ).first()
    if default_row is not None:
        schedule("expert", default_row.experts.values_list("pk", flat=True))


def on_organisation_changed(sender, instance, **kwargs):
    _schedule_organisation(instance)


def on_organisation_services_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, Organisation):
        _schedule_organisation(instance)


def on_expert_changed(sender, instance, **kwargs):
    schedule("expert", [instance.pk])


def on_directory_page_changed(sender, instance, **kwargs):
    """The directory page's address is in every organisation's and expert's link."""
    if isinstance(instance, DirectoryPage):
        schedule("organisation", Organisation.objects.public().values_list("translation_key", flat=True))
        schedule("expert", Expert.objects.values_list("pk", flat=True))


def connect():
    from wagtail.signals import page_published, page_unpublished

    register(OrganisationSource())
    register(ExpertSource())
    post_save.connect(on_organisation_changed, sender=Organisation, dispatch_uid="search_organisation_saved")
    post_delete.connect(on_organisation_changed, sender=Organisation, dispatch_uid="search_organisation_deleted")
    m2m_changed.connect(
        on_organisation_services_changed,
        sender=Organisation.services.through,
        dispatch_uid="search_organisation_services",
    )
    post_save.connect(on_expert_changed, sender=Expert, dispatch_uid="search_expert_saved")
    post_delete.connect(on_expert_changed, sender=Expert, dispatch_uid="search_expert_deleted")
    page_published.connect(on_directory_page_changed, dispatch_uid="search_directory_page_published")
    page_unpublished.connect(on_directory_page_changed, dispatch_uid="search_directory_page_unpublished")
