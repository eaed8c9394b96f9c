"""Sentence and clause splitting for the event coder.

A plain rule splitter (no model): news prose is regular enough, and the coder needs the
character offsets of every sentence to line places and numbers up with their triggers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

# A capital (or a letter of a script without case: Arabic, Devanagari ...) or a digit after the
# full stop starts the next sentence.
# Pages scraped without the space ("...belirtti.Iraklı yetkililer"): a full stop between a lower-case
# letter and a capitalised word ends a sentence too (not "U.S.", whose letters are capitals).
_BOUNDARY = regex.compile(
    r"""(?<=[.!?\u0964\u061f])["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]?[\p{Lu}\p{Lt}\p{Lo}\p{N}])"""
    r"""|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}{2})"""
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article body with its place in the text."""

    text: str
    start: int  # offset in the article text
    end: int
    paragraph: int  # index of the paragraph (0 = lead)
    index: int  # index of the sentence in the article


def _ends_with_abbreviation(chunk: str, abbreviations: frozenset[str]) -> bool:
    word = re.search(r"(\S+)\.$", chunk.rstrip("\"'”’)"))
    if not word:
        return False
    token = word.group(1).lower().lstrip("(\"'“‘")
    # single letters ("J. Smith"), initialisms ("U.S.") and the pack's abbreviations do not end sentences
    return (
        token in abbreviations
        or (len(token) == 1 and token.isalpha())
        or bool(re.fullmatch(r"(?:\w\.)+\w", token))
    )


_ORDINAL = re.compile(r"(?:^|\s)\d{1,2}\.$")
_NEXT_WORD = regex.compile(r"[\p{L}\p{M}]+")


def _ordinal_date(chunk: str, rest: str, language: str | None) -> bool:
    """A day written as an ordinal before its month ("am 3. Oktober", "den 3. oktober") ends no sentence."""
    if not _ORDINAL.search(chunk):
        return False
    word = _NEXT_WORD.match(rest)
    return bool(word) and word.group().lower() in _month_names(language or "en")


@cache
def _month_names(language: str) -> frozenset[str]:
    """One-word month names of the language (the locale data `dates` reads), lower case."""
    from extractors.events.date_words import _words as date_words
    from extractors.events.reading import has_pack

    if not has_pack(language):
        return frozenset()
    return frozenset(seq[0].lower() for seq in date_words(language).months if len(seq) == 1)


def _abbreviations(language: str | None) -> frozenset[str]:
    from extractors.events.lexicon import load_pack

    pack = load_pack(language or "en")
    return (
        frozenset(str(a).lower().rstrip(".") for a in (pack.data.get("abbreviations") or []))
        if pack
        else frozenset()
    )


def split_sentences(text: str, language: str | None = None) -> list[Sentence]:
    """Split a cleaned body (paragraphs separated by blank lines) into sentences with offsets;
    the pack's `abbreviations` ("Gen.", "Mr.", "Jan.") end no sentence. Remembered for the last
    texts: the coder and the story evidence both split an article."""
    return list(_split_sentences(text, language))


@lru_cache(maxsize=64)
def _split_sentences(text: str, language: str | None) -> tuple[Sentence, ...]:
    return tuple(_sentences_of(text, language))


def _sentences_of(text: str, language: str | None) -> list[Sentence]:
    abbreviations = _abbreviations(language)
    sentences: list[Sentence] = []
    for p_index, (p_start, paragraph) in enumerate(_paragraphs(text)):
        cuts = [0]
        for m in _BOUNDARY.finditer(paragraph):
            chunk = paragraph[cuts[-1] : m.start()]
            if not _ends_with_abbreviation(chunk, abbreviations) and not _ordinal_date(
                chunk, paragraph[m.end() :], language
            ):
                cuts.append(m.end())
        cuts.append(len(paragraph))
        for a, b in zip(cuts, cuts[1:], strict=False):
            raw = paragraph[a:b]
            stripped = raw.strip()
            if not stripped:
                continue
            offset = p_start + a + (len(raw) - len(raw.lstrip()))
            sentences.append(Sentence(stripped, offset, offset + len(stripped), p_index, len(sentences)))
    return sentences


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        if m.group(0).strip():
            out.append((m.start(), m.group(0)))
    return out


_ELLIPSIS = regex.compile(r"(?:\.\.\.|\u2026)$")


def headline_of(title: str, text: str) -> str | None:
    """The article's headline, or None when its title is only the opening of its body's first
    paragraph: a feed or page without a headline of its own puts the body's first words (often cut
    mid-word) in the title's place, and reading them as a headline would read the lead twice, the
    second time cut. (A first paragraph that is the whole title is the headline repeated: kept.)"""
    words = " ".join(title.split())
    if not words:
        return None
    opening = _ELLIPSIS.sub("", words).rstrip()
    first = " ".join(text.lstrip().split("\n\n", 1)[0].split())
    if len(opening) >= 20 and len(first) > len(opening) and first.startswith(opening):
        return None
    return title.strip()
