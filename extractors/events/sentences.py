"""Sentence and clause splitting for the event coder.

A plain rule splitter (no model): news prose is regular enough, and the coder needs the
character offsets of every sentence to line places and numbers up with their triggers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that end with a full stop without ending the sentence ("Capt. Mohamed", "U.S. troops").
ABBREVIATIONS = frozenset(
    ("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "sgt", "maj", "brig", "adm", "gov",
     "sen", "rep", "st", "jr", "sr", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "approx", "dept", "mt", "ft",
     "inc", "ltd", "co", "corp")
)  # fmt: skip

# A capital after the full stop starts the next sentence; the capitals outside Latin-1 are those of
# Turkish, Romanian and Central European news ("İdlib'de ...", "Şehit ...", "Ștefan ...").
_BOUNDARY = re.compile(r"""(?<=[.!?])["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9À-ÖØ-ÞİŞĞȘȚŢĂÂÎŁŚŹŻČŘŠŽŐŰĆĐ])""")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article body with its place in the text."""

    text: str
    start: int  # offset in the article text
    end: int
    paragraph: int  # index of the paragraph (0 = lead)
    index: int  # index of the sentence in the article


def _ends_with_abbreviation(chunk: str) -> bool:
    word = re.search(r"(\S+)\.$", chunk.rstrip("\"'”’)"))
    if not word:
        return False
    token = word.group(1).lower().lstrip("(\"'“‘")
    # single capital letters ("J. Smith") and known abbreviations do not end sentences
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def split_sentences(text: str) -> list[Sentence]:
    """Split a cleaned body (paragraphs separated by blank lines) into sentences with offsets."""
    sentences: list[Sentence] = []
    for p_index, (p_start, paragraph) in enumerate(_paragraphs(text)):
        cuts = [0]
        for m in _BOUNDARY.finditer(paragraph):
            if not _ends_with_abbreviation(paragraph[cuts[-1] : m.start()]):
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


# Clause breaks: the scope of a modal word ("threatened to", "could") ends at one of these.
_CLAUSE_BREAK = re.compile(
    r"[;:—–]|,\s|\s\b(?:but|while|whereas|as|after|when|and|although|though|before|since)\b\s", re.I
)


def clause_start(sentence: str, position: int) -> int:
    """Offset (in `sentence`) where the clause holding `position` starts."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, position):
        if m.end() <= position:
            start = m.end()
    return start
