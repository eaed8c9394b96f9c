"""What a report says that survives translation and rewording: the evidence stories link on.

`story_evidence(article_id, title, text, language, published, mentions)` reads one report once
(in the worker that coded it) and keeps, in a small frozen record (`StoryEvidence`, stored as
JSON in `story_evidence`):
- `places`: the towns, districts and villages it names, resolved by the gazetteer
  (`extractors/events/places.py`, read with the report's language: "بحمص" is Homs), so
  "Sumy", "Суми" and "Сумы" are one `Spot`; each with a weight that falls with the place's population (`place_weight`: a village names a happening,
  a capital names thousands); a place abroad counts only when its country is named too.
  `regions` are the provinces (admin1) of those places and of the provinces named alone.
  The coder's own places (its mentions) are added: it resolves some names the finder does not.
- `numbers`: the figures written in digits of any script (tolls, counts, days of the month), the
  counts the lead writes in words (`_number_words`, read by the language's pack) and the coder's
  tolls; `years`: the years named (1900-2100). `lead_numbers`: those of the headline and the
  first sentence (`lead_text`, in digits or words), and the toll of the coder's main event: news
  puts the toll of the happening there, background figures further down; not a figure the lead
  gives only inside an earlier act it recalls ("days after 132 were killed there":
  `_recalled_figures`), which a follow-up shares with the happening it follows.
- `days`: the days it names ("on Tuesday", "yesterday", resolved from publication by
  `events.dates.find_dates` of the headline and of each sentence: the readings the coder made),
  within a week before publication; `lead_days`: those its lead
  names (a calendar date up to a month back).
- `weekdays`: an undated report's lead read without a publication day: the weekdays it names
  by name (`_weekdays_named`).
- `anchor`: the days the report can be about, as a closed interval of ordinal days. The
  publication day, unless the text names a year later than its publication year (a feed that
  dates every undated item alike): then that whole year (`suspect_published`). `alt_anchor`:
  when the text names years but never its publication year nor the one before, the latest of
  them as a second interval (a look back, or a feed's default date on an undated page).
- `lead`: the coder's main event (`lead_mention`): type, day, place, actors; `families`: the
  type families of all its mentions.
- `words`: its content words (lemmas, `simplemma`) with corpus-independent weights from word
  frequencies (`wordfreq`: a word as common as "said" weighs nothing, a name the lists do not
  know weighs most), without the places and countries named, at most `MAX_WORDS`; compared
  only between reports in one language.
- `names`: runs of capitalised words that are no common word of the language and no place
  (`story_words.names_in`: people, groups, channels, landmarks), folded to plain letters: what a translation
  into another Latin-script language keeps as written.
- `title_words` / `title_names`: `TitleKey` of the headline.
- `follow_up`: what its lead says it follows, `funeral` or `arrests` (AFTERMATH_LEAD,
  `story_aftermath.follow_up_of_lead`, the pack's `follow_up_leads`), or "".

Every weight here depends on the report alone (no corpus statistics), so comparing two reports
gives the same answer whatever else has arrived: story linking stays order-free.

The records live in `extractors/story_records.py`, the readers of figures and days in
`extractors/story_text.py`; this module reads a report (`story_evidence`: places, the coder's
mentions, the lead) and names the others' as before.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from functools import lru_cache

from extractors.merge import MentionRow, norm
from extractors.story_aftermath import follow_up_of_lead
from extractors.story_records import (
    ANY_DAY,
    EVENT_DAYS_BACK,
    MAX_YEAR,
    MIN_YEAR,
    TITLE_STOP_WORDS_FILE,
    Lead,
    Spot,
    StoryEvidence,
    TitleKey,
    title_names,
    title_stop_words,
    title_words,
    type_family,
)
from extractors.story_text import (
    DAYS_BACK,
    LEAD_CHARS,
    LEAD_DAYS_BACK,
    LEAD_SENTENCES,
    MAX_NUMBER,
    WEEKDAY_REFERENCES,
    _alt_anchor,
    _anchor,
    _days_named,
    _number_words,
    _numbers,
    _pieces,
    _recalled_figures,
    _weekdays_named,
    lead_end,
    lead_text,
    recalled_in_text,
    risen_figures,
)
from extractors.story_words import content_words, names_in

# the names importers know here, wherever they now live
__all__ = [
    "ANY_DAY", "DAYS_BACK", "EVENT_DAYS_BACK", "LEAD_CHARS", "LEAD_DAYS_BACK", "LEAD_SENTENCES",
    "LEAD_WINDOW", "MAX_NUMBER", "MAX_YEAR", "MIN_YEAR", "TITLE_STOP_WORDS_FILE", "WEEKDAY_REFERENCES",
    "Lead", "Spot", "StoryEvidence", "TitleKey", "lead_end", "lead_mention", "lead_text", "place_weight",
    "story_evidence", "title_names", "title_stop_words", "title_words", "type_family",
]  # fmt: skip

# A mention is the article's lead when its event happened shortly before publication; older
# events are background ("the attack follows last year's massacre...").
LEAD_WINDOW = (timedelta(days=-4), timedelta(days=1))


def lead_mention(rows: Sequence[MentionRow]) -> MentionRow | None:
    """The article's main event: the first coded mention (news leads with it) whose date is
    close to publication; else the first mention."""
    if not rows:
        return None
    ordered = sorted(rows, key=lambda r: r.position)
    for row in ordered:
        published, happened = row.published_at, row.mention.event_date
        if published is None or happened is None:
            return row
        gap = happened - published.date()
        if LEAD_WINDOW[0] <= gap <= LEAD_WINDOW[1]:
            return row
    return ordered[0]


def place_weight(population: int, kind: str) -> float:
    """How much naming this place says about which happening a report is about: 1.0 for a
    village, falling with log population (a town of 100k: 0.75, a city of 3M: 0.45); a
    province is a region, not a place (`regions`)."""
    if kind == "admin1":
        return 0.3
    pop = max(population, 1)
    return round(max(0.35, min(1.0, 1.25 - 0.1 * math.log10(pop))), 3)


def story_evidence(
    article_id: str,
    title: str,
    text: str,
    language: str | None,
    published: datetime | None,
    mentions: Sequence[MentionRow] = (),
    dated: bool = True,
) -> StoryEvidence:
    """Read a report's evidence (see the module docstring). Never raises for odd text.
    `dated=False`: `published` is not the report's own date (an undated page under its feed's
    date): the evidence is read undated (`StoryEvidence.undated`)."""
    if not dated:
        published = None
        mentions = [_undated_row(r) for r in mentions]
    lang = (language or "").split("-")[0].lower()
    body = f"{title or ''}\n\n{text or ''}"
    country, countries, places, regions, named = _places(body, title or "", text or "", lang)
    for row in mentions:  # the coder's places: it knows some names the finder does not
        spot = _mention_spot(row)
        if spot is not None and spot.key not in {s.key for s in places}:
            places.append(spot)
        if norm(row.mention.admin1) and norm(row.mention.country):
            regions.add(f"{norm(row.mention.country)}|{norm(row.mention.admin1)}")
    if not country:
        counted = Counter(norm(r.mention.country) for r in mentions if norm(r.mention.country))
        country = counted.most_common(1)[0][0] if counted else ""
    numbers, years = _numbers(body)
    numbers |= {r.mention.fatalities for r in mentions if 1 < (r.mention.fatalities or 0) < MAX_NUMBER}
    lead_numbers, _ = _numbers(lead_text(title or "", text or ""))
    worded = _number_words(title or "", text or "", lang)  # "fifteen", "خمسة عشر": no digits to find
    numbers |= worded
    lead_numbers |= worded
    lead_numbers -= _recalled_figures(title or "", text or "", lang)  # "... days after 132 were killed"
    lead_written = set(lead_numbers)  # the lead's own figures, before the coder's toll
    lead_row = lead_mention(mentions)
    if lead_row is not None and 1 < (lead_row.mention.fatalities or 0) < MAX_NUMBER:
        lead_numbers.add(lead_row.mention.fatalities)
    # an undated report is about no day it can tell: not the latest year it names either (the
    # aftermath of an old attack names the years since)
    anchor, suspect = _anchor(published, years) if dated else (None, True)
    alt_anchor = _alt_anchor(published, years) if not suspect else None
    pieces = _pieces(title or "", text or "", lang)
    recalled = recalled_in_text(pieces, lang) - lead_written  # a follow-up's recall of another toll
    named_days: dict[int, int] = {}  # day -> where it is first named in `body`
    if published is not None and not suspect:
        named_days = _days_named(pieces, lang, published)
    lead_at = len(title or "") + 2 + lead_end(title or "", text or "")
    day0 = published.date().toordinal() if published is not None else 0
    days = {d: at for d, at in named_days.items() if d >= day0 - DAYS_BACK}
    key = TitleKey.of(title or "")
    return StoryEvidence(
        article_id=article_id,
        language=lang,
        published=published,
        anchor=anchor,
        alt_anchor=alt_anchor,
        suspect_published=suspect,
        country=country,
        countries=frozenset(countries),
        places=tuple(places),
        regions=frozenset(regions),
        numbers=frozenset(numbers),
        lead_numbers=frozenset(lead_numbers),
        recalled_numbers=frozenset(recalled),
        risen_numbers=frozenset(risen_figures(title or "", text or "", lang) & lead_numbers),
        years=frozenset(years),
        days=frozenset(days),
        lead_days=frozenset(d for d, at in named_days.items() if at < lead_at),
        weekdays=frozenset(_weekdays_named(lead_text(title or "", text or ""), lang))
        if not dated
        else frozenset(),
        lead=_lead(lead_row) if lead_row is not None else None,
        families=frozenset(type_family(r.mention.event_type) for r in mentions if r.mention.event_type),
        words=content_words(body, lang, skip=named),
        names=frozenset(names_in(body, named, lang)),
        title_words=key.words,
        title_names=key.names,
        follow_up=follow_up_of_lead(title or "", text or "", lang),
    )


def _places(
    body: str, title: str, text: str, lang: str = ""
) -> tuple[str, set[str], list[Spot], set[str], list[tuple[int, int]]]:
    """Country, countries, places, provinces and the spans of every place name, read with the
    report's language (its pack's proclitics, case endings and own country names: "بحمص" is
    Homs, "Ливии" Libya), as the coder reads them."""
    from extractors.events.countries import find_countries, join_read
    from extractors.events.main_country import main_country
    from extractors.events.place_cues import place_cues
    from extractors.events.places import find_places

    language = lang or None
    country = main_country(text, title, language) or ""
    # the countries of `body` from those of the headline and the text, which the coder has read
    # (`countries.join_read`: JOINED_TEXTS)
    sep = body[len(title) : len(body) - len(text)]
    body = join_read(title, sep, text, language)
    place_cues(language).join_inner_starts(title, sep, text)
    found = find_places(body, country or None, language)
    countries = {norm(m.country) for m in found if m.kind == "country"}
    spots: dict[str, Spot] = {}
    regions: set[str] = set()
    for m in found:
        if m.kind == "country":
            continue
        if norm(m.country) != norm(country) and norm(m.country) not in countries:
            continue  # a place abroad counts only when its country is named too
        if m.admin1:
            regions.add(f"{norm(m.country)}|{norm(m.admin1)}")
        if m.kind == "admin1":
            continue
        spot = Spot(m.name, m.admin1, m.country, _round(m.latitude), _round(m.longitude),
                    place_weight(_population(m.name, m.country, m.latitude, m.longitude), m.kind))  # fmt: skip
        spots.setdefault(spot.key, spot)
    spans = [(m.start, m.end) for m in found] + [(m.start, m.end) for m in find_countries(body, language)]
    return norm(country), countries, list(spots.values()), regions, spans


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


@lru_cache(maxsize=65536)
def _population(name: str, country: str, latitude: float | None, longitude: float | None) -> int:
    """The population of the gazetteer entry a match names (nearest of that name in its country)."""
    from extractors.events.countries import country_code
    from extractors.events.gazetteer import load_gazetteer

    code = country_code(country) or ""
    candidates = [p for p in load_gazetteer().lookup(name) if p.country_code == code] or []
    if not candidates:
        return 0
    if latitude is None or longitude is None:
        return max(p.population for p in candidates)
    best = min(candidates, key=lambda p: (p.latitude - latitude) ** 2 + (p.longitude - longitude) ** 2)
    return best.population


def _mention_spot(row: MentionRow) -> Spot | None:
    m = row.mention
    if not norm(m.location) or m.geo_precision >= 3 or norm(m.location) == norm(m.admin1):
        return None
    population = _population(m.location, m.country, m.latitude, m.longitude)
    return Spot(m.location, m.admin1, m.country, _round(m.latitude), _round(m.longitude),
                place_weight(population, "city"))  # fmt: skip


def _undated_row(row: MentionRow) -> MentionRow:
    """The row without its day: the coder resolved it from a date that is not the report's."""
    mention = replace(row.mention, event_date=None, date_precision="")
    return replace(row, published_at=None, mention=mention)


def _lead(row: MentionRow) -> Lead:
    m = row.mention
    return Lead(m.event_type, m.sub_event_type, m.event_date, m.date_precision, norm(m.country),
                m.admin1, m.location, m.latitude, m.longitude, m.geo_precision, m.actor1, m.actor2,
                m.actor1_kind, m.actor2_kind, m.actor1_country, m.actor2_country, row.position)  # fmt: skip
