"""Importing organisations from a CSV file (used by `manage.py import_directory`).

Columns (the first line names them; order does not matter; comma or semicolon separated; UTF-8):

==============================  =========  ==========================================================
column                          required   value
==============================  =========  ==========================================================
slug                            yes        lower-case letters, digits and hyphens; identifies the
                                           organisation: a row with an existing slug updates it
name                            yes        up to 200 characters
kind                            yes        government, law-enforcement, prosecution,
                                           labour-inspection, ngo, international, embassy,
                                           social-services, academic
country                         yes        HU, BE, NL, AT, DE, RO, SK, GB
city                            yes        up to 100 characters
address                         no         free text
description                     no         free text (English: the default language)
website                         no         a full address, https://…
phone                           no         the public phone number, up to 40 characters
email                           no         the public e-mail address
opening_hours                   no         up to 200 characters
available_24_7                  no         yes / no (also true/false, 1/0; empty = no)
accepts_referrals_from_abroad   no         yes / no
services                        no         service slugs, separated by spaces, commas, “;” or “|”
                                           (e.g. ``shelter|legal-aid``)
languages                       no         language codes (hu nl fr en de ro sk bg pl ru uk ar es rom)
target_groups                   no         women men minors families sexual-exploitation
                                           labour-exploitation forced-criminality other-exploitation
is_sample                       no         yes / no
==============================  =========  ==========================================================

An example file with every column: directory/import_example.csv.

A text may not begin with =, +, - or @: spreadsheets run such a cell as a formula
(a phone number in international format, +36 1 234 5678, is the one exception).
The admin's export (same columns, same order) writes such a text with a leading
single quote to make it text; the importer reads that quote as the export's mark
and takes it away again, so an exported file imports unchanged.

Every row is checked first. If any row is wrong, every problem is reported with
its line number and nothing is imported. Otherwise all rows are imported in one
transaction and published. Importing the same file twice changes nothing.
Only the default-language rows are created or updated; translations are made in
the admin.
"""

import csv
import io
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.spreadsheets import is_international_phone, starts_like_formula

from .models import COUNTRY_CHOICES, Language, Organisation, Service, TargetGroup

REQUIRED_COLUMNS = ["slug", "name", "kind", "country", "city"]
TEXT_COLUMNS = ["name", "kind", "country", "city", "address", "description", "website", "phone", "email"]
TEXT_COLUMNS += ["opening_hours"]
FREE_TEXT_COLUMNS = [column for column in TEXT_COLUMNS if column not in ("kind", "country")]
BOOLEAN_COLUMNS = {
    "available_24_7": "available_24_7",
    "accepts_referrals_from_abroad": "accepts_referrals_from_abroad",
    "is_sample": "is_sample",
}
LIST_COLUMNS = ["services", "languages", "target_groups"]
ALL_COLUMNS = ["slug", *TEXT_COLUMNS, *BOOLEAN_COLUMNS, *LIST_COLUMNS]
# The admin's export writes these columns in this order, so an exported file imports again as it is.
EXPORT_COLUMNS = [
    "slug",
    "name",
    "kind",
    "country",
    "city",
    "address",
    "description",
    "website",
    "phone",
    "email",
    "opening_hours",
    "available_24_7",
    "accepts_referrals_from_abroad",
    "services",
    "languages",
    "target_groups",
    "is_sample",
]
TRUE_VALUES = {"yes", "y", "true", "1", "ja", "oui", "igen"}
FALSE_VALUES = {"", "no", "n", "false", "0", "nee", "non", "nem"}
SPLIT = re.compile(r"[\s,;|]+")


@dataclass
class RowError:
    line: int
    message: str

    def __str__(self):
        return _("Line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


@dataclass
class ParsedRow:
    line: int
    values: dict
    services: list
    languages: list
    target_groups: list


class ImportFailed(Exception):
    def __init__(self, errors):
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = errors


def _read(text):
    sample = text.split("\n", 1)[0]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    return csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)


def _unmark(column, value):
    """The value without the single quote the export put before a formula-like text (home.spreadsheets)."""
    if column != "slug" and value.startswith("'") and starts_like_formula(value[1:]):
        return value[1:]
    return value


def _split(value):
    return [part for part in SPLIT.split(value.strip()) if part]


class RowValidator:
    def __init__(self, locale):
        self.locale = locale
        self.services = {service.slug: service for service in Service.objects.filter(locale=locale)}
        self.languages = {language.code: language for language in Language.objects.all()}
        self.groups = {group.code: group for group in TargetGroup.objects.all()}
        self.kinds = [value for value, _label in Organisation.Kind.choices]
        self.countries = [code for code, _label in COUNTRY_CHOICES]
        self.slugs_seen = {}

    def validate(self, line, raw):
        """Return (ParsedRow or None, [messages])."""
        messages = []
        row = {
            key.strip().lower(): _unmark(key.strip().lower(), (value or "").strip())
            for key, value in raw.items()
            if key is not None
        }
        if None in raw:
            messages.append(_("the row has more cells than the header line"))
        for column in REQUIRED_COLUMNS:
            if not row.get(column):
                messages.append(_("“%(column)s” is required but empty") % {"column": column})
        slug = row.get("slug", "")
        if slug:
            if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug):
                messages.append(
                    _("slug “%(value)s” may only contain lower-case letters, digits and hyphens") % {"value": slug}
                )
            elif slug in self.slugs_seen:
                messages.append(
                    _("slug “%(value)s” is already used on line %(line)s")
                    % {"value": slug, "line": self.slugs_seen[slug]}
                )
            else:
                self.slugs_seen[slug] = line
        kind = row.get("kind", "")
        if kind and kind not in self.kinds:
            messages.append(
                _("kind “%(value)s” is unknown; use one of: %(choices)s")
                % {"value": kind, "choices": ", ".join(self.kinds)}
            )
        country = row.get("country", "").upper()
        if country and country not in self.countries:
            messages.append(
                _("country “%(value)s” is unknown; use one of: %(choices)s")
                % {"value": row["country"], "choices": ", ".join(self.countries)}
            )
        values = {column: row.get(column, "") for column in TEXT_COLUMNS}
        # Kind and country are checked against their choices above; the other texts are kept as written.
        formula_columns = [
            column
            for column in FREE_TEXT_COLUMNS
            if starts_like_formula(values[column])
            and not (column == "phone" and is_international_phone(values[column]))
        ]
        for column in formula_columns:
            messages.append(self._formula_message(column, values[column]))
        values["country"] = country
        values["slug"] = slug
        for column, attribute in BOOLEAN_COLUMNS.items():
            value = row.get(column, "").lower()
            if value in TRUE_VALUES:
                values[attribute] = True
            elif value in FALSE_VALUES:
                values[attribute] = False
            else:
                messages.append(
                    _("“%(column)s” must be yes or no, not “%(value)s”") % {"column": column, "value": row[column]}
                )
        lists = {}
        # One whole sentence per column: a noun slotted into a shared sentence cannot agree in every language.
        for column, known, message in (
            ("services", self.services, _("“services” names services that do not exist: %(values)s")),
            ("languages", self.languages, _("“languages” has codes that are not known languages: %(values)s")),
            ("target_groups", self.groups, _("“target_groups” names target groups that do not exist: %(values)s")),
        ):
            items = _split(row.get(column, ""))
            unknown = [item for item in items if item not in known]
            if unknown:
                messages.append(message % {"values": ", ".join(unknown)})
            lists[column] = [known[item] for item in dict.fromkeys(items) if item in known]
        # Lengths and formats as the admin checks them, for the columns not already reported.
        checked = ["slug", "kind", "country", *formula_columns]
        checked += [column for column in REQUIRED_COLUMNS if not values.get(column)]
        messages.extend(self._model_errors(values, exclude=checked))
        if messages:
            return None, messages
        return ParsedRow(line, values, lists["services"], lists["languages"], lists["target_groups"]), []

    @staticmethod
    def _formula_message(column, value):
        if column == "phone":
            return _(
                "“phone” starts with “%(character)s” but is not a phone number in international format "
                "such as +36 1 234 5678"
            ) % {"character": value[0]}
        return _(
            "“%(column)s” starts with “%(character)s”, which a spreadsheet would run as a formula; "
            "begin the text differently"
        ) % {"column": column, "character": value[0]}

    def _model_errors(self, values, exclude):
        organisation = Organisation(locale=self.locale, **values)
        exclude = [
            "translation_key",
            "locale",
            "latest_revision",
            "live_revision",
            "locked_by",
            "content_type",
            *exclude,
        ]
        try:
            organisation.clean_fields(exclude=exclude)
        except ValidationError as error:
            return [
                _("“%(column)s”: %(reason)s") % {"column": column, "reason": " ".join(str(m) for m in messages)}
                for column, messages in error.message_dict.items()
            ]
        return []


def parse(text, locale=None):
    """Check every row. Returns (rows, errors)."""
    locale = locale or Locale.get_default()
    reader = _read(text)
    headers = [header.strip().lower() for header in (reader.fieldnames or []) if header]
    missing = [column for column in REQUIRED_COLUMNS if column not in headers]
    unknown = [header for header in headers if header not in ALL_COLUMNS]
    errors = []
    if not headers:
        return [], [RowError(1, _("the file is empty"))]
    if missing:
        errors.append(RowError(1, _("missing column(s): %(columns)s") % {"columns": ", ".join(missing)}))
    if unknown:
        errors.append(RowError(1, _("unknown column(s): %(columns)s") % {"columns": ", ".join(unknown)}))
    if errors:
        return [], errors
    validator = RowValidator(locale)
    rows = []
    end_of_previous = reader.line_num
    for raw in reader:
        line = end_of_previous + 1
        end_of_previous = reader.line_num
        if not any((value or "").strip() for value in raw.values() if isinstance(value, str)):
            continue  # a blank line
        parsed, messages = validator.validate(line, raw)
        errors.extend(RowError(line, message) for message in messages)
        if parsed is not None:
            rows.append(parsed)
    if not rows and not errors:
        errors.append(RowError(2, _("the file has a header line but no organisations")))
    return rows, errors


def _changed(organisation, row):
    if any(getattr(organisation, column) != value for column, value in row.values.items()):
        return True
    for attribute, wanted in (
        ("services", row.services),
        ("languages", row.languages),
        ("target_groups", row.target_groups),
    ):
        if {item.pk for item in getattr(organisation, attribute).all()} != {item.pk for item in wanted}:
            return True
    return not organisation.live or organisation.has_unpublished_changes


def import_text(text, user=None):
    """Validate everything, then import everything or nothing. Raises ImportFailed with every error."""
    locale = Locale.get_default()
    rows, errors = parse(text, locale)
    if errors:
        raise ImportFailed(errors)
    result = ImportResult()
    with transaction.atomic():
        existing = {
            organisation.slug: organisation
            for organisation in Organisation.objects.filter(
                locale=locale, slug__in=[row.values["slug"] for row in rows]
            )
        }
        for row in rows:
            organisation = existing.get(row.values["slug"])
            if organisation is not None and not _changed(organisation, row):
                result.unchanged += 1
                continue
            if organisation is None:
                organisation = Organisation(locale=locale)
                result.created += 1
            else:
                result.updated += 1
            for column, value in row.values.items():
                setattr(organisation, column, value)
            organisation.services = row.services
            organisation.languages = row.languages
            organisation.target_groups = row.target_groups
            organisation.save()
            organisation.save_revision(user=user, log_action=True).publish(user=user)
    return result


def import_file(path, user=None):
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFailed([RowError(line, _("the file is not UTF-8 text; save it as “CSV UTF-8”"))]) from error
    return import_text(text, user=user)
