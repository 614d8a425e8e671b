"""Find what looks like personal data in text a member is about to publish.

Posts must never identify a victim. This check cannot prove a text is safe; it
catches the usual slips (a phone number, an e-mail address, a date of birth with
a name, a street address, a licence plate, a passport or national number, a bank
account) so that the author stops and looks again, or, where a forum's rule says
so, cannot publish it at all.

The text is matched after normalisation (Unicode NFKC, invisible format characters
and HTML entities resolved), so full-width digits, zero-width spaces and
`name [at] example [dot] org` hide nothing. Numbers with a checksum (IBANs, Hungarian
TAJ, Dutch BSN, Belgian national register and BIS numbers) are only reported when
the checksum is right, to keep false alarms on ordinary numbers down. Findings keep
the positions of the text as written, so that they point at what the author typed.
"""

import datetime
import html
import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from stdnum import iban as stdnum_iban
from stdnum.be import bis as be_bis
from stdnum.be import nn as be_nn
from stdnum.nl import bsn as nl_bsn

KINDS = {
    "email": _("e-mail address"),
    "phone": _("phone number"),
    "date_of_birth": _("date of birth"),
    "name": _("name next to a date of birth"),
    "address": _("street address"),
    "licence_plate": _("licence plate"),
    "id_number": _("passport or ID number"),
    "iban": _("bank account (IBAN)"),
}


@dataclass(frozen=True)
class Finding:
    kind: str
    text: str  # as the author wrote it
    start: int
    end: int

    @property
    def label(self):
        return KINDS[self.kind]

    @property
    def hint(self):
        """Enough of the text to find it again, never the whole value: it is shown back in pages and errors."""
        compact = " ".join(self.text.split())
        if len(compact) <= 5:
            return "…"
        return f"{compact[:2]}…{compact[-2:]}"


class NormalisedText:
    """`text` as it will read once rendered, with a map back to the positions in the original."""

    ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

    def __init__(self, original):
        self.original = original
        chars, self._starts, self._ends = [], [], []
        position, length = 0, len(original)
        while position < length:
            entity = self.ENTITY.match(original, position) if original[position] == "&" else None
            if entity:
                # Markdown renders entities: "&#64;" reads as "@" on the page.
                end, piece = entity.end(), html.unescape(entity.group())
            else:
                end = position + 1
                # A letter and its combining accents compose together ("a" + U+0301 is "á").
                while end < length and unicodedata.combining(original[end]):
                    end += 1
                piece = original[position:end]
            for char in unicodedata.normalize("NFKC", piece):
                if unicodedata.category(char) != "Cf":  # zero-width spaces, joiners, soft hyphens, bidi marks
                    chars.append(char)
                    self._starts.append(position)
                    self._ends.append(end)
            position = end
        self.text = "".join(chars)

    def span(self, start, end):
        return self._starts[start], self._ends[end - 1]


def _letters(predicate):
    return "".join(chr(code) for code in range(0x41, 0x250) if predicate(chr(code)))


UPPER = _letters(str.isupper)
LOWER = _letters(str.islower)

# E-mail addresses, also written "name [at] example [dot] org", "name (kukac) example.hu",
# "name at example dot org" (words only with a word for the dot too: "see the docs at example.org"
# is not an address).
_AT_WORDS = r"at|@|kukac|apenstaartje|arobase"
_DOT_WORDS = r"dot|\.|pont|punt|point"
_AT = rf"\s*(?:@|\[\s*(?:{_AT_WORDS})\s*\]|\(\s*(?:{_AT_WORDS})\s*\)|\{{\s*(?:{_AT_WORDS})\s*\}}|<\s*(?:at|@)\s*>)\s*"
_BRACKETED_DOT = rf"\s*(?:\[\s*(?:{_DOT_WORDS})\s*\]|\(\s*(?:{_DOT_WORDS})\s*\)|\{{\s*(?:{_DOT_WORDS})\s*\}})\s*"
_WORD_DOT = r"\s+(?:dot|pont|punt|point)\s+"
_COMMON_TLDS = r"com|org|net|eu|hu|nl|be|fr|de|lu|at|info|int|gov|edu|io|co|uk|ro|sk|pl|it|es|pt|me"
EMAIL = re.compile(
    rf"[\w.+-]+{_AT}[\w-]+(?:(?:{_BRACKETED_DOT}|\.)[\w-]+)*(?:{_BRACKETED_DOT}|\.)[a-z]{{2,24}}\b", re.IGNORECASE
)
EMAIL_IN_WORDS = re.compile(
    rf"\b[\w.+-]+\s+(?:at|kukac|arobase)\s+[\w-]+(?:(?:{_WORD_DOT}|{_BRACKETED_DOT}|\.)[\w-]+)*"
    rf"(?:{_WORD_DOT}|{_BRACKETED_DOT})(?:{_COMMON_TLDS})\b",
    re.IGNORECASE,
)

IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}\b", re.IGNORECASE)

# National numbers: Belgian register and BIS numbers (11 digits, YY.MM.DD-NNN.CC), and the
# 9-digit Hungarian TAJ (often 123 456 789) and Dutch BSN (often 1234.56.789).
BE_NATIONAL_NUMBER = re.compile(r"\b\d{2}[.\s]?\d{2}[.\s]?\d{2}[-\s.]?\d{3}[.\s-]?\d{2}\b")
NINE_DIGITS = re.compile(r"(?<![\d.,/-])(?:\d{3}[ -]\d{3}[ -]\d{3}|\d{4}\.\d{2}\.\d{3}|\d{9})(?![\d/]|[.,-]\d)")
DOCUMENT_NUMBER = re.compile(r"\b(?=[A-Z0-9]{8,10}\b)(?=(?:[A-Z0-9]*\d){5})[A-Z]{1,3}[A-Z0-9]*\d\b")
# Passports and ID cards have no public checksum: a document word followed by a number is enough.
ID_KEYWORD = re.compile(
    r"\b(?:passport|paspoort|passeport|útlevél|id|identity card|identiteitskaart|carte d'identité|"
    r"személyi(?: igazolvány)?|verblijfsvergunning|titre de séjour|tartózkodási engedély)\b"
    r"[^\n\d]{0,25}?([A-Z0-9][A-Z0-9 -]{4,18}\d)",
    re.IGNORECASE,
)

PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d \-./()]{6,}\d(?!\w)")
# Without an international or trunk prefix (+, 00, 0) a long number is a phone number only when called one.
PHONE_KEYWORD = re.compile(
    r"\b(?:tel|phone|telephone|mobile|call|telefoon|mobiel|gsm|bel|bellen|téléphone|portable|appel(?:ez)?|"
    r"telefon(?:szám)?|mobil|hívja|hívható|whatsapp|signal|sms|fax)\b",
    re.IGNORECASE,
)

# Licence plates as printed, in capitals: Hungarian ABC-123 and AA BB-123, Belgian 1-ABC-123 and
# 123-ABC, Dutch sidecodes such as AB-12-CD or 12-ABC-3. A plate word also catches lower case.
LICENCE_PLATES = [
    re.compile(r"\b[1-9]-[A-Z]{3}-\d{3}\b"),
    re.compile(r"\b[A-Z]{3}-\d{3}\b"),
    re.compile(r"\b[A-Z]{2}[ -]?[A-Z]{2}-\d{3}\b"),
    re.compile(r"\b\d{3}-[A-Z]{3}\b"),
]
DUTCH_PLATE = re.compile(r"\b([A-Z]{1,3}|\d{1,3})-([A-Z]{1,3}|\d{1,3})-([A-Z]{1,3}|\d{1,3})\b")
PLATE_KEYWORD = re.compile(
    r"\b(?:licen[cs]e plate|number plate|registration number|rendszám\w*|kenteken\w*|nummerplaat|"
    r"plaque(?: d'immatriculation)?|immatriculation)\b[^\n\w]{0,5}(?:\w+\s){0,2}?"
    r"((?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){0,2})\b",
    re.IGNORECASE,
)

# Street addresses: Hungarian "Kossuth Lajos utca 12.", Dutch and Flemish "Kerkstraat 12a",
# Belgian French "rue de la Loi 16" or "16 rue de la Loi". A year is never a house number.
_HOUSE_NUMBER = r"(?!(?:19|20)\d{2}\b)\d{1,4}(?:\s?/\s?[A-Za-z0-9]{1,3}\b|[a-zA-Z]\b|-\d{1,3}\b)?"
_NAME_WORD = rf"[{UPPER}][{LOWER}'’.-]*"
_FRENCH_PARTICLES = r"(?:de|du|des|la|le|l'|l’|d'|d’|aux|au|et)"
_FRENCH_STREET = r"(?i:rue|avenue|av\.|boulevard|bd|chaussée|place|quai|chemin|allée|impasse|square|drève|route|clos)"
ADDRESSES = [
    re.compile(
        rf"\b(?:{_NAME_WORD}\s+){{1,3}}(?:utca|u\.|út|útja|tér|tere|körút|krt\.|köz|sor|sétány|rakpart|fasor|"
        rf"dűlő|lakótelep|ltp\.|liget)\s*{_HOUSE_NUMBER}"
    ),
    re.compile(
        rf"\b[{UPPER}][{LOWER}]+(?:straat|str\.|laan|weg|plein|gracht|kade|singel|dijk|steeg|pad|dreef|markt|"
        rf"plantsoen|baan|wal|hof|lei|veld|dam)\s+{_HOUSE_NUMBER}(?:\s?(?:bus|bis)\s?\d{{1,3}})?"
    ),
    re.compile(
        rf"\b{_FRENCH_STREET}\s+(?:{_FRENCH_PARTICLES}\s*)*(?:{_NAME_WORD}\s*(?:{_FRENCH_PARTICLES}\s*)*){{1,4}},?\s+"
        rf"{_HOUSE_NUMBER}(?:\s?(?:bte|bus|boîte)\s?\d{{1,3}})?"
    ),
    re.compile(rf"\b{_HOUSE_NUMBER},?\s+{_FRENCH_STREET}\s+(?:{_FRENCH_PARTICLES}\s*)*{_NAME_WORD}"),
    # A Dutch postcode with its town: 1012 AB Amsterdam.
    re.compile(rf"\b[1-9]\d{{3}}\s?(?!SA|SD|SS|EU)[A-Z]{{2}}\s+[{UPPER}][{LOWER}]+"),
]

MONTHS = (
    r"jan(?:uary|uari|vier|uár)?|feb(?:ruary|ruari|ruár)?|févr(?:ier)?|mar(?:ch)?|maart|mars|márc(?:ius)?|"
    r"apr(?:il)?|avr(?:il)?|ápr(?:ilis)?|ma(?:y|i|j)|máj(?:us)?|mei|june?|juni|juin|jún(?:ius)?|july?|juli|"
    r"juil(?:let)?|júl(?:ius)?|aug(?:ust|ustus|usztus)?|août|sep(?:t|tember|tembre)?|szept(?:ember)?|"
    r"okt(?:ober|óber)?|oct(?:ober|obre)?|nov(?:ember|embre)?|dec(?:ember|embre)?|déc(?:embre)?"
)
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_MONTH = rf"(?P<mon>{MONTHS})\b\.?"
_ORDINAL = r"(?:st|nd|rd|th|er|e|de|ste)?"
DATES = [
    # 12/03/1990, 12.03.1990, 12-03-1990
    re.compile(rf"\b(?P<d>\d{{1,2}})[./-](?P<m>\d{{1,2}})[./-]{_YEAR}\b"),
    # 1990-03-12, 1990. 03. 12.
    re.compile(rf"\b{_YEAR}[.\-/]\s?(?P<m>\d{{1,2}})[.\-/]\s?(?P<d>\d{{1,2}})\b"),
    # 12 March 1990, 3rd of March 1990, 1er mars 1990
    re.compile(rf"\b(?P<d>\d{{1,2}}){_ORDINAL}\.?\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}\b", re.IGNORECASE),
    # March 12, 1990
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}}){_ORDINAL},?\s+{_YEAR}\b", re.IGNORECASE),
    # 1990. március 3. (-án, -i)
    re.compile(rf"\b{_YEAR}\.?\s+{_MONTH}\s+(?P<d>\d{{1,2}})\b(?:\.|-(?:á|é|j[áé])n\b|-i\b)?", re.IGNORECASE),
]
BIRTH_WORDS = re.compile(
    r"\b(?:born|birth|dob|d\.o\.b|geboren|geb|geboortedatum|né|née|naissance|született|szül|születési)\b",
    re.IGNORECASE,
)
# A full date this many years back or more is more likely a birthday than a meeting.
BIRTH_YEARS_BACK = 12

# A name (two to four capitalised words, with van/de/le... between) right before a date of birth:
# "Anna Sample, born ...", "Sample Anna (szül. ...", "Jan van der Voorbeeld, geboren op ...".
_PERSON_WORD = rf"[{UPPER}](?:[{LOWER}]|['’-][{UPPER}{LOWER}])+"
_NAME_PARTICLES = r"(?:van|de|der|den|ter|te|von|le|la|du|des|di|da|d'|d’)"
NAME_BEFORE = re.compile(
    rf"(?P<name>{_PERSON_WORD}(?:\s+(?:{_NAME_PARTICLES}\s+){{0,2}}{_PERSON_WORD}){{1,3}})"
    r"(?:[\s,;:()\[\]–-]|\b(?:who|was|is|has|been|on|the|in|op|werd|qui|est|a|été|le|aki|és|en|and)\b)*$"
)
# Words that start a sentence in capitals but are no one's name.
NOT_NAMES = {
    "the", "she", "he", "her", "his", "their", "a", "an", "our", "this", "victim", "client", "de", "het",
    "een", "zij", "hij", "haar", "ze", "le", "la", "les", "elle", "il", "une", "un", "cette", "ce", "az", "ő",
    "egy", "mrs", "mr", "ms", "mme", "m", "mevrouw", "meneer",
}  # fmt: skip


def _checked(validator, number):
    try:
        return validator.is_valid(number)
    except Exception:  # stdnum raises on shapes it does not expect; such a number is not valid
        return False


def iban_is_valid(candidate):
    """mod-97 checksum plus the country's length and format (python-stdnum), in any case.

    Not the bank's own register (check_country): an account at a bank stdnum does not list is still an account.
    """
    try:
        stdnum_iban.validate(candidate.upper(), check_country=False)
    except ValueError:  # stdnum's ValidationError
        return False
    return True


def be_national_number_is_valid(digits):
    """Belgian national register (or BIS) number: mod 97 of the first nine digits, '2' prefixed for 2000+ births."""
    return _checked(be_nn, digits) or _checked(be_bis, digits)


def taj_is_valid(number):
    """Hungarian TAJ: nine digits, the last is the sum of the first eight weighted 3, 7, 3, 7... mod 10."""
    digits = re.sub(r"[ .-]", "", number)
    if len(digits) != 9 or not digits.isdigit():
        return False
    weighted = sum(int(digit) * (3 if index % 2 == 0 else 7) for index, digit in enumerate(digits[:8]))
    return weighted % 10 == int(digits[8])


def bsn_is_valid(number):
    """Dutch BSN: the 11-proef (python-stdnum)."""
    return _checked(nl_bsn, number)


def _overlaps(span, taken):
    return any(span[0] < end and start < span[1] for start, end in taken)


def _is_dutch_plate(groups):
    kinds = ["digits" if group.isdigit() else "letters" for group in groups]
    if sum(len(group) for group in groups) != 6 or len(set(kinds)) < 2:
        return False
    if [len(group) for group in groups] == [2, 2, 2]:
        return True
    return kinds[0] != kinds[1] and kinds[1] != kinds[2]


def _name_before(text, anchor):
    window_start = max(0, anchor - 80)
    match = NAME_BEFORE.search(text, window_start, anchor)
    if not match:
        return None
    words = list(re.finditer(r"\S+", match.group("name")))
    while words and words[0].group().lower() in NOT_NAMES:
        words.pop(0)
    if sum(word.group()[0].isupper() for word in words) < 2:
        return None
    return match.start("name") + words[0].start(), match.end("name")


def find_personal_data(text, today=None):
    """Return a list of `Finding`s, in the order they appear in `text`."""
    normalised = NormalisedText(text or "")
    text = normalised.text
    today = today or datetime.date.today()
    findings = []
    taken = []

    def add(kind, span):
        if _overlaps(span, taken):
            return False
        taken.append(span)
        if kind:
            start, end = normalised.span(*span)
            findings.append(Finding(kind, normalised.original[start:end], start, end))
        return True

    for pattern in (EMAIL, EMAIL_IN_WORDS):
        for match in pattern.finditer(text):
            add("email", match.span())
    for match in IBAN.finditer(text):
        # The run may carry on into the next words ("... 1643 00 each week"): shorten it word by word.
        candidate = match.group()
        while candidate:
            if iban_is_valid(candidate):
                add("iban", (match.start(), match.start() + len(candidate)))
                break
            candidate = candidate.rsplit(" ", 1)[0] if " " in candidate else ""
    for match in BE_NATIONAL_NUMBER.finditer(text):
        if be_national_number_is_valid(re.sub(r"\D", "", match.group())):
            add("id_number", match.span())
    for match in NINE_DIGITS.finditer(text):
        if taj_is_valid(match.group()) or bsn_is_valid(match.group()):
            add("id_number", match.span())
    for pattern in LICENCE_PLATES:
        for match in pattern.finditer(text):
            add("licence_plate", match.span())
    for match in DUTCH_PLATE.finditer(text):
        if _is_dutch_plate(match.groups()):
            add("licence_plate", match.span())
    for match in PLATE_KEYWORD.finditer(text):
        add("licence_plate", match.span(1))
    for match in DOCUMENT_NUMBER.finditer(text):
        add("id_number", match.span())
    for match in ID_KEYWORD.finditer(text):
        add("id_number", match.span(1))
    for pattern in ADDRESSES:
        for match in pattern.finditer(text):
            add("address", match.span())
    for pattern in DATES:
        for match in pattern.finditer(text):
            year = int(match.group("y"))
            birth_word = None
            for word in BIRTH_WORDS.finditer(text, max(0, match.start() - 40), match.start()):
                birth_word = word
            # Hungarian often puts the word after the date: "1990. március 3-án született".
            said_born = birth_word or BIRTH_WORDS.search(text, match.end(), match.end() + 14)
            if not (said_born or year <= today.year - BIRTH_YEARS_BACK):
                add(None, match.span())  # a recent date: neither a birthday nor a phone number
                continue
            if add("date_of_birth", match.span()):
                name = _name_before(text, birth_word.start() if birth_word else match.start())
                if name:
                    add("name", name)
    for match in PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        prefixed = re.match(r"\(?(?:\+|0)", match.group())
        called = PHONE_KEYWORD.search(text[max(0, match.start() - 25) : match.start()])
        if 8 <= len(digits) <= 15 and (prefixed or called):
            add("phone", match.span())
    findings.sort(key=lambda finding: finding.start)
    return findings


def describe(findings):
    """A short, human list such as 'phone number “+3…00”', without repeating the whole value."""
    return "; ".join(f"{finding.label} “{finding.hint}”" for finding in findings)
