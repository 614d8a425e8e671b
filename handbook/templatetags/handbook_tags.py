from django import template

from home.blocks import heading_anchor as _heading_anchor

register = template.Library()


@register.filter
def heading_anchor(value):
    """The anchor a heading block gets, so other templates can link to it or prefix it."""
    return _heading_anchor(value)
