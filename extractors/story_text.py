"""What a report's text says of its figures and days, as story evidence reads them
(`extractors/story_evidence.py`'s docstring: `numbers`, `lead_numbers`, `days`, `lead_days`,
`weekdays`, `anchor`): the lead (`lead_text`, `lead_end`), figures in digits (`_numbers`) and in
words (`_number_words`), figures only inside a recalled earlier act (`_recalled_figures`), the
days named (`_pieces`, `_days_named`, `_weekdays_named`) and the days a report can be about
(`_anchor`, `_alt_anchor`). Each reads the text with the coder's readers and never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from extractors.story_records import MAX_YEAR, MIN_YEAR

_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])|\d+")
MAX_NUMBER = 10_000_000


# The end of a sentence in any script: a full stop, question or exclamation mark (Latin, Arabic,
# Devanagari, CJK) before a space or the end, or a line break.
_SENTENCE_END = re.compile(r"[.!?\u061f\u06d4\u0964](?=\s|$)|[\u3002\uff01\uff1f]|\n")
LEAD_CHARS = 400  # a "sentence" longer than this (no full stop) is cut here
LEAD_SENTENCES = 1


def lead_text(title: str, text: str) -> str:
    """The headline and the first `LEAD_SENTENCES` sentences of the text (where news gives the
    toll and the day of what it reports); a first line that repeats the headline is skipped."""
    return f"{title or ''}\n{(text or '')[: lead_end(title, text)]}"


def lead_end(title: str, text: str) -> int:
    """Where the lead (`lead_text`) ends in `text`."""
    head = " ".join((title or "").split()).casefold().rstrip(".")
    body, at, taken = text or "", 0, 0
    while at < len(body) and taken < LEAD_SENTENCES:
        while at < len(body) and body[at].isspace():
            at += 1
        end = _SENTENCE_END.search(body, at, min(len(body), at + LEAD_CHARS))
        cut = end.end() if end else min(len(body), at + LEAD_CHARS)
        sentence = " ".join(body[at:cut].split()).casefold().rstrip(".")
        if sentence and sentence != head:
            taken += 1
        at = cut
    return at


_NOT_DIGIT = re.compile(r"\D")


def _numbers(text: str) -> tuple[set[int], set[int]]:
    numbers: set[int] = set()
    years: set[int] = set()
    for m in _NUMBER.finditer(text):
        written = m.group(0)
        digits = written if written.isdecimal() else _NOT_DIGIT.sub("", written)  # (isdecimal: only \d)
        try:
            value = int(digits)
        except ValueError:
            continue
        if len(digits) == 4 and MIN_YEAR <= value <= MAX_YEAR and digits == written:
            years.add(value)
        elif 1 < value < MAX_NUMBER:
            numbers.add(value)
    return numbers, years


def _number_words(title: str, text: str, lang: str) -> set[int]:
    """The figures the lead (`lead_text`: headline, first sentence) writes in words, read by the
    language's pack (`events.numbers.numbers_in`): counts only (no years, ranks, measures, vague
    quantities such as "dozens")."""
    from extractors.events.numbers import numbers_in
    from extractors.events.reading import has_pack, read

    if not lang or not has_pack(lang):
        return set()
    out: set[int] = set()
    for sentence in (title, text[: lead_end(title, text)]):
        if not sentence.strip():
            continue
        try:
            found = numbers_in(read(" ".join(sentence.split()), lang))
        except Exception:  # the number reader is the coder's; a failure there costs only this evidence
            continue
        out |= {n.value for n in found if n.count and not n.vague and 1 < n.value < MAX_NUMBER}
    return out


def _recalled_figures(title: str, text: str, lang: str) -> set[int]:
    """The figures the lead (`lead_text`) gives only inside an earlier act it recalls: after the
    pack's `response_markers.after` word ("after", "après", "tras", "nach", "после", "بعد"), to
    the end of its clause or the next act word (`events.causes._opening_end`: "after storming
    the village, gunmen killed 12" keeps 12). "Fresh violence in Ogossagou days after 132 were
    killed there" is a follow-up: 132 is the toll of the happening it follows, so it is no figure
    of its lead (it stays among `numbers`)."""
    sentences = [" ".join(s.split()) for s in (title, text[: lead_end(title, text)])]
    recalled, kept = _recall_split(sentences, lang, read_all=True)
    return recalled - kept


def risen_figures(title: str, text: str, lang: str) -> set[int]:
    """The figures the lead (`lead_text`: headline, first sentence) gives as a toll that rose: after
    the pack's rise word (`numbers.rises`: "has risen to", "s'est alourdi à", "возросло до",
    "ارتفعت حصيلة ... إلى") in its clause, or right before it (verb-final languages). Read by
    TOLL_RISEN (`story_follows.risen_tolls`)."""
    from extractors.events.numbers import numbers_in
    from extractors.events.reading import has_pack, read

    out: set[int] = set()
    if not lang or not has_pack(lang):
        return out
    for sentence in (title, text[: lead_end(title, text)]):
        if not sentence.strip():
            continue
        try:
            r = read(" ".join(sentence.split()), lang)
            rises = r.hits("numbers.rises")
            if not rises:
                continue
            for n in numbers_in(r):
                if not n.count or n.vague or not 1 < n.value < MAX_NUMBER:
                    continue
                if any(
                    m.first == n.last or m.last <= n.first and r.clause_start(n.first) <= m.first
                    for m in rises
                ):
                    out.add(n.value)
        except Exception:  # the readers are the coder's; a failure there costs only this evidence
            continue
    return out


def recalled_in_text(pieces: Sequence[tuple[int, str]], lang: str) -> set[int]:
    """RECALLED_IN_TEXT: the figures the whole report (its `pieces`: headline and sentences, as
    the coder read them) gives only inside an earlier act it recalls (`_recalled_figures`' reading,
    every sentence): "It comes after 12 people were killed in Kaya on Monday" in a report of the
    protest that followed. Such a figure is the toll of another happening the report recalls,
    no figure it shares with a report of that happening (`stories.recalled_toll`)."""
    recalled, kept = _recall_split([text for _, text in pieces], lang)
    return recalled - kept


def _recall_split(sentences: Sequence[str], lang: str, read_all: bool = False) -> tuple[set[int], set[int]]:
    """The figures of `sentences` inside a recalled earlier act (`_recalled_figures`) and those
    outside one (a sentence without a recall word: its figures in digits only, unless
    `read_all`: the pack's number words too)."""
    from extractors.events.actors import actors_in
    from extractors.events.causes import ACTS, _opening_end
    from extractors.events.numbers import numbers_in
    from extractors.events.reading import has_pack, read

    recalled: set[int] = set()
    kept: set[int] = set()
    if not lang or not has_pack(lang):
        return recalled, kept
    for sentence in sentences:
        if not sentence.strip():
            continue
        try:
            r = read(sentence, lang)
            markers = r.hits("response_markers.after")
            if not markers and not read_all:
                kept |= _numbers(sentence)[0]
                continue
            spans = []
            if markers:
                acts, actors, outcomes = r.hits(*ACTS), actors_in(r, None), r.hits("outcomes")
                spans = [(m.last, _opening_end(r, m.last, acts, actors, outcomes)) for m in markers]
            for n in numbers_in(r):
                inside = any(lo <= n.first < hi for lo, hi in spans)
                (recalled if inside else kept).add(n.value)
        except Exception:  # the readers are the coder's; a failure there costs only this evidence
            continue
    return recalled, kept


def _anchor(published: datetime | None, years: set[int]) -> tuple[tuple[int, int] | None, bool]:
    """The days a report can be about (see `StoryEvidence.anchor`) and whether its publication
    date is contradicted by the text."""
    latest = max(years) if years else None
    if published is not None and (latest is None or latest <= published.year):
        day = published.date().toordinal()
        return (day, day), False
    if latest is None:
        return None, published is None
    return (date(latest, 1, 1).toordinal(), date(latest, 12, 31).toordinal()), True


DAYS_BACK = 7  # a day named more than a week before publication is background
LEAD_DAYS_BACK = 31  # a calendar date its lead names, when the report comes this much later


def _pieces(title: str, text: str, lang: str) -> list[tuple[int, str]]:
    """The headline and each sentence of the text (`events.sentences.split_sentences`), each with
    where it starts in `body` (the title, two line breaks, the text): the pieces the coder reads
    (`events.reading.read` remembers them), so the evidence reads no text again."""
    from extractors.events.sentences import split_sentences

    out = [(len(title) - len(title.lstrip()), title.strip())] if title.strip() else []
    at = len(title) + 2
    out += [(at + s.start, s.text) for s in split_sentences(text, lang or "en")]
    return out


def _days_named(pieces: Sequence[tuple[int, str]], lang: str, published: datetime) -> dict[int, int]:
    """The days the text names, resolved from its publication day (`events.dates.find_dates` of
    each of its `pieces`: weekdays, "yesterday", calendar dates), day-precise ones within
    `LEAD_DAYS_BACK` days, each with where the text first names it."""
    from extractors.events.dates import find_dates

    day = published.date()
    out: dict[int, int] = {}
    for offset, piece in pieces:
        try:
            found = find_dates(piece, day, lang or "en")
        except Exception:  # the date finder is the coder's; a failure there costs only this evidence
            return {}
        for d in found:
            if d.precision == "day" and -LEAD_DAYS_BACK <= (d.value - day).days <= 1:
                at = offset + d.start
                out[d.value.toordinal()] = min(out.get(d.value.toordinal(), at), at)
    return out


# Two reference days in different years, 369 days apart (not a multiple of 7): a day named by its
# weekday resolves to the same weekday from both; "yesterday" or "12 December" does not.
WEEKDAY_REFERENCES = (date(2001, 6, 13), date(2002, 6, 17))


def _weekdays_named(lead: str, lang: str) -> set[int]:
    """The weekdays a lead names by name ("on Thursday", "أمس الخميس"), read without a publication
    day (an undated report): the expressions whose weekday does not depend on the day they are
    resolved from (`WEEKDAY_REFERENCES`)."""
    from extractors.events.dates import find_dates

    try:
        found = [find_dates(lead, ref, lang or "en") for ref in WEEKDAY_REFERENCES]
    except Exception:  # the date finder is the coder's; a failure there costs only this evidence
        return set()
    first = {d.start: d.value.weekday() for d in found[0] if d.precision == "day"}
    return {
        first[d.start] for d in found[1] if d.precision == "day" and first.get(d.start) == d.value.weekday()
    }


def _alt_anchor(published: datetime | None, years: set[int]) -> tuple[int, int] | None:
    """A second interval when the text names years but never its publication year nor the one
    before: either a look back, or a publication date that belongs to the feed, not the report
    (an undated page under a feed's default date). The latest year named."""
    if published is None or not years or years & {published.year, published.year - 1}:
        return None
    latest = max(years)
    return date(latest, 1, 1).toordinal(), date(latest, 12, 31).toordinal()
