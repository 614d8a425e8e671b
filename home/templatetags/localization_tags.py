"""The language switcher, hreflang alternates and the "not translated yet" notice."""

from django import template

from home.localization import alternate_links, switcher_links, untranslated_notice

register = template.Library()


@register.inclusion_tag("includes/language_switcher_links.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    return {"links": switcher_links(request, context.get("page")), "request": request}


@register.simple_tag(takes_context=True)
def language_alternates(context):
    request = context.get("request")
    if request is None:
        return []
    return alternate_links(request, context.get("page"))


@register.simple_tag(takes_context=True)
def untranslated_page_notice(context):
    return untranslated_notice(context.get("request"))
