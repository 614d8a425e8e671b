"""Form fields rendered the same way everywhere in the account and membership
pages: label, help text and errors tied to the input for screen readers."""

from django import template

register = template.Library()


@register.simple_tag
def field_widget(field, **attrs):
    """The field's widget with `aria-describedby` naming its help text and
    errors, and `aria-invalid` when it has errors."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_helptext")
    if field.errors:
        described_by.append(f"{field.auto_id}_error")
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.filter
def is_checkbox(field):
    return field.widget_type == "checkbox"


@register.filter
def is_choice_list(field):
    return field.widget_type in {"radioselect", "checkboxselectmultiple"}
