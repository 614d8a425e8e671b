"""Find what looks like personal data in text a member is about to publish.

Posts must never identify a victim. This check cannot prove a text is safe; it
catches the usual slips (a phone number, an e-mail address, a date of birth, a
passport or ID number, a bank account) so that the author stops and looks again.
Checks with a checksum (IBANs, Belgian national register numbers) only report
numbers whose checksum is right, to keep false alarms down.
"""

import datetime
import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

KINDS = {
    "email": _("e-mail address"),
    "phone": _("phone number"),
    "date_of_birth": _("date of birth"),
    "id_number": _("passport or ID number"),
    "iban": _("bank account (IBAN)"),
}


@dataclass(frozen=True)
class Finding:
    kind: str
    text: str
    start: int
    end: int

    @property
    def label(self):
        return KINDS[self.kind]


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")
PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d \-./()]{6,}\d(?!\w)")
BE_NATIONAL_NUMBER = re.compile(r"\b(\d{2})[.\s]?(\d{2})[.\s]?(\d{2})[-\s]?(\d{3})[.\s]?(\d{2})\b")
DOCUMENT_NUMBER = re.compile(r"\b(?=[A-Z0-9]{8,10}\b)(?=(?:[A-Z0-9]*\d){5})[A-Z]{1,3}[A-Z0-9]*\d\b")
ID_KEYWORD = re.compile(
    r"\b(?:passport|paspoort|passeport|útlevél|id|identity|identiteitskaart|carte d'identité|személyi|"
    r"bsn|rijksregisternummer|numéro national|taj)\b[^\n\d]{0,25}?([A-Z0-9][A-Z0-9 -]{4,18}\d)",
    re.IGNORECASE,
)
MONTHS = (
    r"jan(?:uary|uari|vier|uár)?|feb(?:ruary|ruari|ruár)?|févr(?:ier)?|mar(?:ch)?|maart|mars|márc(?:ius)?|"
    r"apr(?:il)?|avr(?:il)?|ápr(?:ilis)?|ma(?:y|i|j|jus)|mei|june?|juni|juin|jún(?:ius)?|july?|juli|juil(?:let)?|"
    r"júl(?:ius)?|aug(?:ust|ustus|usztus)?|août|sep(?:t|tember|tembre)?|okt(?:ober|óber)?|oct(?:ober|obre)?|"
    r"nov(?:ember|embre)?|dec(?:ember|embre)?|déc(?:embre)?"
)
DATES = [
    # 12/03/1990, 12.03.1990, 12-03-1990
    re.compile(r"\b(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>(?:19|20)\d{2})\b"),
    # 1990-03-12, 1990. 03. 12.
    re.compile(r"\b(?P<y>(?:19|20)\d{2})[.\-/]\s?(?P<m>\d{1,2})[.\-/]\s?(?P<d>\d{1,2})\b"),
    # 12 March 1990
    re.compile(rf"\b(?P<d>\d{{1,2}})\.?\s+(?P<mon>{MONTHS})\.?\s+(?P<y>(?:19|20)\d{{2}})\b", re.IGNORECASE),
    # March 12, 1990
    re.compile(rf"\b(?P<mon>{MONTHS})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d{{2}})\b", re.IGNORECASE),
]
BIRTH_WORDS = re.compile(
    r"\b(?:born|birth|dob|d\.o\.b|geboren|geboortedatum|né|née|naissance|született|szül)\b", re.IGNORECASE
)
# A full date this many years back or more is more likely a birthday than a meeting.
BIRTH_YEARS_BACK = 12


def iban_is_valid(candidate):
    iban = candidate.replace(" ", "").upper()
    if not 15 <= len(iban) <= 34 or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return False
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def be_national_number_is_valid(digits):
    """Belgian national register number: 97 - (first nine digits mod 97), with '2' prefixed for 2000+ births."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    body, check = int(digits[:9]), int(digits[9:])
    return 97 - body % 97 == check or 97 - int("2" + digits[:9]) % 97 == check


def _overlaps(span, taken):
    return any(span[0] < end and start < span[1] for start, end in taken)


def find_personal_data(text, today=None):
    """Return a list of `Finding`s, in the order they appear in `text`."""
    text = text or ""
    today = today or datetime.date.today()
    findings = []
    taken = []

    def add(kind, match, group=0):
        span = match.span(group)
        if _overlaps(span, taken):
            return
        taken.append(span)
        if kind:
            findings.append(Finding(kind, match.group(group), *span))

    for match in EMAIL.finditer(text):
        add("email", match)
    for match in IBAN.finditer(text):
        if iban_is_valid(match.group()):
            add("iban", match)
    for match in BE_NATIONAL_NUMBER.finditer(text):
        if be_national_number_is_valid("".join(match.groups())):
            add("id_number", match)
    for match in DOCUMENT_NUMBER.finditer(text):
        add("id_number", match)
    for match in ID_KEYWORD.finditer(text):
        add("id_number", match, 1)
    for pattern in DATES:
        for match in pattern.finditer(text):
            year = int(match.group("y"))
            before = text[max(0, match.start() - 40) : match.start()]
            if BIRTH_WORDS.search(before) or year <= today.year - BIRTH_YEARS_BACK:
                add("date_of_birth", match)
            else:
                add(None, match)  # a recent date: neither a birthday nor a phone number
    for match in PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if 8 <= len(digits) <= 15:
            add("phone", match)
    findings.sort(key=lambda finding: finding.start)
    return findings


def describe(findings):
    """A short, human list such as 'phone number “+36 1 555 0100”'."""
    return "; ".join(f"{finding.label} “{finding.text}”" for finding in findings)
