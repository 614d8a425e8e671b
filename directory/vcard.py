"""An organisation's public contact card as a vCard 4.0 (RFC 6350).

Only what the organisation page shows to everyone goes in: name, address,
public phone and e-mail, website, opening hours. Never an expert."""

from django.utils.translation import gettext as _

from home.spreadsheets import is_international_phone, neutralise_formula

from .models import COUNTRY_CHOICES


def _escape_text(value):
    """Backslash, comma, semicolon and line breaks (RFC 6350, 3.4)."""
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def escape(value):
    """Escape a text value for RFC 6350. Contact lists are often opened in a spreadsheet,
    so a value that starts like a formula (=, +, -, @) is made text with a leading quote."""
    return _escape_text(neutralise_formula(str(value or "")))


def escape_phone(value):
    """An international number (+36 1 234 5678) must stay dialable and cannot call a
    spreadsheet function; any other phone text is escaped like every value."""
    value = str(value or "")
    return _escape_text(value) if is_international_phone(value) else escape(value)


def fold(line):
    """Fold a content line to at most 75 octets, never splitting a UTF-8 character (RFC 6350, 3.2)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = char
            limit = 74  # continuation lines start with a space
        else:
            current += char
    parts.append(current)
    return "\r\n ".join(parts)


def organisation_vcard(organisation):
    country = dict(COUNTRY_CHOICES).get(organisation.country, organisation.country)
    address = " ".join((organisation.address or "").split())
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:org",
        f"FN:{escape(organisation.name)}",
        f"ORG:{escape(organisation.name)}",
        # ADR: PO box; extended; street; locality; region; postal code; country
        f"ADR;TYPE=work:;;{escape(address)};{escape(organisation.city)};;;{escape(country)}",
    ]
    if organisation.phone:
        lines.append(f"TEL;TYPE=work,voice;VALUE=text:{escape_phone(organisation.phone)}")
    if organisation.email:
        lines.append(f"EMAIL;TYPE=work:{escape(organisation.email)}")
    if organisation.website:
        lines.append(f"URL:{organisation.website}")
    notes = []
    opening_hours = getattr(organisation, "display_opening_hours", organisation.opening_hours)
    if opening_hours:
        notes.append(_("Opening hours: %(hours)s") % {"hours": opening_hours})
    if organisation.available_24_7:
        notes.append(_("Available 24/7"))
    if organisation.is_sample:
        notes.append(_("Sample entry: not a real organisation."))
    if notes:
        lines.append(f"NOTE:{escape(' · '.join(notes))}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)
