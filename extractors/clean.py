"""Cleaning layer after trafilatura: boilerplate lines and blocks, the dateline, whitespace.

trafilatura finds the article container; what it keeps from inside that container still carries
clutter: "Read more: ..." teasers, follow-us and newsletter lines, related-headline boxes, photo
credits, comment counters, the headline repeated as the first line, a dateline glued to the first
sentence. `clean_text` removes that, line by line (a line is one paragraph, heading or list item of
trafilatura's text output), and keeps paragraph breaks.

Rules, by name (each removed line is reported with the rule that removed it):
- the line rules in `extractors/data/boilerplate.yaml` (teaser, related_heading, social,
  newsletter, comments, credits, page_furniture, cookie_banner, caption, paywall_notice);
- `related_block`: the headline-like lines listed under a related_heading line, and the list items
  right after a teaser line ("Related: X" then "- Y", "- Z");
- `title_repeat`: leading lines that repeat the headline (and a deck line right after it);
- `byline`: a leading "By Jane Doe" line;
- `date_stamp`: a line that is only a date and/or time, near the start or the end of the text;
- `nav_line`: a line of short items separated by | or bullets (menus, footers).
Lengths are in words as `extractors.scripts.word_units` counts them (characters converted to words
in scripts written without spaces), so the limits mean the same in Chinese, Thai or Spanish.
Repeated paragraphs are kept: measured, they are more often real (recipes, table headers,
repeated interview questions) than pull quotes.
The dateline ("SANAA, Yemen —", "KABUL (Reuters) -") is split off the first paragraph by
`split_dateline` and returned as its own field.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from extractors.scripts import ends_as_sentence, word_tokens, word_units

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u2060\ufeff]")
_LIST_MARK = re.compile(r"^[-*•·▪►»]\s+")
_NAV_SEPARATORS = re.compile(r"\s+[|•·]\s+|\s*\|\s*")
_TITLE_SEPARATORS = re.compile(r"\s+[|–—:-]\s+|\s+[|»·]\s*")
_YEAR = re.compile(r"(19|20)\d\d")
# A date-only line is a stamp within this many lines of the text's start or end; inside the text it
# is more likely a timeline's own heading ("March 3", then what happened that day), which is kept.
STAMP_EDGE_LINES = 4


@dataclass(frozen=True)
class RemovedLine:
    """One line `clean_text` dropped, and the name of the rule that dropped it."""

    rule: str
    line: str


@dataclass(frozen=True)
class CleanedText:
    text: str  # paragraphs separated by a blank line
    dateline: str = ""  # "SANAA, Yemen", "KABUL (Reuters)": split off the first paragraph
    removed_lines: tuple[RemovedLine, ...] = ()


@dataclass(frozen=True)
class _LineRule:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    max_words: int
    case_sensitive: bool = False

    def matches(self, line: str, lowered: str) -> bool:
        target = line if self.case_sensitive else lowered
        return any(p.search(target) for p in self.patterns)


@cache
def _line_rules() -> tuple[_LineRule, ...]:
    """The rules of extractors/data/boilerplate.yaml, compiled once per process."""
    raw = yaml.safe_load(resources.files("extractors").joinpath("data/boilerplate.yaml").read_text("utf-8"))
    rules = []
    for name, spec in raw.items():
        patterns = tuple(re.compile(p) for p in spec["patterns"])
        rules.append(
            _LineRule(name, patterns, int(spec.get("max_words", 60)), bool(spec.get("case_sensitive")))
        )
    return tuple(rules)


@dataclass(frozen=True)
class _Words:
    """The natural-language words of the structural rules (extractors/data/clean_words.yaml)."""

    byline_start: re.Pattern[str]
    byline_connectors: frozenset[str]
    glued_share_suffix: re.Pattern[str]
    place_name_particles: frozenset[str]
    not_a_place: frozenset[str]


@cache
def _words() -> _Words:
    raw = yaml.safe_load(resources.files("extractors").joinpath("data/clean_words.yaml").read_text("utf-8"))
    starts = "|".join(re.escape(w) for w in raw["byline_starts"].split())
    suffixes = "|".join(re.escape(w) for w in raw["glued_share_suffixes"])
    return _Words(
        byline_start=re.compile(rf"^({starts})\s+", re.I),
        byline_connectors=frozenset(raw["byline_connectors"].split()),
        glued_share_suffix=re.compile(rf"\s*({suffixes})\s*$", re.I),
        place_name_particles=frozenset(raw["place_name_particles"].split()),
        not_a_place=frozenset(raw["not_a_place"]),
    )


def _normalise_line(line: str) -> str:
    line = unicodedata.normalize("NFC", line)
    line = _SPACES.sub(" ", _ZERO_WIDTH.sub("", line)).strip()
    return _words().glued_share_suffix.sub("", line)


def _matching_rule(line: str, words: int) -> str | None:
    bare = _LIST_MARK.sub("", line)
    lowered = bare.lower()
    for rule in _line_rules():
        if words <= rule.max_words and rule.matches(bare, lowered):
            return rule.name
    return None


def is_headline_like(line: str) -> bool:
    """Short and not a sentence: the shape of a link to another story ("- " list marks allowed)."""
    return _is_headline_like(line, word_units(line))


def _is_headline_like(line: str, words: int) -> bool:
    """Short and not a sentence: the shape of a link to another story."""
    stripped = _LIST_MARK.sub("", line).rstrip()
    return (0 < words <= 20 and not ends_as_sentence(stripped)) or (stripped.endswith("]") and words <= 24)


@cache
def _calendar_words() -> tuple[frozenset[str], frozenset[str]]:
    """(calendar names, all stamp words) from extractors/data/boilerplate_calendar.yaml."""
    raw = yaml.safe_load(
        resources.files("extractors").joinpath("data/boilerplate_calendar.yaml").read_text("utf-8")
    )
    names = frozenset(raw["calendar_names"].split())
    return names, names | frozenset(raw["stamp_words"].split())


def _is_date_stamp(line: str, words: int) -> bool:
    """Only date/time words and numbers, with a month or weekday name or a year among them."""
    if words > 12 or not any(ch.isdigit() for ch in line):
        return False
    names, stamp_words = _calendar_words()
    tokens = word_tokens(line)
    if not all(tok.isdigit() or tok in stamp_words for tok in tokens):
        return False
    return any(tok in names or _YEAR.fullmatch(tok) for tok in tokens)


def _is_nav_line(line: str) -> bool:
    if line.startswith("|"):  # a table row as trafilatura renders tables
        return False
    parts = [p.strip() for p in _NAV_SEPARATORS.split(line) if p.strip()]
    return len(parts) >= 4 and all(word_units(p) <= 4 for p in parts)


def _headline_variants(title: str) -> list[list[str]]:
    """The title as given and its longest part once a " | Site name" style suffix is cut."""
    variants = [word_tokens(title)]
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) > 1:
        variants.append(word_tokens(max(parts, key=len)))
    return [v for v in variants if v]


def _drop_title_repeats(lines: list[str], title: str | None, removed: list[RemovedLine]) -> list[str]:
    if not title or not lines:
        return lines
    variants = _headline_variants(title)
    dropped = 0
    while lines and dropped < 2 and word_tokens(lines[0]) in variants:
        removed.append(RemovedLine("title_repeat", lines.pop(0)))
        dropped += 1
    # a deck (standfirst) printed right under the repeated headline: one short line, no full stop
    deck = lines[0] if dropped and len(lines) > 1 else ""
    if (
        deck
        and is_headline_like(deck)
        and word_units(deck) >= 4
        and not deck.rstrip().endswith(("?", "!", "]"))
    ):
        removed.append(RemovedLine("title_repeat", lines.pop(0)))
    return lines


def _is_byline(line: str) -> bool:
    """ "By Jane Doe", "By Jane Doe and Sam Poe, Reuters": the names capitalised, nothing else."""
    start = _words().byline_start.match(line)
    if not start or word_units(line) > 9:
        return False
    names = line[start.end() :].replace(",", " ").split()
    return bool(names) and all(w[:1].isupper() or w in _words().byline_connectors for w in names)


def _drop_leading_byline(lines: list[str], removed: list[RemovedLine]) -> list[str]:
    for i in range(min(3, len(lines))):
        if _is_byline(lines[i]):
            removed.append(RemovedLine("byline", lines.pop(i)))
            break
    return lines


def _drop_boilerplate(lines: list[str], removed: list[RemovedLine]) -> list[str]:
    kept: list[str] = []
    related_block = ""  # the rule that opened a block of links to other stories, if any
    for position, line in enumerate(lines):
        at_edge = position < STAMP_EDGE_LINES or position >= len(lines) - STAMP_EDGE_LINES
        words = word_units(line)
        if related_block:
            # under a related heading any headline-like line; after a teaser line only list items
            listed = related_block == "related_heading" or _LIST_MARK.match(line)
            if listed and _is_headline_like(line, words) and not _matching_rule(line, words):
                removed.append(RemovedLine("related_block", line))
                continue
            related_block = ""
        rule = _matching_rule(line, words)
        if rule is None and at_edge and _is_date_stamp(line, words):
            rule = "date_stamp"
        if rule is None and _is_nav_line(line):
            rule = "nav_line"
        if rule is not None:
            removed.append(RemovedLine(rule, line))
            related_block = rule if rule in ("related_heading", "teaser") else ""
            continue
        kept.append(line)
    return kept


_DATELINE = re.compile(
    r"""^(?P<dateline>
        (?P<place>[^\W\d_][\w'’.\- ]{0,30}?)               # city
        (?P<region>(?:,\s*[^\W\d_][\w'’.\- ]{0,30}?){0,2})  # , region / country
        (?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?   # , March 3
        (?:\s*\((?P<agency>[A-Za-z][\w .&/-]{1,30})\))?      # (Reuters)
    )\s*(?P<dash>[—–]|--?)\s*(?P<rest>\S.*)$""",
    re.X | re.S,
)


def split_dateline(first_paragraph: str) -> tuple[str, str]:
    """("SANAA, Yemen", "Houthi rebels said ...") for "SANAA, Yemen — Houthi rebels said ...".

    A dateline is a place (in capitals as wire services print it, or in title case when followed by
    a region or an agency) with an optional date and "(Agency)", then a dash. The dash is not part
    of the returned dateline. Returns ("", first_paragraph) when there is none.
    """
    text = first_paragraph.strip()
    match = _DATELINE.match(text)
    if not match:
        return "", first_paragraph
    place, region, agency, dash = (match.group(g) or "" for g in ("place", "region", "agency", "dash"))
    place = place.strip()
    if place.casefold() in _words().not_a_place or len(match.group("dateline").split()) > 9:
        return "", first_paragraph
    letters = [c for c in place if c.isalpha()]
    in_capitals = len(letters) >= 2 and all(c.isupper() for c in letters)
    title_case = all(
        w[:1].isupper() or w in _words().place_name_particles
        for w in (place + region).replace(",", " ").split()
    )
    if not (in_capitals or (title_case and (agency or (region and dash in "—–")))):
        return "", first_paragraph
    return match.group("dateline").strip(), match.group("rest").strip()


def _join_paragraphs(lines: list[str]) -> str:
    """Paragraphs separated by a blank line; consecutive list items stay on adjacent lines."""
    out: list[str] = []
    for line in lines:
        if out and _LIST_MARK.match(line) and _LIST_MARK.match(out[-1].rsplit("\n", 1)[-1]):
            out[-1] += "\n" + line
        else:
            out.append(line)
    return "\n\n".join(out)


def clean_text(text: str, language: str | None = None, *, title: str | None = None) -> CleanedText:
    """Remove boilerplate lines and blocks from extracted article text; split off the dateline.

    Every rule runs for every language and script: lengths are counted by
    `extractors.scripts.word_units`, from the text itself; `language` (ISO 639-1, the page's or the
    feed's) is accepted for callers and changes nothing. `title`, when given, lets the
    headline repeated at the top of the body be removed.
    """
    lines = [n for n in (_normalise_line(line) for line in (text or "").splitlines()) if n]
    removed: list[RemovedLine] = []
    lines = _drop_title_repeats(lines, title, removed)
    lines = _drop_leading_byline(lines, removed)
    lines = _drop_boilerplate(lines, removed)
    dateline = ""
    if lines:
        dateline, rest = split_dateline(lines[0])
        if dateline:
            lines[0] = rest
    return CleanedText(_join_paragraphs(lines), dateline, tuple(removed))
