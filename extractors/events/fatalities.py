"""Fatality counts: the deaths a sentence reports, in digits or words, by ACLED conventions.

"at least 22" -> 22, "more than 40" -> 40, "thirty-four" -> 34, "dozens" -> 12, "scores" -> 20,
"hundreds" -> 100, "several" -> 3. Injured, missing and displaced people are not dead. A death
toll that "rose to" / "stands at" a figure is that figure, and so is "the number of soldiers killed
... has risen to 14" (`_RISEN_TO`); "killed 45 pupils along with five teachers" counts 50.
A figure an article gives as the earlier count ("the toll earlier stood at nine", "up from nine",
"an initial toll of 9") is marked `superseded` (`_EARLIER_BEFORE`, `_EARLIER_AFTER`): the coder
counts it only when the article gives no other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from extractors.events.taxonomy import COMMA_BELOW

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# ACLED conventions for vague quantities (GUIDE.md).
VAGUE = {
    "a dozen": 12, "dozen": 12, "dozens": 12, "scores": 20, "hundreds": 100, "several": 3, "a few": 3,
    "a handful": 3, "thousands": 1000, "several dozen": 24, "a couple of": 2, "multiple": 3, "a number of": 3,
}  # fmt: skip

_UNIT = "|".join(UNITS)
_TEN = "|".join(TENS)
_WORD_NUMBER = (
    rf"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and)?\s+)?"
    rf"(?:(?:{_TEN})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|{_UNIT})"
    rf"|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred"
)
_VAGUE = "|".join(sorted((re.escape(k) for k in VAGUE), key=len, reverse=True))
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_VAGUE}|{_WORD_NUMBER})"
QUALIFIER = (
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|as\s+many\s+as|"
    r"an\s+estimated|approximately|roughly|close\s+to|no\s+fewer\s+than|a\s+further|another)\s+)?"
)
NUMBER_PHRASE = re.compile(
    rf"\b{QUALIFIER}({NUMBER})\b(?!\s*(?:%|percent|km|kilomet|miles|metres|meters|years? old|-year))", re.I
)

# Words saying a person died (after the number) or killed (before it).
_DIED = (
    r"killed|dead|died|slain|perished|massacred|slaughtered|lost\s+their\s+lives|shot\s+dead|murdered|"
    r"executed|beheaded|martyred|fatalities|deaths|bodies|lifeless|burned\s+to\s+death|hacked\s+to\s+death"
)
_KILLING = (
    r"kill(?:ed|ing|s)?|killing\s+of|deaths\s+of|massacred|slaughtered|executed|murdered|martyred|buried|"
    r"shot\s+dead|shot\s+and\s+killed|gunned\s+down|beheaded|hacked\s+to\s+death|"
    r"bodies\s+of|corpses\s+of|claim(?:ed|ing|s)?\s+the\s+lives\s+of"
)
_NOT_DEAD = re.compile(
    r"\b(?:injur\w*|wound\w*|hurt|displaced|missing|arrested|detained|abducted|kidnapped|rescued|"
    r"evacuated|survived|treated|hospitali[sz]ed)\b",
    re.I,
)
_TOLL = re.compile(
    r"\b(?:(?:death|casualty|fatality)\s+toll|toll|number\s+of\s+(?:dead|deaths|people\s+killed|fatalities|victims)|"
    r"the\s+number(?!\s+of\s+(?:the\s+)?(?:injur|wound|hurt|displac|refugee|arrest|missing|people\s+(?:injur|wound))))\b[^.;]{0,40}?\b(?:(?:had|has|have)\s+)?(?:risen|rose|climbed|increased|jumped|reached|hit|"
    r"stood|stands|is|was|to|at|of)\s+(?:to\s+|at\s+)?"
    + rf"{QUALIFIER}({NUMBER})\b(?!\s+(?:injur|wound|hurt))",
    re.I,
)
_PERSON = (
    r"civilian|soldier|man|woman|child|boy|girl|person|policeman|police\s+officer|officer|fighter|"
    r"militant|journalist|farmer|student|worker|teacher|doctor|nurse|guard|pupil|villager|resident"
)
_SINGLE_PASSIVE = re.compile(
    rf"\b(?:a|an|one)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_PERSON})\s+(?:was|has\s+been|had\s+been|is)\s+"
    r"(?:reportedly\s+|also\s+)?(?:killed|shot\s+dead|murdered|slain)",
    re.I,
)
_SINGLE_ACTIVE = re.compile(
    r"\b(?:killing|killed|kills)\s+(?:a|an|one)\s+(?!(?:number|lot|total|few|dozen|handful|couple|score)\b)"
    r"(?:[a-z-]+\s+){0,2}?[a-z-]+(?=\s+(?:and|in|on|at|near|while|during|when|who|as|after)\b|\s*[,.;]|$)",
    re.I,
)
_ADDITIVE = re.compile(
    rf"^\W*(?:along\s+with|as\s+well\s+as|together\s+with|plus)\s+{QUALIFIER}({NUMBER})\b", re.I
)

_CONJOINED = re.compile(r"\s+(?:[a-z.-]+\s+){0,3}?(?:[a-z.-]+(?:,\s+|,?\s+and\s+))|,\s+|,?\s+and\s+", re.I)
_RANGE_OR_AGE = re.compile(
    r"\b(?:between|aged|ages?|from)\s+$|\b(?:between|aged|ages)\s+\S+\s+(?:and|to)\s+$", re.I
)


# "The number of soldiers killed when ... has risen to 14": a toll whose subject is far from its verb.
_RISEN_TO = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:risen|rose|climbed|increased|jumped|grown|grew|mounted|reached)\s+(?:to\s+)?"
    + rf"{QUALIFIER}({NUMBER})\b(?!\s+(?:injur|wound|hurt|%|percent))",
    re.I,
)
_TOLL_SUBJECT = re.compile(
    rf"\b(?:toll|number\s+of\b(?:(?!\b(?:injur|wound|hurt|displac|arrest|missing)\w*)[^.;]){{0,160}}?\b(?:{_DIED}))\b",
    re.I,
)
# An earlier count that a later one replaces: said before the figure ("the toll earlier stood at",
# "up from", "an initial toll of") or right after it ("nine, the earlier figure", "9 initially reported").
_EARLIER_BEFORE = re.compile(
    r"(?:\b(?:earlier|previous|initial|preliminary|first|original|provisional|old)\s+(?:death\s+|casualty\s+)?"
    r"(?:tolls?|figures?|counts?|tall(?:y|ies)|reports?|estimates?|numbers?)\b"
    r"|\b(?:tolls?|figures?|counts?|tally|number)\b[^.;]{0,25}?\b(?:earlier|previously|initially|originally|at\s+first)\b"
    r"|\b(?:earlier|previously|initially|originally)\s+(?:stood|put|given|reported|said|estimated)\b"
    r"|\b(?:up|down|revised\s+(?:up|down)?\s*)\s*from\b"
    r"|\bfrom\s+an?\s+(?:earlier|initial|previous)\b)[^.;]{0,40}$",
    re.I,
)
_EARLIER_AFTER = re.compile(
    r"^[^.;]{0,30}?\b(?:(?:were|was|had\s+been)\s+)?(?:initially|previously|earlier|originally|first)\s+"
    r"(?:reported|said|given|put|announced|counted)\b",
    re.I,
)


@dataclass(frozen=True)
class DeathFigure:
    value: int
    start: int
    end: int
    kind: str  # toll | killed
    superseded: bool = False  # an earlier count the article replaces with a later one


def parse_number(text: str) -> int | None:
    """The value of a number phrase: "34", "1,200", "thirty-four", "two hundred", "dozens"."""
    s = re.sub(r"\s+", " ", text.strip().lower())
    s = re.sub(rf"^{QUALIFIER}", "", s).strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", s):
        return int(s.replace(",", ""))
    if s in VAGUE:
        return VAGUE[s]
    if s in ("a", "an"):
        return 1
    total = 0
    m = re.match(r"(a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and)?\s*", s)
    if m:
        total += (1 if m.group(1) == "a" else UNITS[m.group(1)]) * 100
        s = s[m.end() :]
    if not s:
        return total or None
    parts = re.split(r"[\s-]+", s)
    if parts[0] in TENS:
        total += TENS[parts[0]] + (UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
        return total
    if parts[0] in UNITS and len(parts) == 1:
        return total + UNITS[parts[0]]
    return None


def death_figures(sentence: str) -> list[DeathFigure]:
    """Every number of dead a sentence states, with where it stands."""
    out: list[DeathFigure] = []
    for m in _TOLL.finditer(sentence):
        value = parse_number(m.group(1))
        if value:
            out.append(DeathFigure(value, m.start(1), m.end(1), "toll"))
    for m in _RISEN_TO.finditer(sentence):
        value = parse_number(m.group(1))
        if (
            value
            and not any(f.start <= m.start(1) < f.end for f in out)
            and _TOLL_SUBJECT.search(sentence[max(0, m.start() - 250) : m.start()])
        ):
            out.append(DeathFigure(value, m.start(1), m.end(1), "toll"))
    numbers = [m for m in NUMBER_PHRASE.finditer(sentence) if not _in_range_or_age(sentence, m)]
    carried = 0  # "two children and three women were killed": the first group joins the second
    for i, m in enumerate(numbers):
        if any(f.start <= m.start(1) < f.end for f in out):
            continue
        value = parse_number(m.group(0))
        if not value:
            carried = 0
            continue
        value, carried = value + carried, 0
        conjoined_next = (
            i + 1 < len(numbers)
            and bool(_CONJOINED.fullmatch(sentence[m.end() : numbers[i + 1].start()]))
            and not re.search(
                rf"\b(?:{_DIED})\b|{_NOT_DEAD.pattern}", sentence[m.end() : numbers[i + 1].start()], re.I
            )
        )
        if _preceded_by_killing(sentence, m):
            # "killing 11 marines, one soldier and dozens of civilians": the whole list counts
            end, j = m.end(1), i
            while j + 1 < len(numbers) and _joins_list(sentence, numbers[j], numbers[j + 1]):
                j += 1
                value += parse_number(numbers[j].group(0)) or 0
                end = numbers[j].end(1)
            if j > i:
                out.append(DeathFigure(value, m.start(1), end, "killed"))
                continue
        elif conjoined_next:
            carried = value
            continue
        elif not _followed_by_death(sentence, m, numbers[i + 1 :]):
            continue
        extra = _ADDITIVE.match(sentence[_death_word_end(sentence, m.end()) :])
        if extra:
            value += parse_number(extra.group(1)) or 0
        out.append(DeathFigure(value, m.start(1), m.end(1), "killed"))
    for pattern in (_SINGLE_PASSIVE, _SINGLE_ACTIVE):
        for m in pattern.finditer(sentence):
            if not any(f.start <= m.start() < f.end + 40 for f in out):
                out.append(DeathFigure(1, m.start(), m.end(), "killed"))
    return sorted((_mark_superseded(sentence, f) for f in out), key=lambda f: f.start)


def _mark_superseded(sentence: str, f: DeathFigure) -> DeathFigure:
    """The figure marked when the words around it give it as an earlier count."""
    before = sentence[max(0, f.start - 80) : f.start]
    before = re.split(r"[;:]|,\s+(?:but|and|while)\s", before)[-1]
    if _EARLIER_BEFORE.search(before) or _EARLIER_AFTER.match(sentence[f.end : f.end + 60]):
        return DeathFigure(f.value, f.start, f.end, f.kind, superseded=True)
    return f


def sentence_fatalities(sentence: str) -> int | None:
    """The deaths one sentence reports: a stated toll first, else the largest figure; None if none."""
    figures = death_figures(sentence)
    if not figures:
        return None
    tolls = [f.value for f in figures if f.kind == "toll"]
    return max(tolls) if tolls else max(f.value for f in figures)


def _joins_list(sentence: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Is b the next group of the same list of dead as a ("11 marines, one soldier and ...")?
    Not when b is a subset ("3 of them", "including 2 children") or the injured."""
    gap = sentence[a.end() : b.start()]
    if (
        not _CONJOINED.fullmatch(gap)
        or _NOT_DEAD.search(gap)
        or re.search(r"\bincluding\b|\bamong\b", gap, re.I)
    ):
        return False
    return not re.match(r"\s+of\s+(?:them|whom|those|the\s+dead|the\s+victims)\b", sentence[b.end() :], re.I)


def _in_range_or_age(sentence: str, m: re.Match[str]) -> bool:
    """ "between 6 and 14 years old", "aged 12": ages, not counts of people."""
    return bool(_RANGE_OR_AGE.search(sentence[max(0, m.start() - 30) : m.start()]))


def _followed_by_death(sentence: str, m: re.Match[str], later: list[re.Match[str]]) -> bool:
    window = sentence[m.end() : m.end() + 90]
    death = re.search(rf"\b(?:{_DIED})\b", window, re.I)
    if not death:
        return False
    between = window[: death.start()]
    if len(between.split()) > 8 or re.search(r"[;:]", between) or _NOT_DEAD.search(between):
        return False
    # another number in between owns the death word ("40 fighters and 3 civilians were killed")
    return not any(n.start() < m.end() + death.start() for n in later)


def _preceded_by_killing(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[max(0, m.start() - 40) : m.start()]
    return bool(re.search(rf"\b(?:{_KILLING})\s+(?:(?:the|an|a|estimated)\s+)?$", before, re.I))


def _death_word_end(sentence: str, position: int) -> int:
    """End of the death word that follows a figure (where an "along with N" would start)."""
    death = re.search(rf"\b(?:{_DIED})\b", sentence[position : position + 90], re.I)
    if not death:
        # "killing 45 pupils along with ...": skip the noun phrase after the number
        noun = re.match(r"(?:\s+[A-Za-z'-]+){0,3}", sentence[position:])
        return position + (noun.end() if noun else 0)
    return position + death.end()


@cache
def _foreign_number_words() -> dict[str, dict[str, int]]:
    """Per language: the small numbers written as words ("fire" = 4 in Norwegian), from triggers.yaml."""
    raw = resources.files("extractors").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    words = yaml.safe_load(raw).get("number_words") or {}
    return {
        str(lang): {w.translate(COMMA_BELOW).lower(): i + 2 for i, w in enumerate(row.split()) if w != "-"}
        for lang, row in words.items()
    }


@cache
def _foreign_death_patterns() -> dict[str, re.Pattern[str]]:
    raw = resources.files("extractors").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    wounded = {str(k): v for k, v in (data.get("wounded_words") or {}).items()}
    out = {}
    for lang, alternation in data.get("death_words", {}).items():
        alternation = alternation.translate(COMMA_BELOW)
        words = sorted(_foreign_number_words().get(str(lang), {}), key=len, reverse=True)
        word_number = "|".join(re.escape(w) for w in words) or "(?!x)x"
        number = rf"(\d{{1,3}}(?:[.,\s]\d{{3}})+|\d+|(?:{word_number})(?!\w))"
        # the words between a number and the death word: never another number nor a word for
        # wounded ("12 såret og 3 drept": 3 dead, not 12)
        stop = wounded.get(str(lang), "(?!x)x").translate(COMMA_BELOW)
        filler = rf"\s+(?!\d)(?!(?:{stop}|{word_number})(?!\w))[^\s.;]+"
        out[str(lang)] = re.compile(
            rf"(?<![\w.,]){number}(?![\w.,]\d)(?:{filler}){{0,6}}?\s+(?:{alternation})(?!\w)"
            rf"|(?<!\w)(?:{alternation})(?:{filler}){{0,3}}?\s+{number}(?![\w.,]\d)"
            # "uciși și alți 15 răniți": a number the wounded word follows is not the dead
            rf"(?!(?:\s+[^\s.;]+){{0,3}}?\s+(?:{stop})(?!\w))",
            re.I,
        )
    return out


def foreign_death_figures(sentence: str, language: str | None) -> list[DeathFigure]:
    """Deaths in a language without the English rules: a number (digits, or one of that language's
    small number words) next to that language's death words."""
    lang = (language or "")[:2].lower()
    pattern = _foreign_death_patterns().get(lang)
    if pattern is None:
        return []
    out = []
    sentence = sentence.translate(COMMA_BELOW)
    words = _foreign_number_words().get(lang, {})
    for m in pattern.finditer(sentence):
        group = 1 if m.group(1) else 2
        raw = m.group(group)
        digits = re.sub(r"\D", "", raw)
        value = int(digits) if digits else words.get(raw.lower(), 0)
        if 0 < value < 1000:
            out.append(DeathFigure(value, m.start(group), m.end(group), "killed"))
    return out
