"""The words and small readings of dates (the base of `dates.py`): month and weekday keys, the
language's date words from dateparser's locale data and the pack's `relative_dates` (`_words`,
`_Words`; also read by `sentences` and `place_cues`), `DateExpression`; a weekday back from the
publication day (`_weekday_back`), a day-month in the past (`_in_past`, UPCOMING_DAYS); weekday
compounds (`_compound_weekday`, COMPOUND_NAME_LETTERS), a named day (`_named_day`), "the night of
X to Y" (`_overnight_at`), a month after a day number (`add_month`), a month's name inside a
place's name (`_in_place_name`), a date word that is also a word of another class (`_ambiguous`),
a month's name inside a longer phrase of a connector or a count (MONTH_IN_ANOTHER_PHRASE,
`_in_another_phrase`: ro "mai târziu", later; "mai mult de", more than).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

import regex

from extractors.events.language_pack import LanguagePack
from extractors.events.pack_phrases import fold
from extractors.events.pack_time_asides import locale_info
from extractors.events.reading import Reading

MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)  # fmt: skip  (dateparser's locale keys)
SATURDAY = 5
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UPCOMING_DAYS = 90  # a yearless date up to this far after publication is ahead ("an August 31 deadline")
AMBIGUOUS_WITH = ("triggers", "generic_violence", "modality", "outcomes", "actors", "reporting_verbs")
NOT_A_DAY = "none"  # a `weekday_names` form mapped to it is no weekday's, whatever the locale data lists
MIN_NAME_LETTERS = 4  # shorter abbreviations ("lu", "mar") are common words: only full names count
_ISO = regex.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_NUMERIC = regex.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)(?!\d)")
_APOSTROPHE = regex.compile(r"['\u2019]")
_RELATIVE = regex.compile(r"^(\d+) (day|week|month|year) ago$")


@dataclass(frozen=True)
class DateExpression:
    text: str
    start: int  # character offsets in the sentence
    end: int
    value: date
    precision: str  # day | week | month
    first: int = 0  # token indexes [first, last)
    last: int = 0
    weekday: int | None = None  # the weekday named with a calendar date ("Thursday, 5 June"): 0 Monday


@dataclass(frozen=True)
class _Words:
    months: dict[tuple[str, ...], int]  # folded token sequence -> month number
    weekdays: dict[tuple[str, ...], int]  # -> 0 Monday .. 6 Sunday
    relative: dict[tuple[str, ...], tuple[int, str]]  # -> (days back, precision)
    ago: frozenset[tuple[str, ...]]
    units: dict[str, tuple[int, str]]  # folded unit word -> (days, precision)
    overnight: tuple[tuple[str, ...], ...]  # templates with "{a}" / "{b}" slots
    weekend: frozenset[tuple[str, ...]] = frozenset()  # "the weekend", "le week-end", "fin de semana"
    this_week: frozenset[tuple[str, ...]] = frozenset()  # "earlier this week", "cette semaine"
    months_by_first: dict = field(init=False, repr=False, compare=False)
    weekdays_by_first: dict = field(init=False, repr=False, compare=False)
    relative_by_first: dict = field(init=False, repr=False, compare=False)
    weekend_by_first: dict = field(init=False, repr=False, compare=False)
    this_week_by_first: dict = field(init=False, repr=False, compare=False)
    ago_by_first: dict = field(init=False, repr=False, compare=False)
    compound_names: tuple = field(init=False, repr=False, compare=False)
    # every word that opens one of the lists above: `dates_in` asks the lists only at such a token
    openers: frozenset = field(init=False, repr=False, compare=False)
    compound_starts: tuple = field(init=False, repr=False, compare=False)  # the names of compound_names

    def __post_init__(self) -> None:
        # each word list indexed by its first word: a token is compared only with the lists it opens
        for name in ("months", "weekdays", "relative", "ago", "weekend", "this_week"):
            object.__setattr__(self, f"{name}_by_first", _by_first(getattr(self, name)))
        compounds = tuple(
            (seq[0], seq) for seq in self.weekdays if len(seq) == 1 and len(seq[0]) >= COMPOUND_NAME_LETTERS
        )
        object.__setattr__(self, "compound_names", compounds)
        object.__setattr__(self, "compound_starts", tuple(name for name, _ in compounds))
        lists = ("months", "weekdays", "relative", "ago", "weekend", "this_week")
        object.__setattr__(
            self, "openers", frozenset(k for n in lists for k in getattr(self, f"{n}_by_first"))
        )


def _by_first(seqs) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in seqs:
        out.setdefault(seq[0], []).append(seq)
    return {k: tuple(v) for k, v in out.items()}


def _dateparser_info(pack: LanguagePack) -> dict:
    return locale_info(pack)


def _seq(pack: LanguagePack, phrase: str) -> tuple[str, ...]:
    return tuple(t.folded for t in pack.tokens(phrase))


def _last_month_phrases(pack: LanguagePack, info: dict, rd: dict) -> list[tuple[str, ...]]:
    """LAST_MONTH_WORDS (round 18 prec): the locale's own "last month" phrases ("letzten Monat", "el
    mes pasado") written with each of the pack's other `relative_dates.previous` words in the place of
    theirs ("vergangenen Monat", "vorigen Monat", "el mes anterior"): the locale data lists one word
    for "last" where a newsroom writes several, and a month-old act told so is one the report recalls
    (RECALLED_MONTH)."""
    previous = [str(p) for p in rd.get("previous") or [] if len(_seq(pack, str(p))) == 1]
    folded = {_seq(pack, p)[0] for p in previous}
    out = []
    for phrase in (info.get("relative-type") or {}).get("1 month ago", []):
        words = _seq(pack, str(phrase))
        for k, w in enumerate(words):
            if w in folded:
                out += [(*words[:k], _seq(pack, p)[0], *words[k + 1 :]) for p in previous]
    return out


@cache
def _words(code: str) -> _Words:
    from extractors.events.reading import pack_for

    pack = pack_for(code)
    info = _dateparser_info(pack)

    def names(keys: tuple[str, ...]) -> dict[tuple[str, ...], int]:
        out: dict[tuple[str, ...], int] = {}
        for n, key in enumerate(keys):
            forms = [str(f) for f in info.get(key, [])]
            longest = max(forms, key=len, default="")
            for form in forms:
                letters = sum(c.isalpha() for c in form)
                if form == longest or letters >= MIN_NAME_LETTERS:
                    seq = _seq(pack, form)
                    if seq:
                        out[seq] = n + (1 if keys is MONTH_KEYS else 0)
        return out

    relative: dict[tuple[str, ...], tuple[int, str]] = {}
    for expression, phrases in (info.get("relative-type") or {}).items():
        m = _RELATIVE.match(expression)
        if not m or m.group(2) == "year":
            continue
        n, unit = int(m.group(1)), m.group(2)
        days = {"day": 1, "week": 7, "month": 30}[unit] * n
        for phrase in phrases:
            if _seq(pack, phrase):
                relative[_seq(pack, phrase)] = (days, unit)
    rd = pack.data.get("relative_dates") or {}
    for seq in _last_month_phrases(pack, info, rd):  # LAST_MONTH_WORDS
        relative.setdefault(seq, (30, "month"))
    for key, (days, precision) in {"today": (0, "day"), "this_morning": (0, "day"), "tonight": (0, "day"),
                                   "yesterday": (1, "day"), "last_night": (1, "day"),
                                   "day_before_yesterday": (2, "day"), "last_week": (7, "week")}.items():  # fmt: skip
        for phrase in rd.get(key) or []:
            if _seq(pack, phrase):
                relative[_seq(pack, phrase)] = (days, precision)
    # a unit word is keyed as the reading folds its token ("أيام" is read "ايام"), and the plain fold
    units: dict[str, tuple[int, str]] = {}

    def add_unit(form: str, value: tuple[int, str]) -> None:
        units[fold(form)] = value
        seq = _seq(pack, form)
        if len(seq) == 1:
            units[seq[0]] = value

    for unit, days in (("day", 1), ("week", 7), ("month", 30), ("year", 365)):
        for form in info.get(unit, []):
            if sum(c.isalpha() for c in str(form)) >= 3:
                add_unit(str(form), (days, "day" if unit == "day" else ("month" if unit == "year" else unit)))
    span = {"day": (1, "day"), "week": (7, "week"), "month": (30, "month")}
    for form, unit in (rd.get("units") or {}).items():  # the pack's words the locale data lacks
        if str(unit) in span:
            add_unit(str(form), span[str(unit)])
    ago = frozenset(
        _seq(pack, str(a)) for a in [*info.get("ago", []), *(rd.get("ago") or [])] if _seq(pack, str(a))
    )
    overnight = tuple(tuple(w.lower() if w in ("{a}", "{b}") else fold(w) for w in t.split())
                      for t in rd.get("overnight_between") or [])  # fmt: skip
    weekdays = names(WEEKDAY_KEYS)
    for form, day in (rd.get("weekday_names") or {}).items():  # inflected forms: "vinerea", "субботы"
        if str(day) in WEEKDAY_KEYS and _seq(pack, str(form)):
            weekdays[_seq(pack, str(form))] = WEEKDAY_KEYS.index(str(day))
        elif str(day) == NOT_A_DAY:
            weekdays.pop(_seq(pack, str(form)), None)  # NOT_A_DAY: uk "серед" (among), no Wednesday
    weekend = frozenset(_seq(pack, str(w)) for w in rd.get("weekend") or [] if _seq(pack, str(w)))
    this_week = frozenset(_seq(pack, str(w)) for w in rd.get("this_week") or [] if _seq(pack, str(w)))
    months = names(MONTH_KEYS)
    for form, month in (rd.get("month_names") or {}).items():  # "آذار", "آذار/مارس" (both names, one month)
        if str(month) in MONTH_KEYS and _seq(pack, str(form)):
            months[_seq(pack, str(form))] = MONTH_KEYS.index(str(month)) + 1
    return _Words(months, weekdays, relative, ago, units, overnight, weekend, this_week)


def _match_seq(folded: list[str], i: int, by_first: dict) -> tuple[tuple[str, ...], int] | None:
    """The longest sequence of a word list (`_by_first` index) starting at token i, with the index after it."""
    if i >= len(folded):
        return None
    best = None
    for seq in by_first.get(folded[i], ()):
        n = len(seq)
        if tuple(folded[i : i + n]) == seq and (best is None or n > len(best)):
            best = seq
    return (best, i + len(best)) if best else None


def _weekday_back(published: date, weekday: int) -> int:
    back = (published.weekday() - weekday) % 7
    return -1 if back == 6 else back  # the day after publication: a report filed late the evening before


def _in_past(day: int, month: int, year: int | None, published: date) -> date | None:
    """A day and month: that year's; without a year this year's, or last year's when this year's
    lies long after publication; when it lies just ahead (a deadline, a planned summit "on 5 March"),
    that day ahead: still a date (its words are no trigger), never an event's day (the coder dates
    no event after publication)."""
    if year:
        return date(year, month, day)
    value = date(published.year, month, day)
    if value > published + timedelta(days=UPCOMING_DAYS):
        value = date(published.year - 1, month, day)
    return value


def _ambiguous(r: Reading, first: int, last: int) -> bool:
    """A month or weekday name that is also a word of another class of the pack ("may", "march",
    "mars"): it counts as a date only when written with a capital, or next to a day number. A day
    inside a phrase with gaps, neither its first nor its last word, is no word of it ("ont signé
    samedi un accord": `signer __ accord`)."""
    return any(
        m.first < last
        and first < m.last
        and m.label.startswith(AMBIGUOUS_WITH)
        and first not in m.asides
        and not (m.first < first and last < m.last)
        for m in r.matches
    )


COMPOUND_NAME_LETTERS = 5  # a weekday name this long opens compounds ("Sonntagabend", "zondagavond")


def _names_a_site(after: int, site_starts: set[int]) -> bool:
    """A weekday's name right before a facility noun of the pack ("Friday market", "Sunday school")
    is part of a place's name, not a day: the market keeps its name whatever day it is hit.
    "on Tuesday, police said" is a day: the comma parts the name from the noun."""
    return after in site_starts


def _named_day(r: Reading, first: int, last: int, w: _Words) -> bool:
    """Do tokens [first, last) hold a weekday's name?"""
    folded = [t.folded for t in r.tokens]
    return any(
        _match_seq(folded, k, w.weekdays_by_first) or _compound_weekday(folded, k, w)
        for k in range(first, last)
    )


def _compound_weekday(folded: list[str], i: int, w: _Words):
    """A word that begins with a weekday's full name and goes on ("Sonntagabend", "zondagavond",
    "pazara"): that weekday's name sequence and the index after the word, as `_match_seq` gives."""
    word = folded[i]
    if not word.startswith(w.compound_starts):
        return None
    best = None
    for name, seq in w.compound_names:
        longer = best is None or len(name) > len(best[0][0])
        if len(word) > len(name) and word.startswith(name) and longer:
            best = (seq, i + 1)
    return best


def _previous_next_to(r: Reading, first: int, last: int) -> bool:
    return any(m.last == first or m.first == last for m in r.hits("relative_dates.previous"))


def _overnight_at(folded: list[str], i: int, template: tuple[str, ...], w: _Words) -> tuple[int, int] | None:
    j, b = i, None
    for word in template:
        slot = "{a}" if "{a}" in word else ("{b}" if "{b}" in word else None)
        if slot is not None:
            ending = word.replace(slot, "")
            if ending:  # a case ending written onto the name: Turkish "{a}yi" -> "cumartesiyi"
                name = folded[j][: -len(ending)] if j < len(folded) and folded[j].endswith(ending) else ""
                if (name,) not in w.weekdays and j < len(folded) and (folded[j],) in w.weekdays:
                    name = folded[j]  # the ending came off as a clitic ("Pazartesi'yi" -> "pazartesi")
                weekday = w.weekdays.get((name,))
                day = ((name,), j + 1) if weekday is not None else None
            else:
                day = _match_seq(folded, j, w.weekdays_by_first)
            if not day:
                return None
            if slot == "{b}":
                b = w.weekdays[day[0]]
            j = day[1]
        elif j < len(folded) and folded[j] == word:
            j += 1
        else:
            return None
    return (j, b) if b is not None else None


def add_month(r: Reading, i: int, after: int, month: int, numbers: dict, published: date, add) -> None:
    """Dates around a month name: "3 March 2021", "3 de marzo", "March 3, 2021", "in March"."""
    toks = r.tokens

    def day_number(k: int):
        n = numbers.get(k)
        return (
            n
            if n
            and not n.vague
            and not n.unit
            and 1 <= n.value <= 31
            and n.last == k + 1
            and (r.is_number(k) or n.ordinal)
            else None
        )

    def year_after(k: int) -> tuple[int | None, int]:
        for j in (k, k + 1):
            n = numbers.get(j)
            if n and n.year and (j == k or len(toks[k].text) <= 3):
                return n.value, n.last
        return None, k

    # day before the month, with at most one short word between ("3 de marzo", "3. März")
    for k in (i - 1, i - 2):
        d = day_number(k) if k >= 0 else None
        if d and (k == i - 1 or len(toks[i - 1].text) <= 3):
            year, last = year_after(after)
            with contextlib.suppress(ValueError):
                add(k, last, _in_past(d.value, month, year, published), "day")
            return
    d = day_number(after)
    if d:
        year, last = year_after(d.last)
        with contextlib.suppress(ValueError):
            add(i, last, _in_past(d.value, month, year, published), "day")
        return
    if _ambiguous(r, i, after) and not toks[i].text[:1].isupper():
        return
    if _in_another_phrase(r, i, after):
        return
    year, last = year_after(after)
    if not year and i in numbers:
        return  # a month name that is also a number word ("sept villageois": seven) names a month only with a day or year
    if not year and _in_place_name(r, i):
        return  # a month name inside a place's name ("no Rio de Janeiro", "Plaza de Mayo") is no month
    y = year or published.year
    if not year and month > published.month:
        y -= 1
    day = 15 if (y, month) != (published.year, published.month) else min(15, published.day)
    add(i, last, date(y, month, day), "month")


PHRASES_OF_OTHER_WORDS = ("clause_connectors", "numbers")


def _in_another_phrase(r: Reading, first: int, last: int) -> bool:
    """MONTH_IN_ANOTHER_PHRASE: a month's name with no day number beside it that is one word of a
    longer pack phrase of a clause connector or a count is that phrase's word, capitalised or not:
    Romanian "mai" (May) is also "more", in "Mai târziu, ..." (later) and "mai mult de zece" (more
    than ten). A phrase no longer than the name itself is left to `_ambiguous` and the number check."""
    return any(
        m.first <= first
        and last <= m.last
        and m.last - m.first > last - first
        and m.label.startswith(PHRASES_OF_OTHER_WORDS)
        for m in r.matches
    )


def _in_place_name(r: Reading, k: int) -> bool:
    """Is token k part of a name of several words the gazetteer knows ("Rio de Janeiro")?"""
    memo = r.memo
    if "place_names" not in memo:
        from extractors.events.places import find_places

        memo["place_names"] = tuple((p.start, p.end) for p in find_places(r.text, None, r.pack.code)
                                    if " " in p.surface.strip())  # fmt: skip
    start, end = r.tokens[k].start, r.tokens[k].end
    return any(a <= start and end <= b for a, b in memo["place_names"])
