"""Snippets with the matched words marked, for the database engine (the search engine highlights itself)."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import STOP_WORDS, analyse_word, normalise, words

SNIPPET_LENGTH = 200
CONTEXT_BEFORE = 60


def matches(word, groups, language):
    if word.lower() in STOP_WORDS.get(language, ()):
        return False
    analysed = analyse_word(word, language)
    return bool(analysed) and any(analysed.startswith(term) for group in groups for term in group)


def snippet(text, groups, language, length=SNIPPET_LENGTH):
    """About `length` characters of `text` around its first word matching the query, HTML-escaped, the
    matched words in <mark>."""
    text = " ".join(normalise(text).split())
    found = words(text)
    first = next((start for start, _end, word in found if matches(word, groups, language)), None)
    begin = 0
    if first is not None and first > CONTEXT_BEFORE:
        begin = next((start for start, _end, _word in found if start >= first - CONTEXT_BEFORE), first)
    end = min(len(text), begin + length)
    if end < len(text):
        end = next((stop for _start, stop, _word in found if stop >= end), len(text))
    parts, position = [], begin
    for start, stop, word in found:
        if start < begin or stop > end:
            continue
        if matches(word, groups, language):
            parts.append(escape(text[position:start]))
            parts.append(f"<mark>{escape(word)}</mark>")
            position = stop
    parts.append(escape(text[position:end]))
    return mark_safe(("… " if begin else "") + "".join(parts).strip() + (" …" if end < len(text) else ""))
