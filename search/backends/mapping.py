"""The search engine's index: per-language analysis and the document mapping (elasticsearch-dsl).

Each language's text goes through the same steps as the database engine's
(search.analysis): lower case, the language's stop words, its Snowball stemmer,
then accent folding, so that "áldozatok" finds "áldozat", "hebergement" finds
"hébergement" and "referrals" finds "referral". French first removes elided
articles ("l'aide" is "aide"). Hungarian stacks suffixes, so its stemmer runs up
to three times while the word stays longer than four letters (analysis.RESTEM),
and queries also match the start of longer terms (search.backends.engine), so
the first part of a compound finds it: "áldozat" finds "Áldozatsegítő Szolgálat".

Every document fills only the title_<lang>/text_<lang> fields of its own
language; a query is analysed by each language's analyzer over that language's
fields.
"""

from elasticsearch_dsl import Date, Document, Float, Integer, Keyword, Text, analyzer, token_filter

from search.analysis import STOP_WORDS

LANGUAGES = ("en", "nl", "hu", "fr")
SNOWBALL = {"en": "English", "nl": "Dutch", "hu": "Hungarian", "fr": "French"}
LEAD_LENGTH = 300

french_elision = token_filter(
    "fr_elision",
    "elision",
    articles_case=True,
    articles=["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
)


def _stop(language):
    return token_filter(f"{language}_stop", "stop", stopwords=sorted(STOP_WORDS[language]))


def _stemmer(language):
    return token_filter(f"{language}_snowball", "snowball", language=SNOWBALL[language])


# Hungarian: stem again while the word is still longer than four letters ("áldozatoknak" > "áldozat" > "áldoz";
# "munka" gives "mun", never "mu"): a stem of four letters or fewer is marked as a keyword, which the
# stemmer leaves alone. (A `condition` filter would need a Painless script, which not every node allows.)
hungarian_short = token_filter("hu_short", "keyword_marker", keywords_pattern="^.{1,4}$")


def _filters(language):
    filters = [french_elision] if language == "fr" else []
    filters += ["lowercase", _stop(language), _stemmer(language)]
    if language == "hu":
        filters += [hungarian_short, _stemmer(language), hungarian_short, _stemmer(language)]
    return [*filters, "asciifolding"]


ANALYZERS = {
    language: analyzer(f"ravot_{language}", tokenizer="standard", filter=_filters(language)) for language in LANGUAGES
}
# "Did you mean": the words as written (lower case, accents kept), in every language.
SPELLING = analyzer("ravot_spelling", tokenizer="standard", filter=["lowercase"])


def _text(language, **kwargs):
    # Offsets in the postings: the highlighter finds the matched words without analysing the text again.
    return Text(analyzer=ANALYZERS[language], copy_to="spelling", index_options="offsets", **kwargs)


def _stored():
    return Keyword(index=False, doc_values=False)


class IndexedDocument(Document):
    key = Keyword()
    # Facets: their ordinals are built at refresh time, not by the first search after it.
    kind = Keyword(eager_global_ordinals=True)
    language = Keyword(eager_global_ordinals=True)
    scope_language = Keyword()
    countries = Keyword(multi=True, eager_global_ordinals=True)
    stages = Keyword(multi=True, eager_global_ordinals=True)
    readers = Keyword(multi=True)
    date = Date()
    year = Integer()
    boost = Float()
    # Shown, never searched.
    title = _stored()
    url = _stored()
    context = _stored()
    lead = _stored()  # the beginning of the text: the snippet when no word of the text matched
    fingerprint = _stored()
    spelling = Text(analyzer=SPELLING)

    class Meta:
        dynamic = "strict"


for _language in LANGUAGES:
    IndexedDocument._doc_type.mapping.field(f"title_{_language}", _text(_language))
    IndexedDocument._doc_type.mapping.field(f"text_{_language}", _text(_language))


def as_source(document):
    """The indexed form of a search.documents.SearchDocument."""
    language = document.language if document.language in LANGUAGES else "en"
    return {
        "key": document.key,
        "kind": document.kind,
        "language": document.language,
        "scope_language": document.scope_language,
        "countries": list(document.countries),
        "stages": list(document.stages),
        "readers": sorted(set(document.readers)),
        "date": document.date.isoformat() if document.date else None,
        "year": document.year,
        "boost": document.boost,
        "title": document.title,
        "url": document.url,
        "context": document.context,
        "lead": document.text[:LEAD_LENGTH],
        "fingerprint": document.fingerprint(),
        f"title_{language}": document.title,
        f"text_{language}": document.text,
    }
