"""The public directory and the referral pathways. Views are thin: the queries
live in `filters`, `pathways` and `vcard`, which are tested without HTTP."""

from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from home.caching import CMS, cached

from .filters import DirectoryFilterForm, country_counts, mark_invalid_fields, search_organisations
from .localization import localize_organisations
from .models import DirectoryPage, Expert, Organisation, PathwayPage
from .pathways import PathwayForm, build_pathway
from .permissions import can_see_experts
from .services import services_by_stage
from .vcard import organisation_vcard as build_vcard


def _filter_notices(form):
    notices = []
    for name, errors in form.errors.items():
        field = form.fields.get(name)
        label = field.label if field else name
        value = form.data.get(name, "")
        notices.append(
            _("The filter “%(label)s” could not use the value “%(value)s” and was left out: %(reason)s")
            % {"label": label, "value": value[:60], "reason": " ".join(str(error) for error in errors)}
        )
    return notices


def _page(paginator, number, notices):
    try:
        return paginator.page(number or 1)
    except PageNotAnInteger:
        notices.append(_("“%(value)s” is not a page number: showing the first page.") % {"value": str(number)[:20]})
        return paginator.page(1)
    except EmptyPage:
        notices.append(
            _("There is no page %(number)s: showing the last page, %(last)s.")
            % {"number": str(number)[:20], "last": paginator.num_pages}
        )
        return paginator.page(paginator.num_pages)


def directory_list(request, page):
    form = DirectoryFilterForm(request.GET or None)
    filters = form.filters() if request.GET else {}
    notices = _filter_notices(form) if request.GET else []
    counts = country_counts(filters)
    form.set_country_counts(counts)
    paginator = Paginator(search_organisations(filters), page.per_page or 20)
    page_obj = _page(paginator, request.GET.get("page"), notices)
    organisations = localize_organisations(page_obj.object_list)
    stage_names = {stage.number: stage.display_name for stage in form.stages}
    for organisation in organisations:
        numbers = sorted({service.stage.number for service in organisation.services.all()})
        organisation.stage_names = [stage_names[number] for number in numbers if number in stage_names]
    # The address of this result set (valid filters only, no page number): shared by the pager.
    kept = [(key, "on" if value is True else value) for key, value in filters.items()]
    context = page.get_context(request)
    context.update(
        form=form,
        filters=filters,
        is_filtered=bool(filters),
        notices=notices,
        paginator=paginator,
        page_obj=page_obj,
        organisations=organisations,
        result_count=paginator.count,
        filter_query=urlencode(kept),
        pathway_page=cached(
            CMS,
            f"pathway-page:{page.locale_id}",
            lambda: PathwayPage.objects.live().filter(locale_id=page.locale_id).first(),
        ),
    )
    return TemplateResponse(request, "directory/directory_page.html", context)


def get_public_organisation(slug):
    organisation = (
        Organisation.objects.public()
        .filter(slug=slug)
        .prefetch_related("services__stage", "languages", "target_groups")
        .first()
    )
    if organisation is None:
        raise Http404(_("No organisation with this address is published."))
    return organisation


def experts_for(user, organisation):
    """The organisation's experts, or an empty list for anyone who may not see them."""
    if not can_see_experts(user):
        return []
    return list(Expert.objects.filter(organisation=organisation).prefetch_related("languages"))


def organisation_detail(request, page, slug):
    organisation = get_public_organisation(slug)
    localize_organisations([organisation])
    experts_visible = can_see_experts(request.user)
    context = page.get_context(request)
    context.update(
        organisation=organisation,
        stages=services_by_stage(organisation.services.all()),
        experts_visible=experts_visible,
        experts=experts_for(request.user, organisation),
        vcard_url=page.url + page.reverse_subpage("organisation_vcard", kwargs={"slug": organisation.slug}),
        directory_url=page.url,
    )
    response = TemplateResponse(request, "directory/organisation_page.html", context)
    if experts_visible:
        # People's details: never in a shared cache, never in a search engine.
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def organisation_vcard(request, page, slug):
    organisation = get_public_organisation(slug)
    localize_organisations([organisation])
    response = HttpResponse(build_vcard(organisation), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{organisation.slug}.vcf"'
    return response


def directory_url_for(page, request):
    """The address of the directory page in the language of `page` (or any), ending in a slash."""
    directory = (
        DirectoryPage.objects.live().filter(locale_id=page.locale_id).first() or DirectoryPage.objects.live().first()
    )
    return directory.get_url(request) if directory else ""


def pathway(request, page):
    form = PathwayForm(request.GET or None)
    notices = []
    result = None
    if request.GET:
        if form.is_valid():
            result = build_pathway(form.cleaned_data["identified"], form.cleaned_data["origin"])
        else:
            notices = _filter_notices(form)
            mark_invalid_fields(form)
    context = page.get_context(request)
    context.update(form=form, notices=notices, pathway=result, directory_page_url=directory_url_for(page, request))
    return TemplateResponse(request, "directory/pathway_page.html", context)
