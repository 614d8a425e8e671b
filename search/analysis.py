"""Text analysis for the database engine and for its highlights.

Each language's text is stemmed with its Snowball stemmer (the same algorithms as
PostgreSQL's and OpenSearch's), then folded to plain letters, so that a
dictionary form finds its inflected forms and the other way round ("áldozat",
"áldozatok", "áldozatoknak"), and that typing without accents finds accented
words. Stemming comes before folding because the stemmers' suffix rules are
written with the accents ("-ból", "-ről"). The same function analyses the
documents and the queries, on SQLite and on PostgreSQL alike.
"""

import re
import unicodedata
from functools import cache

import snowballstemmer
from anyascii import anyascii

STEMMERS = {"en": "english", "nl": "dutch", "hu": "hungarian", "fr": "french"}

# The most frequent function words: they match nearly every document and would make
# every query with them an "all words" query nobody meant.
STOP_WORDS = {
    "en": set(
        "a an and are as at be but by for from has have he her his i in is it its of on or our she so that the their "
        "them they this to was we were what when where which who will with you your".split()
    ),
    "nl": set(
        "aan al als bij dat de den der des die dit door een en er het hij hun ik in is je maar met naar niet "
        "nog of om onder ook op over te tot u uit van voor was wat we wie wij worden wordt zich zij zijn".split()
    ),
    "hu": set(
        "a az egy és is hogy nem de ha meg mint már csak el ki be fel le volt van lesz vagy pedig még sem "
        "ez azt ezt aki ami akkor itt ott mert mi ő ön önök".split()
    ),
    "fr": set(
        "a à au aux avec ce ces d dans de des du elle en et est il ils j l la le les leur lui m ma mais me "
        "n ne nous ou par pas pour qu que qui s sa se ses son sur t ta te un une vous y".split()
    ),
}

WORD = re.compile(r"\w+", re.UNICODE)
# Zero-width characters that would split a word without showing it.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
MAX_TERM_LENGTH = 40


@cache
def stemmer(language):
    return snowballstemmer.stemmer(STEMMERS.get(language, "english"))


def normalise(text):
    return unicodedata.normalize("NFKC", text or "").translate(INVISIBLE).replace("\x00", " ")


NOT_PLAIN = re.compile(r"[^0-9a-z]+")


def fold(word):
    """Plain lower-case letters and digits only: what is left can never be query syntax in FTS5 or tsquery."""
    return NOT_PLAIN.sub("", anyascii(word).lower())


# Hungarian words stack suffixes ("áldozat-ok-nak") and the Snowball stemmer strips one
# layer at a time, so "áldozat" gives "áldoz" but "áldozatoknak" gives "áldozat":
# stemming again until nothing changes gives both the same stem.
RESTEM = {"hu": 3}
# A step that leaves fewer letters is refused: "munka" must not become "mu".
MIN_STEM_LENGTH = 4


@cache
def analyse_word(word, language):
    """The indexed form of one word: lower case, stemmed in its language, folded to plain letters."""
    stem = word.lower()
    for _step in range(RESTEM.get(language, 1)):
        shorter = stemmer(language).stemWord(stem)
        if shorter == stem or len(shorter) < min(MIN_STEM_LENGTH, len(stem)):
            break
        stem = shorter
    return fold(stem)[:MAX_TERM_LENGTH]


def words(text):
    """(start, end, word) for each word of `text`."""
    return [(match.start(), match.end(), match.group()) for match in WORD.finditer(normalise(text))]


def analyse(text, language):
    """The index terms of a text: what the database engine stores and matches."""
    stop = STOP_WORDS.get(language, set())
    terms = (analyse_word(word, language) for _start, _end, word in words(text) if word.lower() not in stop)
    return [term for term in terms if term]


def query_terms(text, language):
    """What a reader typed, as one group of alternatives per word, in order; each alternative matches as a
    prefix. A word's alternatives are its stem and its plain folded form: stemmers sometimes rewrite the end
    of a word (Dutch "doorverwijzing" gives "doorverwijs"), and the folded form still finds the compounds
    that start with it ("doorverwijzingsroutes", "Áldozatsegítő"). Quotes, operators, brackets and NUL
    bytes are nothing but separators here: no user input ever reaches an FTS engine as query syntax."""
    stop = STOP_WORDS.get(language, set())
    found = [word for _start, _end, word in words(text)]
    kept = [word for word in found if word.lower() not in stop] or found  # only stop words: search them after all
    groups = []
    for word in kept:
        group = tuple(dict.fromkeys(term for term in (analyse_word(word, language), fold(word)) if term))
        if group and group not in groups:
            groups.append(group)
    return groups[:12]
