"""News text -> ACLED-style event mentions. `code_events(article)` is the entry point.

Every language is read the same way, through its language pack (`extractors/data/lang/`); no module
of the coder holds a word of any language. How an article is coded (each step is a named module):
1. `candidates.candidates_in`: every sentence (and the headline) is read (`reading.read`) and cut
   into event clauses (`clauses.event_clauses`), so each figure, place and date stays with its own
   event. A clause's real triggers (not hedged, negated, planned, habitual: `modality`) give its
   acts (`trigger_choice.clause_acts`); each act makes a candidate with the clause's actors and
   roles (`actors`, `roles`), death figure (`fatalities`), date (`clause_date.event_date`, never the
   date of a reporting verb) and place (`locate`). Sentences that are background (running totals,
   past years) give no candidate; a report whose lead is about accidents, disasters, sport or
   elections and that names no precise conflict event gives no row (`_non_conflict_report`).
2. `type_resolution.resolve_type`: placeholder triggers get their ACLED type from context; then the
   article-level rules: crowds' damage and force on crowds (`crowds.crowd_damage`), places taken
   without a fight (`takeovers.peaceful_takeovers`), crimes that are no conflict event (domestic
   killings and the arrests after an ordinary crime: `ordinary_violence`), crowd sizes in other towns
   (`crowds.crowd_counts`).
3. `grouping.group`: candidates form events (same type, no conflicting date, place or actor);
   generic ones join the nearest compatible event; the headline's event leads.
4. `mention_fields.to_mention`: one EventMention per event.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import STATE_FORCES
from extractors.events.article_dates import (
    anchored_weekdays,
    latest_stated_date,
    weekday_anchors,
    weekday_pinned_date,
)
from extractors.events.candidates import (
    Candidate,
    candidates_in,
    clause_actors,
    placed_in_clause,
    tells_an_act,
)
from extractors.events.crowd_interventions import (
    force_on_the_reports_protest,
    riots_by_name_only,
    without_weak_forces,
)
from extractors.events.crowds import crowd_counts, crowd_damage
from extractors.events.event_days import dated_to_the_day, split_by_day
from extractors.events.grouping import group
from extractors.events.locate import article_country
from extractors.events.mention_fields import to_mention
from extractors.events.modality import non_conflict_in
from extractors.events.named_actors import as_state_forces
from extractors.events.next_day import next_day_dates
from extractors.events.ordinary_violence import domestic_killings, police_work_arrests
from extractors.events.raids import raid_arrests
from extractors.events.reading import has_pack, read
from extractors.events.report_checks import (
    article_explosion_sub,
    ordinary_crime_arrests,
    tells_a_fight,
    tells_an_armed_side,
    tells_violence,
    without_an_armed_side,
)
from extractors.events.same_event import ArticleContext
from extractors.events.sentences import Sentence, headline_of, split_sentences
from extractors.events.takeovers import peaceful_takeovers
from extractors.events.type_resolution import resolve_type
from extractors.language import detect_language
from extractors.models import Article, EventMention


def code_events(article: Article) -> list[EventMention]:
    """The conflict events an article reports, one EventMention per distinct event (pure)."""
    if not article.text.strip():
        return []
    # the flow passes the detected language; detect it here when a caller did not
    language = article.language or detect_language(article.text) or "en"
    if not has_pack(language):
        return []  # a language without a pack: nothing is read rather than misread
    headline = headline_of(article.title, article.text)
    sentences = split_sentences(article.text, language)
    title = Sentence(headline, -1, -1, -1, -1) if headline else None
    if not tells_an_act(sentences, title, language):
        return []  # ACT_WORDS_GATE: no sentence can give a candidate
    hint = article_country(article.text, headline or "", language)
    published, source = _reference_day(article, sentences, language)
    texts = [s.text for s in [*sentences, *([title] if title else [])]]
    with anchored_weekdays(weekday_anchors(texts, language, published) if published else ()):
        return _coded(sentences, title, published, source, language, hint)


def _coded(sentences: list[Sentence], title: Sentence | None, published: date | None, source: str,
           language: str, hint: str | None) -> list[EventMention]:  # fmt: skip
    """`code_events` from the reference day on (a bare weekday anchored to the day the text dates it)."""
    cands = candidates_in(sentences, title, published, language, hint)
    if _non_conflict_report(title, sentences, language, cands):
        return []
    explosion_sub = article_explosion_sub(cands)
    told, fight, armed = (
        tells_violence(cands),
        tells_a_fight(cands),
        tells_an_armed_side(cands, [s.text for s in sentences], language),
    )
    resolved = raid_arrests(
        crowd_damage([c for c in (resolve_type(c, explosion_sub, told, fight, armed) for c in cands) if c])
    )
    resolved = peaceful_takeovers(resolved, [*sentences, *([title] if title else [])], language, published)
    texts = [s.text for s in [*sentences, *([title] if title else [])]]
    resolved = ordinary_crime_arrests(without_an_armed_side(resolved, texts, language))
    resolved, domestic = domestic_killings(resolved)  # DOMESTIC_KILLING
    resolved = police_work_arrests(resolved, texts, language, domestic)  # POLICE_WORK
    resolved += crowd_counts(sentences, resolved, published, language, hint)
    events = split_by_day(
        riots_by_name_only(
            force_on_the_reports_protest(group(next_day_dates(without_weak_forces(resolved))), resolved)
        ),
        published,
        hint,
        language,
    )  # THE_NEXT_DAY; FORCE_ON_THE_REPORTS_PROTEST; RIOT_BY_NAME_ONLY
    ctx = ArticleContext(sentences, title, hint, published, language, resolved)
    mentions = [to_mention(e, ctx, main=i == 0) for i, e in enumerate(events)]
    # a group governing its state on the day is that state's forces (ACLED: the Taliban since 2021)
    return [
        dataclasses.replace(as_state_forces(m, m.event_date or published),
                            date_source=source if m.event_date else "none")
        for m in dated_to_the_day([m for m in mentions if m is not None])
    ]  # fmt: skip


def _non_conflict_report(title: Sentence | None, sentences: list[Sentence], language: str,
                         cands: list[Candidate]) -> bool:  # fmt: skip
    """A report whose headline or lead is about a storm, a match or an election, and that names no
    event precisely (no trigger stronger than "killed", "clashes", "attack"), reports no conflict event."""
    lead = [s for s in ([title] if title else []) + sentences[:1]]
    if not any(non_conflict_in(read(s.text, language)) for s in lead):
        return False
    # a crowd protesting: counted or named as a crowd, placed by its own clause ("supporters protested
    # in Lusaka against the election results"), or met by force (a protest about an election is a protest)
    cands = [c for c in cands if not occasion_crowd(c)]
    crowd = any(
        c.event_type in (tx.PROTESTS, tx.RIOTS)
        and c.trigger.trigger.event_type in (tx.PROTESTS, tx.RIOTS)
        and (c.crowd or placed_in_clause(c) or c.sub_event_type != tx.PEACEFUL)
        for c in cands
    )
    return not crowd and not any(
        (c.strength >= 3 or _armed_destruction(c)) and _armed_or_deadly(c) for c in cands
    )


def _armed_destruction(c: Candidate) -> bool:
    """ARMED_DESTRUCTION: armed men or arsonists burning or looting ("gunmen burned down the offices of
    the electoral commission") tell a conflict event even in a report whose lead is about an election."""
    return (
        c.event_type == tx.STRATEGIC
        and c.sub_event_type == tx.LOOTING
        and c.actor1 is not None
        and c.actor1.armed
    )


def occasion_crowd(c: Candidate) -> bool:
    """OCCASION_CROWD: in a report whose lead is about a match, a concert or an election, people who
    only march, gather or stop work (the pack's `gathering_words`: "fans marched to the stadium",
    "the footballers went on strike") with no word in the clause of what they are against or demand
    (`grievance_words`) are no protest; "supporters marched in Lusaka to denounce the results" is one.
    A pack without `gathering_words` leaves every crowd alone."""
    r, t = c.reading, c.trigger
    if (
        c.event_type != tx.PROTESTS
        or c.sub_event_type != tx.PEACEFUL
        or not r.pack.data.get("gathering_words")
    ):
        return False
    gathering = [
        m for m in r.hits("gathering_words") if m.first <= t.first < m.last or t.first <= m.first < t.last
    ]
    if not gathering:
        return False
    return not any(
        c.span[0] <= m.first < c.span[1] and not any(g.first <= m.first < g.last for g in gathering)
        for m in r.hits("grievance_words")
    )


def _armed_or_deadly(c: Candidate) -> bool:
    """In a report whose lead is about no conflict, a clash or a place changing hands is a conflict
    event only with an armed side or deaths ("a fierce league clash", "the opposition conquered two
    cities" are not), and a weapon only with deaths or someone it hit."""
    if c.trigger.trigger.event_type == tx.EXPLOSIONS:
        # "the army held live-fire drills, firing artillery and launching drones": a weapon used where
        # the lead tells of no conflict needs deaths or someone it hit
        return bool(c.fatalities) or c.actor2 is not None or _foreign_weapon(c)
    if c.trigger.trigger.event_type != tx.BATTLES:
        return True
    return bool(c.fatalities) or any(
        a.armed for a in (c.actor1, c.actor2, *clause_actors(c)) if a is not None
    )


def _foreign_weapon(c: Candidate) -> bool:
    """FOREIGN_WEAPON: a weapon a state's forces fired in another state ("Ukrainian drones attacked an
    oil depot in the Bryansk region; a fire broke out, no one was hurt") is a strike whatever the lead
    tells beside it (a fire, `modality.non_conflict`): no army drills abroad with live fire."""
    a, place = c.actor1, c.place
    return (
        a is not None
        and a.kind == STATE_FORCES
        and bool(a.country)
        and place is not None
        and bool(place.country)
        and a.country != place.country
    )


def _reference_day(article: Article, sentences: list[Sentence], language: str) -> tuple[date | None, str]:
    """The day relative dates are read from, and where it came from (`models.DATE_SOURCES`): the
    publication date. A page with no date of its own (`page_dated` False: the date is its feed's,
    perhaps a default one, or its story's) is read from the most recent full date (with its year)
    the text states when that is later than that date: a report tells of no day after it was
    published, so a date older than what the text states is not the report's; a text that states
    no year may pin one by a weekday beside its date (`article_dates.weekday_pinned_date`, read back from
    the day the page was fetched). Without any publication date: that date ("text"), else none."""
    published = article.published_at.date() if article.published_at else None
    if published is not None and article.page_dated:
        return published, article.date_source
    texts = [s.text for s in sentences]
    stated = latest_stated_date(texts, language)
    if stated is None and article.fetched_at is not None:
        stated = weekday_pinned_date(texts, language, article.fetched_at.date())
    if stated is None or (published is not None and stated <= published):
        return published, article.date_source if published is not None else "none"
    return stated, "text"
