"""Text size in every script: `word_units` counts words where words are separated by spaces and
converts characters to words where they are not (Chinese, Japanese, Thai, Lao, Khmer, Myanmar).

Every length rule of the cleaning layer and of the page-kind rules is written in words; counting
with `word_units` keeps "a headline has at most 20 words" or "an article has at least 150 words"
true for a page in Japanese or Thai, where splitting on spaces finds one "word" a paragraph.
The scripts, their average word length and the sentence punctuation of each script are data
(`extractors/data/scripts.yaml`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex
import yaml

# a space-separated token without a letter or digit ("|", "—", "•"): not a word
_NOT_A_WORD = re.compile(r"(?<!\S)[^\s\w]+(?!\S)")


@dataclass(frozen=True)
class _Scripts:
    unspaced: re.Pattern[str]  # a run of characters of the unspaced scripts
    ranges: tuple[tuple[int, int, float], ...]  # (first, last code point, characters a word)
    sentence_punctuation: tuple[str, ...]
    token: regex.Pattern[str]  # a word token: one unspaced-script character, or a run of letters,
    # marks and digits of other scripts (marks included: Devanagari vowel signs are not \w in re)


def _char_class(ranges: list[tuple[int, int]]) -> str:
    return "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)


@cache
def _scripts() -> _Scripts:
    raw = yaml.safe_load(resources.files("extractors").joinpath("data/scripts.yaml").read_text("utf-8"))
    ranges: list[tuple[int, int, float]] = []
    for spec in raw["unspaced"].values():
        for span in spec["ranges"]:
            lo, hi = (int(part, 16) for part in str(span).split("-"))
            ranges.append((lo, hi, float(spec["chars_per_word"])))
    char_class = _char_class([(lo, hi) for lo, hi, _ in ranges])
    return _Scripts(
        unspaced=re.compile(f"[{char_class}]+"),
        ranges=tuple(ranges),
        sentence_punctuation=tuple(raw["sentence_punctuation"].split()),
        token=regex.compile(f"[{char_class}]|(?:(?![{char_class}])[\\p{{L}}\\p{{M}}\\p{{N}}_])+"),
    )


def _chars_per_word(char: str) -> float:
    code = ord(char)
    for lo, hi, per_word in _scripts().ranges:
        if lo <= code <= hi:
            return per_word
    return 1.0


def word_units(text: str) -> int:
    """Words of `text`: space-separated words, plus runs of unspaced scripts at their average word
    length (a 34-character Chinese sentence counts 20 words). Rounded up, so any text counts >= 1."""
    scripts = _scripts()
    units = 0.0
    rest = text
    if not text.isascii():
        runs = scripts.unspaced.findall(text)
        if runs:
            units = sum(len(run) / _chars_per_word(run[0]) for run in runs)
            rest = scripts.unspaced.sub(" ", text)
    return math.ceil(units) + len(rest.split()) - len(_NOT_A_WORD.findall(rest))


def ends_as_sentence(line: str) -> bool:
    """Whether `line` ends with a sentence's punctuation, in any script ("." "。" "।" "،" ...)."""
    return line.rstrip().endswith(_scripts().sentence_punctuation)


def word_tokens(text: str) -> list[str]:
    """Case-folded word tokens; each character of an unspaced script is a token of its own, so
    "2024年3月5日" gives "2024", "年", "3", "月", "5", "日"."""
    return _scripts().token.findall(text.casefold())
