"""Event dates: date expressions in a sentence, resolved against the publication date, in any language.

Words come from two places, never from this file:
- `dateparser`'s locale data (pinned): month and weekday names, "ago" words, the names of days,
  weeks and months, and its relative expressions ("hier", "la semana pasada", "вчера");
- the language pack's `relative_dates` ("last night", "this morning", "the night of {a} to {b}").

`resolve_event_date("on Thursday", date(2020, 2, 28))` -> `(date(2020, 2, 27), "day")`: a weekday
means the latest such day on or before publication (the day after, for a report filed late the
evening before); "yesterday", "last night" the day before; "3 March" that day of the publication
year (the year before when it would lie well ahead; none when it lies just ahead: a deadline);
"three weeks ago" / "last week" a week-precision date; "the weekend" its Saturday, "earlier this week" the middle of the week's days before publication (week precision); "last month" a month-precision one;
"the night of Friday to Saturday" the Saturday. A bare month name inside a place's name of several
words the gazetteer knows ("no Rio de Janeiro") names no month (`_in_place_name`).
"""

from __future__ import annotations

from contextvars import ContextVar
from datetime import date, timedelta

from extractors.events.date_words import (
    _APOSTROPHE,
    _ISO,
    _NUMERIC,
    SATURDAY,
    DateExpression,
    _ambiguous,
    _compound_weekday,
    _match_seq,
    _named_day,
    _names_a_site,
    _overnight_at,
    _previous_next_to,
    _weekday_back,
    _words,
    add_month,
)
from extractors.events.numbers import numbers_in
from extractors.events.reading import Reading, has_pack, read

# Days the article names with a weekday and its calendar date together ("Thursday, 5 June", "jeudi 5
# juin", "Senin (23/9/2019)"): the text has said which Thursday it means, so its other bare
# "Thursday"s are that day too, not the Thursday before publication (a page dated a week late, a
# report read from its story's day). Set by the coder for one article (`article_dates.anchored_weekdays`).
WEEKDAY_ANCHORS: ContextVar[tuple[date, ...]] = ContextVar("weekday_anchors", default=())
ANCHOR_DAYS = 13  # how far before publication a named weekday's calendar date still anchors it
LINK_WORD_CHARS = 3  # a short word between a weekday and its date ("dem 5. Juni", "le 5 juin")


def dates_in(r: Reading, published: date) -> list[DateExpression]:
    """Every date expression of the reading, resolved, in text order (overlaps keep the longest).
    Remembered on the reading per reference day: the candidates, the grouping, the figures and the
    story evidence ask one sentence's dates again and again (and the article's weekday anchors)."""
    key = ("dates_in", published, WEEKDAY_ANCHORS.get())
    found = r.memo.get(key)
    if found is None:
        found = r.memo[key] = tuple(_dates_in(r, published))
    return list(found)  # type: ignore[arg-type]


def _dates_in(r: Reading, published: date) -> list[DateExpression]:
    w = _words(r.pack.code)
    toks = r.tokens
    folded = [t.folded for t in toks]
    # a case ending after an apostrophe ("Mart'ta", "Pazartesi'yi"): the name is the part before it
    bare = [_APOSTROPHE.split(f, 1)[0] or f for f in folded]
    found_numbers: list[dict] = []

    def numbers() -> dict:
        """The reading's numbers by first token, read when a month or an "ago" word needs them."""
        if not found_numbers:
            found_numbers.append({n.first: n for n in numbers_in(r)})
        return found_numbers[0]

    # every use of a number but a month's day or year ends with an "ago" word ("three weeks ago")
    any_ago = any(f in w.ago_by_first for f in folded)
    found: list[tuple[int, int, date, str, str]] = []  # first, last, value, precision, kind
    weekday_of: dict[tuple[int, int], int] = {}  # a bare weekday's span -> its weekday
    # facility nouns written right after the word before them (a comma between: another phrase)
    # (nor a noun for people: "Wednesday police fired"); a date word before the weekday ("on
    # Friday market traders ...") keeps it a day
    people = {m.first for m in r.hits("actors")}
    # (a date word after another weekday is that one's: Hindi "बुधवार को")
    dated = {
        m.last
        for m in r.hits("relative_dates.weekday_words")
        if not (m.first > 0 and (folded[m.first - 1],) in w.weekdays)
    }
    # WEEKDAY_BEFORE_ITS_OBJECT: where a site's name follows its noun (`names_follow_nouns`: ro "piața
    # de luni", sw "soko la Jumatatu") a weekday before a facility noun is the act's day, its object
    # after it ("au pichetat luni sediul Guvernului", "walivamia Jumatatu kituo cha polisi")
    follow = bool(r.pack.data.get("names_follow_nouns"))
    site_starts = {
        m.first
        for m in r.hits("place_words.facility")
        if not follow
        and m.first > 1
        and m.first not in people
        and m.first - 1 not in dated
        and not r.text[toks[m.first - 1].end : toks[m.first].start].strip()
    }

    def add(first: int, last: int, value: date | None, precision: str, kind: str = "") -> None:
        if value is not None:
            found.append((first, last, value, precision, kind))

    def add_calendar(first: int, last: int, value: date | None, precision: str) -> None:
        add(first, last, value, precision, "calendar")

    for i in range(len(toks)):
        opens = folded[i] in w.openers  # else no list matches at i as written (`_match_seq`)
        if opens:
            weekend = _match_seq(folded, i, w.weekend_by_first)
            if weekend:  # the weekend before publication (or the one it falls on): its Saturday
                add(i, weekend[1], published - timedelta(days=(published.weekday() - SATURDAY) % 7), "week")
            this_week = _match_seq(folded, i, w.this_week_by_first)
            if this_week:  # earlier in the week of publication: the middle of its days before publication
                add(
                    i,
                    this_week[1],
                    published - timedelta(days=max(1, (published.weekday() + 2) // 2)),
                    "week",
                )
            rel = _match_seq(folded, i, w.relative_by_first)
            if rel:
                days, precision = w.relative[rel[0]]
                add(i, rel[1], published - timedelta(days=days), precision)
        compound = _compound_weekday(folded, i, w)
        if compound and i in numbers():
            compound = None  # a number word spelt like a weekday and more: "четверо" (four), not "четвер"
        day = (
            (_match_seq(folded, i, w.weekdays_by_first) if opens else None)
            or compound
            or (_match_seq(bare, i, w.weekdays_by_first) if bare[i] != folded[i] else None)
        )
        if (
            day
            and not _names_a_site(day[1], site_starts)
            and (toks[i].text[:1].isupper() or not _ambiguous(r, i, day[1]) or not toks[i].text[:1].isalpha())
        ):
            back = _weekday_back(published, w.weekdays[day[0]])
            if _previous_next_to(r, i, day[1]):
                # "last Friday", "vendredi dernier": the week before (its own day of the week, 7 back);
                # the day after publication named with "last" is six days back ("last Thursday" on a Wednesday)
                back = back if back > 0 else back + 7
            value = published - timedelta(days=back)
            anchors = [a for a in WEEKDAY_ANCHORS.get() if a.weekday() == w.weekdays[day[0]]
                       and published - timedelta(days=ANCHOR_DAYS) <= a <= published + timedelta(days=1)]  # fmt: skip
            if anchors:
                value = min(anchors, key=lambda a: abs((a - value).days))
            weekday_of[(i, day[1])] = w.weekdays[day[0]]
            add(i, day[1], value, "day", "weekday")
        month = (_match_seq(folded, i, w.months_by_first) if opens else None) or (
            _match_seq(bare, i, w.months_by_first) if bare[i] != folded[i] else None
        )
        if month:
            add_month(r, i, month[1], w.months[month[0]], numbers(), published, add_calendar)
        if not any_ago:
            continue
        ago = _match_seq(folded, i, w.ago_by_first)
        if ago:  # "il y a trois semaines": the ago word first
            n = numbers().get(ago[1])
            j = n.last if n else ago[1]
            if j < len(toks) and folded[j] in w.units:
                days, precision = w.units[folded[j]]
                add(i, j + 1, published - timedelta(days=days * (n.value if n else 1)), precision)
        n = numbers().get(i)
        if n and n.last < len(toks) and folded[n.last] in w.units:  # "three weeks ago"
            tail = _match_seq(folded, n.last + 1, w.ago_by_first)
            if tail:
                days, precision = w.units[folded[n.last]]
                add(i, tail[1], published - timedelta(days=days * n.value), precision)
        if folded[i] in w.units and i + 1 in numbers():  # the unit first: "siku mbili zilizopita"
            n = numbers()[i + 1]
            tail = _match_seq(folded, n.last, w.ago_by_first)
            if tail:
                days, precision = w.units[folded[i]]
                add(i, tail[1], published - timedelta(days=days * n.value), precision)
    for template in w.overnight:
        opening = template[0] if template and "{a}" not in template[0] and "{b}" not in template[0] else None
        for i in range(len(toks)):
            if opening is not None and folded[i] != opening:
                continue  # a template that opens with a word matches only at that word
            hit = _overnight_at(folded, i, template, w)
            if hit:
                last, weekday = hit
                add(i, last, published - timedelta(days=_weekday_back(published, weekday)), "day")
    for rx, order in ((_ISO, "ymd"), (_NUMERIC, "dmy")):
        for m in rx.finditer(r.text):
            y, mo, d = (
                (m.group(1), m.group(2), m.group(3))
                if order == "ymd"
                else (m.group(3), m.group(2), m.group(1))
            )
            try:
                value = date(int(y), int(mo), int(d))
            except ValueError:
                continue
            add_calendar(r.token_at(m.start()), r.token_at(m.end() - 1) + 1, value, "day")
    found += _weekday_with_its_date(r, found, weekday_of)
    found += _weekday_with_its_day_number(r, found, weekday_of)
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    # "yesterday (Friday)": the date in brackets right after another says which day that one was
    found = [f for f in found if not any(0 <= o[0] - f[1] <= 1 and o[0] != f[0] and "(" in r.text[r.span(f[0], f[1])[1] : r.span(o[0], o[1])[0]]
                                         for o in found)]  # fmt: skip
    # overlapping expressions keep the longest, the more telling one ("dans la nuit" inside "dans la
    # nuit de mardi à mercredi"); of equal ones the first
    chosen: list[tuple[int, int, date, str, str]] = []
    for f in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        if not any(f[0] < c[1] and c[0] < f[1] for c in chosen):
            chosen.append(f)
    # "dans la nuit de lundi", "in der Nacht zu Montag": a night word right before a named day (one
    # linking word between at most) is that day's night, not last night (NIGHT_OF_A_DATE: so is one
    # before a calendar date, "en la noche del pasado 3 de mayo")
    chosen = [f for f in chosen if not any(_night_of(r, f, o, w) for o in chosen)]
    kept: list[DateExpression] = []
    for first, last, value, precision, kind in sorted(chosen, key=lambda f: f[0]):
        start, end = r.span(first, last)
        named = weekday_of.get((first, last)) if kind == "weekday with date" else None
        kept.append(DateExpression(r.text[start:end], start, end, value, precision, first, last, named))
    return kept


def _night_of(r: Reading, f: tuple, o: tuple, w) -> bool:
    """Is `f` a night (or other part of a day) word that names the day `o` right after it: a weekday
    ("dans la nuit de lundi") or, for a word read from publication, a calendar date (NIGHT_OF_A_DATE:
    "during the night of 12 May", "dans la nuit du 11 mai", "en la noche del pasado viernes 14 de marzo")?
    One linking word between at most, not counting the pack's `previous` words ("pasado", "last")."""
    if not (f[3] == o[3] == "day" and f[2] != o[2] and f[1] <= o[0]):
        return False
    if o[0] - f[1] <= 1 and _named_day(r, o[0], o[1], w):
        return True
    between = r.text[r.span(f[0], f[1])[1] : r.span(o[0], o[1])[0]]
    if any(ch in between for ch in ",;:.()") or not r.same_clause(f[1] - 1, o[0]):
        return False  # "attacked overnight; on 12 May the army arrived": another phrase
    previous = {k for m in r.hits("relative_dates.previous") for k in range(m.first, m.last)}
    if sum(1 for k in range(f[1], o[0]) if k not in previous) > 1:
        return False
    return _named_day(r, o[0], o[1], w) or (not f[4] and o[4] in ("calendar", "weekday with date"))


def _weekday_with_its_date(r: Reading, found: list[tuple[int, int, date, str, str]],
                           weekday_of: dict[tuple[int, int], int]) -> list[tuple[int, int, date, str, str]]:  # fmt: skip
    """A weekday written right beside a calendar date ("Thursday, 5 June", "5 June (Thursday)",
    "Donnerstag, dem 5. Juni") names that date's day: one expression over both, the date's value
    (the weekday alone resolves from publication and may land a week off). Nothing but
    punctuation between them, or one short word when the weekday is the date's own."""
    out = []
    for wf, wl, _, _, kind in found:
        if kind != "weekday":
            continue
        weekday = weekday_of[(wf, wl)]
        for cf, cl, value, precision, ckind in found:
            if ckind != "calendar" or precision != "day" or (cf < wl and wf < cl):
                continue
            lo, hi = (wl, cf) if wl <= cf else (cl, wf)
            between = r.text[r.tokens[lo - 1].end : r.tokens[hi].start]
            words = r.tokens[lo:hi]
            if (not words and not any(ch.isalnum() for ch in between)) or (
                len(words) == 1 and len(words[0].text) <= LINK_WORD_CHARS and value.weekday() == weekday
            ):
                first, last = min(wf, cf), max(wl, cl)
                weekday_of[(first, last)] = weekday
                out.append((first, last, value, "day", "weekday with date"))
    return out


COUNTED_AFTER = ("actors", "demonyms", "numbers", "outcomes", "triggers", "generic_violence")
COUNTED_NOUNS = ("actors", "demonyms", "numbers.objects")  # one word after the number: "20 de săteni"
DAY_NUMBER_BACK = 35  # days back from a weekday's own date a bare day number after it may name


def _weekday_with_its_day_number(r: Reading, found: list[tuple[int, int, date, str, str]],
                                 weekday_of: dict[tuple[int, int], int]) -> list[tuple[int, int, date, str, str]]:  # fmt: skip
    """WEEKDAY_AND_ITS_DAY: a weekday with a bare day number right after it, only punctuation between
    ("el pasado martes 17", "na terça-feira, 17,", "martedì 17") names the latest day up to its own
    reading with that weekday and that number: one expression over both, so the number is no count
    ("abatió a tres disidentes" keeps its three). A number no such day has stays a number, and so
    does one right before a word of people, things or acts, or one word before it (COUNTED_AFTER:
    "Tuesday 17 soldiers", ro "marți 20 de săteni")."""
    out = []
    for wf, wl, value, _, kind in found:
        if kind != "weekday" or wl >= len(r.tokens) or not r.is_number(wl):
            continue
        between = r.text[r.tokens[wl - 1].end : r.tokens[wl].start]
        if any(ch.isalnum() for ch in between) or not 1 <= int(r.tokens[wl].text) <= 31:
            continue
        if any(m.first == wl + 1 for m in r.hits(*COUNTED_AFTER)) or any(
            m.first == wl + 2 for m in r.hits(*COUNTED_NOUNS)
        ):
            continue  # "on Tuesday 17 soldiers were killed": the number counts the noun after it
        n = int(r.tokens[wl].text)
        day = next((value - timedelta(days=k) for k in range(0, DAY_NUMBER_BACK, 7)
                    if (value - timedelta(days=k)).day == n), None)  # fmt: skip
        if day is not None:
            weekday_of[(wf, wl + 1)] = weekday_of[(wf, wl)]
            out.append((wf, wl + 1, day, "day", "weekday with date"))
    return out


def find_dates(text: str, published: date, language: str | None = "en") -> list[DateExpression]:
    """Every date expression in `text`, resolved, in text order."""
    if not has_pack(language):
        return []
    return dates_in(read(text, language), published)


def resolve_event_date(expression: str, published: date, language: str = "en") -> tuple[date, str] | None:
    """The date an expression refers to, seen from `published`, with its precision; None if unknown."""
    found = find_dates(expression, published, language)
    if not found or found[0].value > published + timedelta(days=1):
        return None  # no date, or one ahead of publication (a deadline, a planned day)
    return found[0].value, found[0].precision
