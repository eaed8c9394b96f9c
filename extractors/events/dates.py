"""Event dates: find date expressions in a sentence and resolve them against the publication date.

`resolve_event_date("on Thursday", date(2020, 2, 28))` -> `(date(2020, 2, 27), "day")`: a weekday
means the latest such day on or before publication; "yesterday", "last night" the day before;
"on 3 March" that day of the publication year (the year before when it would be in the future);
"three weeks ago" / "last week" a week-precision date; "last month" a month-precision one.
Weekday and relative-day words are known for a few languages besides English, looked up only in
the article's own language (German "hier" is "here", not French "yesterday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from extractors.events.fatalities import parse_number

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# Weekday names (Monday first) and "today" / "yesterday" words, per ISO 639-1 language.
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "pt": (
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "tr": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    "ro": ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
    "no": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
}
TODAY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("today", "this morning", "this afternoon", "this evening", "tonight", "earlier today"),
    "fr": ("aujourd'hui", "ce matin"), "es": ("hoy", "esta mañana"), "pt": ("hoje",),
    "de": ("heute",), "nl": ("vandaag",), "it": ("oggi",), "tr": ("bugün",), "ro": ("astăzi", "azi"),
    "no": ("i dag",),
}  # fmt: skip
YESTERDAY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("yesterday", "last night", "overnight", "late on yesterday"),
    "fr": ("hier",), "es": ("ayer", "anoche"), "pt": ("ontem",), "de": ("gestern",),
    "nl": ("gisteren", "gisteravond"), "it": ("ieri",), "tr": ("dün", "dün gece"), "ro": ("ieri", "aseară"),
    "no": ("i går", "i natt"),
}  # fmt: skip

_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365}
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

_ENGLISH_PATTERNS = [
    ("ago", re.compile(rf"\b({_NUM})\s+(days?|weeks?|months?|years?)\s+ago\b", re.I)),
    ("last_unit", re.compile(r"\b(?:last|earlier this|this past|past)\s+(week|month|year)\b", re.I)),
    (
        "dmy",
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH})\.?(?:,?\s+(\d{{4}}))?\b", re.I),
    ),
    ("mdy", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)),
    ("in_month", re.compile(rf"\b(?:in|since|early|late|mid-?)\s+({_MONTH})(?:\s+(\d{{4}}))?\b", re.I)),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
]


@dataclass(frozen=True)
class DateExpression:
    text: str
    start: int
    end: int
    value: date
    precision: str  # day | week | month


def resolve_event_date(expression: str, published: date, language: str = "en") -> tuple[date, str] | None:
    """The date an expression refers to, seen from `published`, with its precision; None if unknown."""
    found = find_dates(expression, published, language)
    return (found[0].value, found[0].precision) if found else None


def find_dates(text: str, published: date, language: str | None = "en") -> list[DateExpression]:
    """Every date expression in `text`, resolved, in text order (overlaps keep the longest)."""
    lang = (language or "en")[:2].lower()
    found: list[DateExpression] = []
    low = text.lower()
    for words, delta in ((YESTERDAY_WORDS.get(lang, ()), 1), (TODAY_WORDS.get(lang, ()), 0)):
        for word in words:
            for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", low):
                found.append(DateExpression(text[m.start() : m.end()], m.start(), m.end(),
                                            published - timedelta(days=delta), "day"))  # fmt: skip
    names = WEEKDAYS.get(lang, ())
    for weekday, name in enumerate(names):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?:'s)?(?!\w)", low):
            back = (published.weekday() - weekday) % 7
            if back == 6:
                # the day after publication: a report filed late the evening before, in another time zone
                back = -1
            if lang == "en" and re.search(r"\blast\s+$", low[: m.start()]):
                back = back or 7
            if lang == "en" and re.search(r"\bnext\s+$|\bon\s+coming\s+$", low[: m.start()]):
                continue
            found.append(DateExpression(text[m.start() : m.end()], m.start(), m.end(),
                                        published - timedelta(days=back), "day"))  # fmt: skip
    if lang == "en":
        found.extend(_english_calendar(text, published))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    # "yesterday (Friday)": the weekday in brackets says which day a quoted "yesterday" was
    found = [
        d for d in found if not any(0 < o.start - d.end <= 3 and "(" in text[d.end : o.start] for o in found)
    ]
    kept: list[DateExpression] = []
    for d in found:
        if kept and d.start < kept[-1].end:
            continue
        kept.append(d)
    return kept


def _english_calendar(text: str, published: date) -> list[DateExpression]:
    out: list[DateExpression] = []
    for kind, pattern in _ENGLISH_PATTERNS:
        for m in pattern.finditer(text):
            value = _calendar_value(kind, m, published)
            if value is not None:
                out.append(DateExpression(m.group(0), m.start(), m.end(), value[0], value[1]))
    return out


def _calendar_value(kind: str, m: re.Match[str], published: date) -> tuple[date, str] | None:
    try:
        if kind == "ago":
            n = parse_number(m.group(1)) or 1
            unit = m.group(2).lower()
            days = n * _UNITS[unit]
            return published - timedelta(days=days), ("day" if unit.startswith("day") else unit.rstrip("s"))
        if kind == "last_unit":
            unit = m.group(1).lower()
            if unit == "year":
                return published - timedelta(days=365), "month"
            return published - timedelta(days=7 if unit == "week" else 30), unit
        if kind in ("dmy", "mdy", "in_month") and not _capitalised_month(m):
            return None
        if kind == "dmy":
            value = _in_past(int(m.group(1)), MONTHS[m.group(2).lower()], m.group(3), published)
            return (value, "day") if value else None
        if kind == "mdy":
            value = _in_past(int(m.group(2)), MONTHS[m.group(1).lower()], m.group(3), published)
            return (value, "day") if value else None
        if kind == "in_month":
            month = MONTHS[m.group(1).lower()]
            year = int(m.group(2)) if m.group(2) else published.year
            if not m.group(2) and month > published.month:
                year -= 1
            day = 15 if (year, month) != (published.year, published.month) else min(15, published.day)
            return date(year, month, day), "month"
        if kind == "iso":
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day"
    except ValueError:
        return None
    return None


def _capitalised_month(m: re.Match[str]) -> bool:
    """Month names are capitalised in English prose; "may" and "march" otherwise are a verb."""
    word = next(g for g in m.groups() if g and g[0].isalpha())
    return word[0].isupper()


UPCOMING_DAYS = 90  # a yearless date up to this far after publication is ahead ("an August 31 deadline")


def _in_past(day: int, month: int, year: str | None, published: date) -> date | None:
    """A yearless day and month: this year's, or last year's when this year's is long after publication;
    None when it lies just ahead (a deadline, a planned date: no event happened on it)."""
    if year:
        return date(int(year), month, day)
    value = date(published.year, month, day)
    if value > published + timedelta(days=1):
        if value <= published + timedelta(days=UPCOMING_DAYS):
            return None
        value = date(published.year - 1, month, day)
    return value
