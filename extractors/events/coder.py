"""News text -> ACLED-style event mentions. `code_events(article)` is the entry point.

Every language is read the same way, through its language pack (`extractors/data/lang/`); this
module holds no word of any language. How an article is coded (each step is a named function):
1. `_candidates`: every sentence (and the headline) is read (`reading.read`) and cut into event
   clauses (`_event_clauses`: at `;` and the pack's clause connectors, when each side has a trigger
   of its own that is not only an outcome word), so each figure, place and date stays with its own
   event. A clause's strongest real trigger (not hedged, negated, planned, habitual: `modality`)
   makes a candidate with the clause's actors and roles (`actors`, `roles`), death figure
   (`fatalities`), date (`dates`, never the date of a reporting verb) and place (`locate`).
   Sentences that are background (running totals, past years) or about accidents, disasters,
   sport or elections (`modality`) give no candidate.
2. `_resolve_type`: placeholder triggers get their ACLED type from context: an explosion of
   unstated kind takes the article's specific one; a place changing hands is "Government regains"
   when state forces took it; a killing is Violence against civilians when civilians were hit, a
   clash when both sides are armed; protests and riots need a crowd; armed men burning homes is
   property destruction, not a riot.
3. `grouping.group`: candidates form events (same type, no conflicting date, place or actor);
   generic ones join the nearest compatible event; the headline's event leads.
4. `grouping.to_mention`: one EventMention per event.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from extractors.events import taxonomy as tx
from extractors.events.actors import (
    CIVILIANS,
    PROTESTERS,
    RIOTERS,
    STATE_FORCES,
    UNKNOWN,
    ActorMention,
    actors_in,
)
from extractors.events.countries import find_countries
from extractors.events.dates import DateExpression, dates_in, latest_stated_date
from extractors.events.fatalities import clause_deaths, figures_in
from extractors.events.locate import (
    article_country,
    dateline_end,
    event_places,
    listing_gap,
    places_in,
    sentence_place,
)
from extractors.events.modality import background_in, non_conflict_in, unreal_at
from extractors.events.numbers import numbers_in
from extractors.events.reading import Reading, has_pack, read
from extractors.events.roles import adjective_agent, roles_in
from extractors.events.sentences import Sentence, split_sentences
from extractors.language import detect_language
from extractors.models import Article, EventMention

BACKGROUND_DAYS = 30  # events dated further back than this before publication are background
DATE_REACH = 30  # tokens: a date further from the trigger belongs to another part of a long sentence
REPORTING_DATE_REACH = 3  # tokens between a reporting verb and the date it gives ("said on Monday")
OUTCOME_CLASSES = (
    "outcomes.killed",
    "outcomes.wounded",
    "outcomes.abducted",
    "outcomes.arrested",
    "outcomes.missing",
)


@dataclass
class Candidate:
    sentence: Sentence
    reading: Reading
    span: tuple[int, int]  # token range of the event clause
    trigger: tx.TriggerMatch
    event_type: str
    sub_event_type: str
    strength: int
    actor1: ActorMention | None
    actor2: ActorMention | None
    fatalities: int | None
    toll: bool
    when: DateExpression | None
    place: object | None  # places.PlaceMatch
    near: bool
    from_title: bool = False
    superseded: bool = False  # the figure is an early report ("initial reports said ...")
    intervention: bool = False  # arrests made at the protest this candidate joined
    crowd: bool = False  # the clause names a crowd (protesters, residents, hundreds of people)
    inherited: bool = False  # `when` is the day the text last named, not the clause's own


def code_events(article: Article) -> list[EventMention]:
    """The conflict events an article reports, one EventMention per distinct event (pure)."""
    from extractors.events.grouping import ArticleContext, group, to_mention

    if not article.text.strip():
        return []
    # the flow passes the detected language; detect it here when a caller did not
    language = article.language or detect_language(article.text) or "en"
    if not has_pack(language):
        return []  # a language without a pack: nothing is read rather than misread
    hint = article_country(article.text, article.title, language)
    sentences = split_sentences(article.text, language)
    title = Sentence(article.title.strip(), -1, -1, -1, -1) if article.title.strip() else None
    published = (
        article.published_at.date() if article.published_at else _latest_stated_date(sentences, language)
    )
    cands = _candidates(sentences, title, published, language, hint)
    if _non_conflict_report(title, sentences, language, cands):
        return []
    explosion_sub = _article_explosion_sub(cands)
    resolved = _crowd_damage([c for c in (_resolve_type(c, explosion_sub) for c in cands) if c])
    resolved = _peaceful_takeovers(resolved, [*sentences, *([title] if title else [])], language, published)
    resolved += _crowd_counts(sentences, resolved, published, language, hint)
    events = group(resolved)
    ctx = ArticleContext(sentences, title, hint, published, language, resolved)
    mentions = [to_mention(e, ctx, main=i == 0) for i, e in enumerate(events)]
    return [m for m in mentions if m is not None]


def _non_conflict_report(title: Sentence | None, sentences: list[Sentence], language: str,
                         cands: list[Candidate]) -> bool:  # fmt: skip
    """A report whose headline or lead is about a storm, a match or an election, and that names no
    event precisely (no trigger stronger than "killed", "clashes", "attack"), reports no conflict event."""
    lead = [s for s in ([title] if title else []) + sentences[:1]]
    if not any(non_conflict_in(read(s.text, language)) for s in lead):
        return False
    crowd = any(
        c.event_type in (tx.PROTESTS, tx.RIOTS)
        and c.trigger.trigger.event_type in (tx.PROTESTS, tx.RIOTS)
        and c.crowd
        for c in cands
    )
    return not crowd and not any(c.strength >= 3 and _armed_or_deadly(c) for c in cands)


def _armed_or_deadly(c: Candidate) -> bool:
    """A clash or a place changing hands is a conflict event only with an armed side or deaths
    ("a fierce league clash", "the opposition conquered two cities" are not)."""
    if c.trigger.trigger.event_type != tx.BATTLES:
        return True
    return bool(c.fatalities) or any(
        a.armed for a in (c.actor1, c.actor2, *_clause_actors(c)) if a is not None
    )


def _reference_date(published: date | None, sentences: list[Sentence], language: str) -> date | None:
    """The date relative expressions are read from: the publication date (the page's, else the
    feed's); without one, or when the text itself states a later full date (a feed that dates an
    undated page by a default day), the most recent full date the text states."""
    stated = _latest_stated_date(sentences, language)
    if published is None or (stated is not None and stated > published + timedelta(days=1)):
        return stated or published
    return published


def _latest_stated_date(sentences: list[Sentence], language: str) -> date | None:
    """Without a publication date: the most recent full date (with its year) the text states."""
    return latest_stated_date([s.text for s in sentences], language)


# ---------------------------------------------------------------- candidates


def _candidates(sentences: list[Sentence], title: Sentence | None, published: date | None,
                language: str, hint: str | None) -> list[Candidate]:  # fmt: skip
    out = []
    year = published.year if published else None
    for s in [*sentences, *([title] if title else [])]:
        r = read(s.text, language)
        if not r.hits("triggers", "generic_violence", "outcomes.killed"):
            continue
        if background_in(r, year, [n.value for n in numbers_in(r) if n.count]):
            continue
        dates = dates_in(r, published) if published else []
        skip = frozenset(k for d in dates for k in range(d.first, d.last))
        # a date's words are no trigger ("May"); a date inside a gapped phrase is ("agreed on Friday to a truce")
        triggers = [t for t in tx.triggers_in(r) if t.first not in skip and t.last - 1 not in skip]
        triggers += _killing_words(r, triggers)
        non_conflict = non_conflict_in(r)
        for span in _event_clauses(r, triggers):
            real = [
                t for t in triggers if span[0] <= t.first < span[1] and _is_real(r, t, skip, non_conflict)
            ]
            if not real:
                continue
            best = max(real, key=lambda t: (t.trigger.strength, not _crowd_word(r, t), _explosion_rank(t),
                                            not _only_outcome(r, t), -t.first))  # fmt: skip
            # what the clause reports when its strongest word is only part of it (see each rule)
            best = _disrupted_weapon(r, _crowd_act(r, best, real), real)
            best = _arrest_over_charge(r, _protest_over_grievance(r, best, real, span), real)
            best = _armed_men_at_a_gathering(r, best, real, span)
            for t in [best, *_second_acts(r, real, best, span)]:
                cand = _candidate(s, r, span, t, dates, published, hint, language, real)
                if cand is None:
                    continue
                cand.from_title = s is title
                out.append(cand)
                out.extend(_listed_places(cand, language, hint))
        out = _fighting_of_a_capture(out, s, hint, language)
    return out


# Kinds of explosion in one clause, the most telling first: missiles fired by a drone are an air strike.
EXPLOSION_PRIORITY = ("Chemical weapon", tx.SUICIDE, tx.AIR_STRIKE, tx.IED, tx.SHELLING, "Grenade")


def _explosion_rank(t: tx.TriggerMatch) -> int:
    sub = t.trigger.sub_event_type
    return len(EXPLOSION_PRIORITY) - EXPLOSION_PRIORITY.index(sub) if sub in EXPLOSION_PRIORITY else 0


SECOND_ACTS = frozenset({tx.ARRESTS, tx.AGREEMENT})


def _second_acts(r: Reading, real: list[tx.TriggerMatch], best: tx.TriggerMatch,
                 span: tuple[int, int]) -> list[tx.TriggerMatch]:  # fmt: skip
    """ "... left four dead, police said, adding they arrested four suspects": arrests and agreements
    are events of their own even in a clause whose strongest word reports a fight; not the arrest
    a crowd protests against (`_protest_grievance`)."""
    seen = {best.trigger.sub_event_type}
    out = []
    for t in real:
        sub = t.trigger.sub_event_type
        if t is not best and t.trigger.event_type == tx.STRATEGIC and sub in SECOND_ACTS and sub not in seen:
            if _protest_grievance(r, best, t, span):
                continue
            seen.add(sub)
            out.append(t)
    return out


def _protest_grievance(r: Reading, best: tx.TriggerMatch, t: tx.TriggerMatch, span: tuple[int, int]) -> bool:
    """ "Supporters rallied on Monday to protest against the arrest of their leader": an act named
    after a crowd's protest word, in a clause no police or soldier is in, is what the crowd protests
    about, not an act of the day (the police's arrests at a protest name the police)."""
    if best.trigger.event_type != tx.PROTESTS or t.first < best.last:
        return False
    return not any(span[0] <= m.first < span[1] for m in r.hits("actors.police", "actors.state_forces"))


def _killing_words(r: Reading, triggers: list[tx.TriggerMatch]) -> list[tx.TriggerMatch]:
    """A killed word with a death figure ("buried at least 43 people", "43 morts") reports a killing
    even when the pack lists it only as an outcome: a generic violence trigger of its own."""
    figures = figures_in(r)
    out = []
    for m in r.hits("outcomes.killed"):
        if any(t.first < m.last and m.first < t.last for t in triggers):
            continue
        if any(
            abs(f.first - m.first) <= 6 and r.same_clause(min(f.first, m.first), max(f.first, m.first))
            for f in figures
        ):
            t = tx.Trigger(tx.PLACEHOLDER_VIOLENCE, tx.ATTACK, 1, r.pack.code, m.phrase)
            out.append(tx.TriggerMatch(t, m.start, m.end, r.text[m.start : m.end], m.first, m.last))
    return out


WEAPON_REACH = 3  # tokens between an interception word and the weapon it stopped ("shot down two drones")


def _disrupted_weapon(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch]) -> tx.TriggerMatch:
    """ "Air defences shot down two drones", "the rockets were intercepted": a weapon word that is
    the object of an interception or defusing names what was stopped, not an attack that hit."""
    if best.trigger.event_type != tx.EXPLOSIONS:
        return best
    stops = [
        t
        for t in real
        if t.trigger.sub_event_type == tx.DISRUPTED
        and (0 <= best.first - t.last <= WEAPON_REACH or 0 <= t.first - best.last <= WEAPON_REACH)
        and r.same_clause(min(t.first, best.first), max(t.first, best.first))
    ]
    return min(stops, key=lambda t: abs(t.first - best.first), default=best)


VIOLENT_ACTS = frozenset({tx.BATTLES, tx.EXPLOSIONS, tx.VIOLENCE_AGAINST_CIVILIANS, tx.PLACEHOLDER_VIOLENCE})


def _protest_over_grievance(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch],
                            span: tuple[int, int]) -> tx.TriggerMatch:  # fmt: skip
    """ "Hundreds of women rallied in Abuja to demand the release of pupils abducted by gunmen": the
    violence named after the crowd's protest act, in a clause no police or soldier is in, is what
    the crowd protests about (its grievance); the protest is the clause's event."""
    if best.trigger.event_type not in VIOLENT_ACTS or not _names_a_crowd(r, span):
        return best
    if any(span[0] <= m.first < span[1] for m in r.hits("actors.police", "actors.state_forces")):
        return best  # "marched on parliament and were shot at by police": force against the crowd
    acts = [
        t
        for t in real
        if t.trigger.event_type == tx.PROTESTS and t.first < best.first and not _crowd_word(r, t)
    ]
    return acts[0] if acts else best


def _armed_men_at_a_gathering(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch],
                              span: tuple[int, int]) -> tx.TriggerMatch:  # fmt: skip
    """ "Gunmen killed three people at a rally": when armed men who are not the state's forces are
    the clause's doers, its protest word is where they struck (a crowd gathered), and its violent
    word is the event."""
    if best.trigger.event_type != tx.PROTESTS or _crowd_word(r, best):
        return best
    armed = [a for a in actors_in(r, None) if span[0] <= a.first < best.first and a.armed]
    if not armed or any(a.kind in (STATE_FORCES, PROTESTERS, RIOTERS) for a in armed):
        return best
    acts = [t for t in real if t.trigger.event_type in VIOLENT_ACTS and t.first < best.first]
    return max(acts, key=lambda t: (t.trigger.strength, -t.first), default=best)


def _arrest_over_charge(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch]) -> tx.TriggerMatch:
    """ "arrested three men accused of preparing an attack": violence an arrest's clause alleges
    (a blame word before it) is the charge; the arrest is the clause's event."""
    if best.trigger.event_type not in VIOLENT_ACTS:
        return best
    if not _accused(r, best):
        return best
    arrests = [t for t in real if t.trigger.sub_event_type == tx.ARRESTS and t.first < best.first]
    return arrests[-1] if arrests else best


CROWD_ACT_REACH = 3  # tokens between a crowd noun and the act it did or suffered ("protesters stormed")


def _crowd_act(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch]) -> tx.TriggerMatch:
    """ "Protesters stormed the parliament", "demonstrators were attacked": when the strongest word
    of a clause only names the crowd, the act it did or suffered next to it says what happened."""
    if not _crowd_word(r, best) or best.trigger.event_type != tx.PROTESTS:
        return best  # a riot word ("rioters") already says what happened
    acts = [
        t
        for t in real
        if t.trigger.event_type in (tx.PLACEHOLDER_VIOLENCE, tx.BATTLES)
        and not _only_outcome(r, t)
        and (0 <= t.first - best.last <= CROWD_ACT_REACH or 0 <= best.first - t.last <= CROWD_ACT_REACH)
        and r.same_clause(min(t.first, best.first), max(t.first, best.first))
    ]
    return min(acts, key=lambda t: abs(t.first - best.first), default=best)


def _only_outcome(r: Reading, t: tx.TriggerMatch) -> bool:
    return any(m.first <= t.first and t.last <= m.last for m in r.hits(*OUTCOME_CLASSES))


def _event_clauses(r: Reading, triggers: list[tx.TriggerMatch]) -> list[tuple[int, int]]:
    """Token ranges of the event clauses of a sentence: cut at `;` and at the pack's clause
    connectors; a part whose triggers are only outcome words ("12 soldiers were killed") belongs to
    the part next to it, which says what killed them."""
    n = len(r.tokens)
    cuts = {0, n}
    subjects = [(a.first, a.last) for a in actors_in(r, None)]
    for m in r.hits("clause_connectors"):
        if m.first > 0 and not _only_a_subject_before(r, m.first, subjects):
            cuts.add(m.first)
    for k in range(1, n):
        if ";" in r.text[r.tokens[k - 1].end : r.tokens[k].start]:
            cuts.add(k)
    bounds = sorted(cuts)
    parts = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]

    everyone = actors_in(r, None)
    armed = [a for a in everyone if a.armed]
    numbers = [n for n in numbers_in(r) if n.count]

    def killing(t: tx.TriggerMatch, part: tuple[int, int]) -> bool:
        """ "insurgents killed the farmers": a killer before the killed word and its victims after it."""
        counted = {a.first for a in armed for n in numbers if 0 <= a.first - n.last <= 2}
        killer = any(part[0] <= a.first and a.last <= t.first and a.first not in counted for a in armed)
        after = range(t.last, t.last + 4)
        victims = any(a.first in after for a in everyone) or any(n.first in after for n in numbers)
        return killer and victims

    def own(part: tuple[int, int]) -> bool:
        return any(
            part[0] <= t.first < part[1] and (not _only_outcome(r, t) or killing(t, part)) for t in triggers
        )

    merged: list[list[int]] = []
    pending: list[int] | None = None
    for a, b in parts:
        if own((a, b)):
            if pending is not None:
                a = pending[0]
                pending = None
            merged.append([a, b])
        elif merged:
            merged[-1][1] = b
        else:
            pending = [a, b] if pending is None else [pending[0], b]
    if pending is not None:
        merged.append(pending)
    return [(a, b) for a, b in merged]


def _only_a_subject_before(r: Reading, k: int, subjects: list[tuple[int, int]]) -> bool:
    """ "Ukrainian drones later struck a depot", "police then dispersed the crowd": a connector word
    right after the sentence's subject, with no mark before it, sits inside its clause."""
    if any(ch in ",;:" for ch in r.text[r.tokens[k - 1].end : r.tokens[k].start]):
        return False
    return any(first <= 1 and last == k for first, last in subjects)


TERRITORY_REACH = 4  # tokens from a place-change word to the place that changed hands


def _place_next_to(r: Reading, t: tx.TriggerMatch) -> bool:
    """A place-change word counts with a place after it ("seized the town of X", "took Kidal") or a
    place before its passive ("the town was captured"): a name or a place noun of the pack."""
    nouns = r.hits("place_words.region", "place_words.district", "place_words.settlement", "place_words.area",
                   "place_words.facility")  # fmt: skip
    if any(t.first <= m.first < t.last for m in nouns):
        return True  # "took control of the town": the place noun is part of the phrase
    # the subject between a verb and its object (verb-first word order: "seized [the RSF] the city")
    # does not count against the reach
    subject = next((a.last - a.first for a in actors_in(r, None) if a.first == t.last), 0)
    for k in [
        *range(t.last, min(len(r.tokens), t.last + subject + TERRITORY_REACH)),
        *range(max(0, t.first - TERRITORY_REACH), t.first),
    ]:
        if not r.same_clause(min(k, t.first), max(k, t.first)):
            continue
        word = r.tokens[k].text
        if k > 0 and word[:1].isupper() and (not word.isupper() or any(ch.isdigit() for ch in word)):
            return True
        if any(m.first == k for m in nouns):
            return True
    return False


def _crowd_word(r: Reading, t: tx.TriggerMatch) -> bool:
    """Is the trigger also a crowd noun ("protesters", "rioters"): an act beats a crowd named."""
    return any(m.first <= t.first < m.last for m in r.hits("actors.protesters", "actors.rioters"))


def _is_real(r: Reading, t: tx.TriggerMatch, skip: frozenset[int], non_conflict: bool) -> bool:
    if unreal_at(r, t.first, t.last, skip):
        return False
    if t.trigger.strength <= 2 and non_conflict and t.trigger.event_type not in (tx.PROTESTS, tx.RIOTS):
        return False  # "killed in a road accident", "a gas explosion": no conflict event (a protest
        # about power cuts or an election is still a protest)
    if t.trigger.sub_event_type in (tx.PLACEHOLDER_TERRITORY, tx.TRANSFER) and not _place_next_to(r, t):
        return False  # "weapons had been seized": goods, not a place, changed hands
    # an actor word that holds the trigger is the actor, not the act: "riot police", "the attackers"
    if t.trigger.strength < 4 and any(
        m.first <= t.first and t.last <= m.last
        for m in r.hits("actors.unidentified_armed", "actors.militants")
    ):
        return False  # (an unmistakable one, "a suicide bomber", still names the act it did)
    return not any(
        m.first <= t.first and t.last <= m.last and (m.last - m.first) > (t.last - t.first)
        for m in r.hits("actors.police", "actors.state_forces")
    )


def _candidate(s: Sentence, r: Reading, span: tuple[int, int], t: tx.TriggerMatch, dates: list[DateExpression],
               published: date | None, hint: str | None, language: str,
               others: list[tx.TriggerMatch]) -> Candidate | None:  # fmt: skip
    when = _event_date(s, r, span, t, dates, others)
    if any(m.first <= t.first < m.last for m in r.hits("numbers.toll_nouns")):
        when = None  # "the toll rose to six on Monday": the day the count changed, not the event's day
    if (
        when is not None
        and published is not None
        and when.value < published - timedelta(days=BACKGROUND_DAYS)
    ):
        return None  # an old event recalled as background: never invented precisely
    if (
        when is not None
        and published is not None
        and when.precision == "month"
        and (when.value.year, when.value.month) < (published.year, published.month)
    ):
        return None  # "last month, bandits killed 20 people": an earlier month's event recalled, no day
    if when is not None and published is not None and when.value > published + timedelta(days=1):
        when = None
    actors = [a for a in actors_in(r, hint) if span[0] <= a.first < span[1]]
    actor1, actor2 = roles_in(r, t, actors)
    if actor1 is None and actor2 is not None and actor2.first <= t.first and t.last <= actor2.last:
        actor1, actor2 = actor2, None  # "a suicide bomber killed 12": the actor word naming the act did it
    if actor1 is None:
        by_adjective = (adjective_agent(r, x) for x in [t, *others])
        actor1 = next((a for a in by_adjective if a is not None), None)
        if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
            actor1 = None
    in_dates = {k for d in dates for k in range(d.first, d.last)}
    figures = [f for f in figures_in(r) if span[0] <= f.first < span[1] and f.first not in in_dates]
    fatalities = clause_deaths(figures)
    current = [f for f in figures if not f.superseded] or figures
    tolls = [f.value for f in current if f.kind == "toll"]
    char_span = (r.tokens[span[0]].start, r.tokens[span[1] - 1].end) if span[1] > span[0] else None
    place, near = sentence_place(s, hint, t.start, language, char_span)
    if place is None:
        place, near = sentence_place(s, hint, t.start, language)
    superseded = bool(figures) and all(f.superseded for f in figures)
    crowd = _names_a_crowd(r, span)
    return Candidate(s, r, span, t, t.trigger.event_type, t.trigger.sub_event_type, t.trigger.strength,
                     actor1, actor2, fatalities, bool(tolls), when, place, near,
                     superseded=superseded, crowd=crowd)  # fmt: skip


def _fighting_of_a_capture(
    cands: list[Candidate], s: Sentence, hint: str | None, language: str
) -> list[Candidate]:
    """ "The town was captured ... after heavy fighting": the fighting of a sentence that reports a
    place changing hands is part of that change (one Battles event, coded by its outcome)."""
    mine = [c for c in cands if c.sentence is s]
    if not any(c.sub_event_type == tx.PLACEHOLDER_TERRITORY for c in mine):
        return cands
    taken = {getattr(c.place, "name", None) for c in mine if c.sub_event_type == tx.PLACEHOLDER_TERRITORY}

    def part_of_it(c: Candidate) -> bool:
        # fighting elsewhere ("after two days of clashes near Anefis") is a clash of its own
        lo, hi = c.reading.span(*c.span)
        own_place = any(
            lo <= p.start < hi and p.name not in taken and p.kind not in ("admin1", "country")
            for p in event_places(c.sentence.text, hint, language)
        )  # (a region or a country holds the town taken: no place elsewhere)
        return c.sentence is s and c.sub_event_type == tx.ARMED_CLASH and not c.fatalities and not own_place

    return [c for c in cands if not part_of_it(c)]


LIST_GAP = 8  # characters between two places of one list ("Nkambe, Noni and Ndu")


def _listed_places(c: Candidate, language: str, hint: str | None) -> list[Candidate]:
    """ "riots in Kampala, Namulanda and Masaka": one event per town of a list in the event's
    clause (ACLED codes one row per location); the figure stays with the first, where the text
    gives it (the others get none)."""
    if c.place is None or c.from_title or getattr(c.place, "kind", "") == "admin1":
        return []
    lo, hi = c.reading.span(*c.span)
    towns = [p for p in event_places(c.sentence.text, hint, language)
             if lo <= p.start < hi and p.kind != "admin1" and p.kind != "country"]  # fmt: skip
    towns.sort(key=lambda p: p.start)
    run = [towns[0]] if towns else []
    end = run[0].end if run else 0
    for p in towns[1:]:
        gap = c.sentence.text[end : p.start]
        if _container_gap(gap, language):
            end = p.end  # "Namulanda in Entebbe", "Dogo near Maradi": where the member lies, no member
        elif len(gap) <= LIST_GAP and p.name != run[-1].name and listing_gap(gap, language):
            run.append(p)
            end = p.end
        elif len(run) < 2:
            run = [p]
            end = p.end
    if len(run) < 2 or all(getattr(p, "name", "") != getattr(c.place, "name", "") for p in run):
        return []
    return [
        replace(c, place=p, near=False, fatalities=None, toll=False) for p in run if p.name != c.place.name
    ]


CONTAINER_GAP = 24  # characters before a place that says where the list's last member lies


def _container_gap(gap: str, language: str) -> bool:
    """Does the text between a list member and the next place end with a locative or near
    preposition ("Kampala, Namulanda in Entebbe", "Dogo near Maradi")?"""
    if len(gap) > CONTAINER_GAP or any(ch in gap for ch in ".;:()") or not gap.strip():
        return False
    r = read(gap.strip(" ,"), language)
    n = len(r.tokens)
    return n > 0 and any(m.last == n for m in r.hits("locative_prepositions", "near_prepositions"))


def _names_a_crowd(r: Reading, span: tuple[int, int]) -> bool:
    crowd = r.hits("actors.protesters", "actors.rioters", "actors.civilians", "numbers.vague")
    return any(span[0] <= m.first < span[1] for m in crowd) or any(
        n.count and n.value >= 10 and span[0] <= n.first < span[1] for n in numbers_in(r)
    )


def _family_of(t: tx.TriggerMatch) -> str:
    """Protests and riots are one family: a protest and the riot it turned into share their day."""
    kind = t.trigger.event_type
    return "crowd" if kind in (tx.PROTESTS, tx.RIOTS) else kind


def _date_of_another_act(r: Reading, t: tx.TriggerMatch, d: DateExpression,
                         others: list[tx.TriggerMatch]) -> bool:  # fmt: skip
    """ "rallied to protest against the arrest of their leader last week": a date after another
    act's word (of another type, typed, no weaker than the trigger, not a crowd noun, not the weapon
    an interception stopped) that stands between it and the trigger is that act's date, not the
    trigger's (a date before the trigger, "On Monday, ... protested", opens its own clause)."""
    if d.first < t.last or t.trigger.event_type == tx.PLACEHOLDER_VIOLENCE:
        return False  # ("killed in an air strike on Monday": a killing word takes its act's day)
    return any(
        o is not t
        and t.last <= o.first
        and o.last <= d.first
        and o.trigger.event_type != tx.PLACEHOLDER_VIOLENCE
        and _family_of(o) != _family_of(t)
        and not (t.trigger.sub_event_type == tx.DISRUPTED and o.trigger.event_type == tx.EXPLOSIONS)
        and o.trigger.strength >= t.trigger.strength
        and not _crowd_word(r, o)
        for o in others
    )


def _reporting_date(r: Reading, d: DateExpression) -> bool:
    """ "a councillor told reporters yesterday", "the army said on Sunday": the day of the report."""
    for m in r.hits("reporting_verbs"):
        if _place_noun_of_a_name(r, m) or _inside_a_name(r, m):
            continue  # "in Kaduna state on Sunday", "Cite Soleil on Monday": part of a name, no verb
        if (
            m.last <= d.first
            and d.first - m.last <= REPORTING_DATE_REACH
            and r.same_clause(m.last - 1, d.first)
        ):
            return True
        if (
            m.first >= d.last
            and m.first - d.last <= 1
            and r.same_clause(d.last - 1, m.first)
            and not _punctuation_between(r, d.last - 1, m.first)
        ):
            return True  # "the army on Sunday said" (not "... on Sunday, police said": the event's day)
    return False


def _place_noun_of_a_name(r: Reading, m) -> bool:
    """Is the phrase a place noun right after a capitalised name ("Kaduna state", "Borno State")?"""
    if m.first == 0 or not r.tokens[m.first - 1].text[:1].isupper():
        return False
    return any(p.first <= m.first and m.last <= p.last for p in r.hits("place_words"))


def _inside_a_name(r: Reading, m) -> bool:
    """A capitalised word after another capitalised word that does not open the sentence ("Port-au-
    Prince's Cite Soleil", "Mohamed Said"): part of a name."""
    k = m.first
    return k >= 2 and r.tokens[k].text[:1].isupper() and r.tokens[k - 1].text[:1].isupper()


def _punctuation_between(r: Reading, i: int, j: int) -> bool:
    """Is there a comma or other mark between tokens i and j (i before j)?"""
    return any(ch in ",;:()" for ch in r.text[r.tokens[i].end : r.tokens[j].start])


def _event_date(s: Sentence, r: Reading, span: tuple[int, int], t: tx.TriggerMatch,
                dates: list[DateExpression], others: list[tx.TriggerMatch] = ()) -> DateExpression | None:  # fmt: skip
    """The date of the trigger's clause, else the nearest one of its sentence within reach; never
    the date of a reporting verb nor of the dateline, nor a date another act stands between
    (`_date_of_another_act`)."""
    head = r.token_at(dateline_end(s)) if dateline_end(s) else 0
    usable = [
        d for d in dates
        if d.first >= head and not _reporting_date(r, d) and not _date_of_another_act(r, t, d, others)
    ]  # fmt: skip
    own = [d for d in usable if span[0] <= d.first < span[1]]
    pool = own or [d for d in usable if abs(d.first - t.first) <= DATE_REACH]
    return min(pool, key=lambda d: abs(d.first - t.first), default=None)


# ---------------------------------------------------------------- types


def _article_explosion_sub(cands: list[Candidate]) -> str | None:
    specific = Counter(
        c.sub_event_type
        for c in cands
        if c.event_type == tx.EXPLOSIONS and c.sub_event_type != tx.PLACEHOLDER_EXPLOSION
    )
    return specific.most_common(1)[0][0] if specific else None


TAKEOVERS = frozenset({tx.GOVERNMENT_REGAINS, tx.NON_STATE_OVERTAKES})
FIGHTING_TYPES = frozenset(
    {tx.BATTLES, tx.EXPLOSIONS, tx.VIOLENCE_AGAINST_CIVILIANS, tx.PLACEHOLDER_VIOLENCE}
)


def _peaceful_takeovers(resolved: list[Candidate], sentences: list[Sentence], language: str,
                        published: date | None) -> list[Candidate]:  # fmt: skip
    """ACLED codes a place taken without a fight as a non-violent transfer of territory (Strategic
    developments), not a battle: a place that changed hands where the report's paragraph and the
    ones next to it (the lead, for the headline) tell of no fighting, shelling, attack or death."""
    out = []
    for c in resolved:
        if c.event_type == tx.BATTLES and c.sub_event_type in TAKEOVERS and not c.fatalities:
            here = c.sentence.paragraph if not c.from_title else 0
            near = [s for s in sentences if s.paragraph in (here - 1, here, here + 1)]  # the title is -1
            if not any(_tells_of_fighting(s, language, published) for s in near):
                c = replace(
                    c, event_type=tx.STRATEGIC, sub_event_type=tx.TRANSFER, strength=max(c.strength, 2)
                )
        out.append(c)
    return out


CROWD_COUNT_REACH = 8  # tokens between a place and the size of the crowd it held ("in Hamburg, some 50,000")
CROWD_MIN = 10  # people: fewer is no crowd


def _crowd_counts(sentences: list[Sentence], resolved: list[Candidate], published: date | None,
                  language: str, hint: str | None) -> list[Candidate]:  # fmt: skip
    """ "In Munich some 100,000 people gathered on the square, in Hamburg about 50,000": in a report
    whose lead tells a crowd protesting at a place, a sentence with no event word of its own that gives the size of a
    crowd of people at a place tells the protest there (ACLED: one event per town)."""
    lead = [
        c for c in resolved if c.event_type == tx.PROTESTS and not c.from_title and c.sentence.paragraph == 0
    ]
    if not any(c.crowd and c.place is not None for c in lead):
        return []  # the lead tells a crowd gathered somewhere (not only a strike called, "a national strike")
    told = {c.sentence.index for c in resolved if not c.from_title}
    out = []
    year = published.year if published else None
    for s in sentences:
        if s.index in told:
            continue
        r = read(s.text, language)
        if r.hits("triggers", "generic_violence", *OUTCOME_CLASSES) or not r.hits(
            "actors.civilians", "actors.protesters"
        ):
            continue
        counts = [n for n in numbers_in(r) if n.count and n.value >= CROWD_MIN and not n.year]
        counts += [m for m in r.hits("numbers.vague")]
        if not counts or background_in(r, year, [n.value for n in numbers_in(r) if n.count]):
            continue
        dates = dates_in(r, published) if published else []
        for p in event_places(s.text, hint, language):
            first = r.token_at(p.start)
            near = [n for n in counts if abs(n.first - first) <= CROWD_COUNT_REACH]
            if not near or p.kind == "country":
                continue
            n = min(near, key=lambda n: abs(n.first - first))
            lo, hi = min(first, n.first), max(first, n.last)
            crowd = tx.Trigger(tx.PROTESTS, tx.PEACEFUL, 2, language, "")
            t = tx.TriggerMatch(crowd, r.tokens[n.first].start, r.tokens[n.last - 1].end,
                                r.text[r.tokens[n.first].start : r.tokens[n.last - 1].end], n.first, n.last)  # fmt: skip
            cand = _candidate(s, r, (lo, min(len(r.tokens), hi + 1)), t, dates, published, hint, language, [])
            if cand is not None and cand.place is not None:
                out.append(replace(cand, crowd=True))
    return out


def _tells_of_fighting(s: Sentence, language: str, published: date | None) -> bool:
    """A real (not hedged, not alleged, not background) word of fighting, shelling, attack or killing."""
    r = read(s.text, language)
    if background_in(r, published.year if published else None, [n.value for n in numbers_in(r)]):
        return False
    for t in tx.triggers_in(r):
        if t.trigger.event_type not in FIGHTING_TYPES or t.trigger.sub_event_type == tx.PLACEHOLDER_TERRITORY:
            continue
        if not _accused(r, t) and not unreal_at(r, t.first, t.last):
            return True
    return False


def is_alleged(c: Candidate) -> bool:
    """ "accused the army of shelling its camps": an accusation before the act, in its clause."""
    return _accused(c.reading, c.trigger)


def _accused(r: Reading, t: tx.TriggerMatch) -> bool:
    cs = r.clause_start(t.first)
    return any(cs <= m.first and m.last <= t.first for m in r.hits("attribution.blame"))


def _crowd_damage(cands: list[Candidate]) -> list[Candidate]:
    """In a report of a protest or a riot, buildings set on fire or looted with no armed men named
    are the crowd's doing: the protest turned into a riot (ACLED: Riots, violent demonstration); and
    force used on the unarmed crowd is the protest's intervention (`_force_against_crowd`)."""
    crowd_report = any(c.event_type in (tx.PROTESTS, tx.RIOTS) for c in cands)
    seen_crowd = any(c.event_type == tx.PROTESTS or (c.event_type == tx.RIOTS and not _no_crowd_in_sight(c))
                     for c in cands)  # fmt: skip
    attack_report = any(c.event_type in VIOLENT_ACTS and _non_state_armed(c.actor1) for c in cands)
    out = []
    for c in cands:
        if c.event_type == tx.RIOTS and attack_report and not seen_crowd and _no_crowd_in_sight(c):
            # "They also set fire to houses", in a report of armed men's attack with no crowd anywhere:
            # the burning is property destruction (part of that attack); a riot needs a crowd
            out.append(replace(c, event_type=tx.STRATEGIC, sub_event_type=tx.LOOTING, strength=1))
            continue
        if c.event_type == tx.STRATEGIC and c.sub_event_type == tx.LOOTING and _crowd_did_it(c, crowd_report):
            c = replace(
                c, event_type=tx.RIOTS, sub_event_type="Violent demonstration", strength=max(c.strength, 2)
            )
        elif crowd_report and _force_against_crowd(c) and c.event_type == tx.BATTLES:
            # "youths clashed with the police": a clash takes two sides; a crowd that fights is rioting
            c = replace(
                c, event_type=tx.RIOTS, sub_event_type="Violent demonstration", strength=max(c.strength, 2)
            )
        elif crowd_report and _force_against_crowd(c):
            # police firing grenades at, or killing, unarmed people at a protest: the protest's intervention
            sub = tx.EXCESSIVE_FORCE if c.fatalities else tx.INTERVENTION
            c = replace(c, event_type=tx.PROTESTS, sub_event_type=sub, strength=2)
        out.append(c)
    return out


def _crowd_did_it(c: Candidate, crowd_report: bool) -> bool:
    """Burning or looting by protesters, rioters or a crowd of residents is a riot (ACLED: a violent
    demonstration); by no one named, only in a report of a protest or a riot."""
    if c.actor1 is None:
        return crowd_report and not any(_non_state_armed(a) for a in _clause_actors(c))
    return c.actor1.kind in (PROTESTERS, RIOTERS) or (c.actor1.kind == CIVILIANS and c.crowd)


FORCE_TYPES = frozenset({tx.BATTLES, tx.VIOLENCE_AGAINST_CIVILIANS, tx.PLACEHOLDER_VIOLENCE})


def _force_against_crowd(c: Candidate) -> bool:
    """A fight or an attack at a protest with no armed group in it: the state's force, or people
    killed in "clashes", against an unarmed crowd."""
    grenade = c.event_type == tx.EXPLOSIONS and c.sub_event_type == "Grenade"
    if c.event_type not in FORCE_TYPES and not grenade:
        return False
    if not c.reading.hits("actors.protesters", "actors.rioters", "triggers.Protests", "triggers.Riots"):
        return False  # the sentence itself must be about the crowd
    armed = [a for a in _clause_actors(c) if a.armed and a.kind != STATE_FORCES]
    if armed:
        return False
    acting = c.actor1 is None or c.actor1.kind == STATE_FORCES
    hit = c.actor2 is None or c.actor2.kind in (CIVILIANS, PROTESTERS)
    return acting and hit


def _clause_actors(c: Candidate) -> list[ActorMention]:
    return [a for a in actors_in(c.reading, None) if c.span[0] <= a.first < c.span[1]]


NON_STATE_ARMED = frozenset({UNKNOWN, "rebel group", "political militia", "identity militia"})
DIPLOMAT_REACH = 2  # tokens from a country's name to the protest word it is the subject of
CROWD_CLASSES = ("actors.protesters", "actors.rioters", "triggers.Protests", "triggers.Riots")


def _non_state_armed(a: ActorMention | None) -> bool:
    return a is not None and a.kind in NON_STATE_ARMED


def _diplomatic_protest(c: Candidate) -> bool:
    """ "Turkey protested to Russia", "the foreign ministry lodged a protest": a government or a
    country (a capital standing for it) is the subject of the protest word, in its clause."""
    r, t = c.reading, c.trigger
    cs = r.clause_start(t.first)
    if any(cs <= m.first and m.last <= t.first for m in r.hits("actors.government")):
        return True
    named = [(p.start, p.end, p.kind == "city") for p in places_in(c.sentence.text, None, r.pack.code)]
    named += [(m.start, m.end, False) for m in find_countries(c.sentence.text, r.pack.code) if not m.demonym]
    for start, end, city in named:
        first = r.token_at(start)
        last = max(first + 1, r.token_at(end - 1) + 1)
        subject = cs <= first and 0 <= t.first - last <= DIPLOMAT_REACH
        # "in Harare", or a locative case ending on the name itself ("Diyarbakır'da")
        located = any(0 <= first - m.last <= 1 or m.first == first for m in r.hits("locative_prepositions"))
        if subject and not (city and located):
            return True  # "Turkey protested", "Ankara protested" (a city standing for its government)
    return False


def _force_in_trigger_clause(c: Candidate) -> bool:
    """ "Police dispersed the march": a force noun in the intervention word's own clause (not "no
    security forces intervened, and the crowd dispersed by sunset")."""
    r, t = c.reading, c.trigger
    lo, hi = r.clause_start(t.first), r.clause_end(t.first)
    return any(lo <= m.first < hi for m in r.hits("actors.police", "actors.state_forces"))


def _placed_in_clause(c: Candidate) -> bool:
    lo, hi = c.reading.span(*c.span)
    return c.place is not None and lo <= getattr(c.place, "start", -1) < hi


def _seized_by_armed_group(c: Candidate) -> bool:
    """An arrest word whose actor is an armed group that is not the state ("the gunmen stormed
    the village, seized the herders and shot them"): ACLED's arrests are the state's."""
    return _non_state_armed(c.actor1) and not any(a.kind == STATE_FORCES for a in _clause_actors(c))


def _armed_men_not_a_crowd(c: Candidate) -> bool:
    """A riot word (burning, smashing) in a sentence that names armed men and no crowd: no riot."""
    if _crowd_word(c.reading, c.trigger) or c.reading.hits("actors.protesters", "actors.rioters"):
        return False
    if any(m.first != c.trigger.first for m in c.reading.hits("triggers.Protests", "triggers.Riots")):
        return False
    return any(_non_state_armed(a) for a in actors_in(c.reading, None))


def _no_crowd_in_sight(c: Candidate) -> bool:
    """A riot word ("set fire to", "torched") in a sentence that names no crowd, no protest and no
    riot word other than itself, and no one who did it."""
    r = c.reading
    if (
        _crowd_word(r, c.trigger)
        or c.crowd
        or r.hits("actors.protesters", "actors.rioters", "actors.civilians")
    ):
        return False
    if any(m.first != c.trigger.first for m in r.hits("triggers.Protests", "triggers.Riots")):
        return False
    return c.actor1 is None or c.actor1.kind not in (PROTESTERS, RIOTERS, CIVILIANS)


def _state_force_meets_crowd(c: Candidate) -> bool:
    """An attack word in a sentence about a crowd whose only armed side is the state's forces, named
    as the side hit (which would make it a clash)."""
    if c.actor2 is None or c.actor2.kind != STATE_FORCES or not c.reading.hits(*CROWD_CLASSES):
        return False
    if any(_non_state_armed(a) for a in actors_in(c.reading, None)):
        return False
    return c.actor1 is None or c.actor1.kind == STATE_FORCES


POST_REACH = 4  # tokens from an attack word to the forces' post it hit ("attacked a military base")


def _forces_post_hit(c: Candidate) -> bool:
    """An attack word whose object, right after it in its clause, is a post of the state's forces (a
    force noun used as an attribute: "a military base", "a police station", "an army checkpoint")."""
    r, t = c.reading, c.trigger
    if c.actor1 is not None and c.actor1.kind == STATE_FORCES:
        return False
    end = min(len(r.tokens), t.last + POST_REACH)
    return any(
        t.last <= m.first < end and r.same_clause(t.first, m.first)
        for m in r.hits("actors.state_forces", "actors.police")
    )


def _resolve_type(c: Candidate, explosion_sub: str | None) -> Candidate | None:
    if (
        c.sub_event_type == tx.LOOTING
        and c.fatalities
        and c.reading.hits("generic_violence", "outcomes.killed")
    ):
        # homes burned in a raid that killed people: the killing is the event, the burning its part
        c = replace(c, event_type=tx.PLACEHOLDER_VIOLENCE, sub_event_type=tx.ATTACK)
    if c.sub_event_type == tx.PLACEHOLDER_EXPLOSION:
        air = c.reading.hits("triggers.Explosions/Remote violence.Air/drone strike")
        # "Israeli strikes killed 25": a state's forces strike from the air; a blast of no one's is a bomb
        by_state = c.actor1 is not None and c.actor1.kind == STATE_FORCES
        sub = explosion_sub or (tx.AIR_STRIKE if air or by_state else tx.IED)
        return replace(c, sub_event_type=sub)
    if c.sub_event_type == tx.PLACEHOLDER_TERRITORY:
        if c.actor1 is None and c.actor2 is None:
            return None
        if c.actor1 is None and c.actor2 is not None and c.actor2.first == c.trigger.last:
            # right after the place-change verb, before the place, is its subject (verb-first order)
            c = replace(c, actor1=c.actor2, actor2=None)
        took_by_state = (c.actor1 is not None and c.actor1.kind == STATE_FORCES) or (
            c.actor1 is None and c.actor2 is not None and c.actor2.kind != STATE_FORCES
        )
        return replace(c, sub_event_type=tx.GOVERNMENT_REGAINS if took_by_state else tx.NON_STATE_OVERTAKES)
    crowd = next((a for a in (c.actor1, c.actor2) if a is not None and a.kind in (PROTESTERS, RIOTERS)), None)
    clause_crowd = next((a for a in _clause_actors(c) if a.kind in (PROTESTERS, RIOTERS)), None)
    if (
        crowd is not None and crowd is c.actor1 and c.event_type in (tx.BATTLES, tx.PLACEHOLDER_VIOLENCE)
    ) or (
        clause_crowd is not None
        and (
            c.event_type == tx.BATTLES
            or (c.event_type == tx.PLACEHOLDER_VIOLENCE and clause_crowd.kind == RIOTERS)
        )
    ):
        # a crowd that fights the police or attacks people is rioting: ACLED codes the crowd as actor1
        crowd = crowd or clause_crowd
        force = next((a for a in _clause_actors(c) if a.kind == STATE_FORCES), None)
        other = (c.actor2 if crowd is c.actor1 else c.actor1) or force
        sub = "Mob violence" if other is not None and other.kind == CIVILIANS else "Violent demonstration"
        return replace(
            c,
            event_type=tx.RIOTS,
            sub_event_type=sub,
            actor1=crowd,
            actor2=other,
            strength=max(c.strength, 2),
        )
    if c.event_type == tx.PLACEHOLDER_VIOLENCE and _state_force_meets_crowd(c):
        # "unrest erupted when riot police moved in on the marching workers": Battles need two
        # armed, organised sides; the police facing a crowd is the crowd event's part, not a clash
        return replace(c, strength=1)
    if c.event_type == tx.PLACEHOLDER_VIOLENCE:
        victim = c.actor2
        if victim is not None and victim.kind == PROTESTERS:
            # ACLED: force on protesters is excessive when it kills; else it is the protest's intervention
            sub = tx.EXCESSIVE_FORCE if c.fatalities else tx.INTERVENTION
            return replace(c, event_type=tx.PROTESTS, sub_event_type=sub)
        if victim is not None and victim.kind == CIVILIANS:
            return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK)
        if victim is not None and victim.armed:
            # an attack on soldiers, police or fighters is a fight: ACLED codes it as an armed clash
            return replace(
                c, event_type=tx.BATTLES, sub_event_type=tx.ARMED_CLASH, strength=max(c.strength, 2)
            )
        if _forces_post_hit(c):
            # "attacked a military base", "stormed a police station": an attack on the forces' post is
            # a fight (ACLED: armed clash)
            return replace(
                c, event_type=tx.BATTLES, sub_event_type=tx.ARMED_CLASH, strength=max(c.strength, 2)
            )
        # who was hit is unknown: the candidate can still support another event's toll and place
        return replace(c, event_type=tx.PLACEHOLDER_VIOLENCE, strength=1)
    if c.event_type == tx.RIOTS and _armed_men_not_a_crowd(c):
        # "insurgents killed the farmers ... before torching their farms": the burning is the armed
        # men's, not a crowd's: property destruction (part of their attack when the report has one)
        return replace(c, event_type=tx.STRATEGIC, sub_event_type=tx.LOOTING, strength=1)
    if c.event_type == tx.RIOTS and c.actor1 is not None and c.actor1.kind == STATE_FORCES:
        # "police ... in the riots": the force that met the rioters, not the crowd
        return replace(c, actor1=None, actor2=c.actor1)
    if c.event_type == tx.RIOTS and c.actor1 is not None and c.actor1.armed and c.actor1.kind != RIOTERS:
        # "the attackers set fire to homes": armed men burning property is no riot; it is part of
        # their attack when the article reports one, else property destruction of its own
        return replace(c, event_type=tx.STRATEGIC, sub_event_type=tx.LOOTING, strength=1)
    if (
        c.event_type == tx.BATTLES
        and c.sub_event_type == tx.ARMED_CLASH
        and not any(a.armed for a in _clause_actors(c))
        and not c.fatalities
        and (c.when is None or non_conflict_in(c.reading))
    ):
        return None  # "the fighting has displaced 500,000 people": no side, no day, no toll: no clash to code
    if c.event_type == tx.STRATEGIC and c.sub_event_type == tx.ARRESTS:
        # the authorities arrest: "police said three suspects had been arrested" makes the police actor1
        forces = [a for a in (c.actor1, c.actor2) if a is not None and a.kind == STATE_FORCES]
        if forces and forces[0] is not c.actor1:
            return replace(c, actor1=forces[0], actor2=c.actor1)
        if _seized_by_armed_group(c):
            # ACLED's arrests are detentions by the state; people seized by an armed group are abducted
            return replace(
                c,
                event_type=tx.VIOLENCE_AGAINST_CIVILIANS,
                sub_event_type=tx.ABDUCTION,
                strength=max(c.strength, 2),
            )
    if (
        c.event_type == tx.PROTESTS
        and c.actor1 is not None
        and c.actor1.armed
        and c.actor1.kind not in (PROTESTERS, RIOTERS, STATE_FORCES)
        and c.actor1.first
        < c.trigger.first  # the subject; "pupils abducted by gunmen" after it is the grievance
    ):
        return None  # "the assailants gathered the men of the village": armed men, no protest
    if c.event_type == tx.PROTESTS and not c.crowd and not _crowd_word(c.reading, c.trigger):
        # "Ankara protested to Moscow": a diplomatic protest, no crowd, no event; but a protest the
        # police broke up, or one named with its place ("the protest in Harare"), had a crowd
        forced = c.sub_event_type != tx.PEACEFUL and _force_in_trigger_clause(c)
        if _diplomatic_protest(c) or not (
            forced or (c.sub_event_type == tx.PEACEFUL and _placed_in_clause(c))
        ):
            return None
    if (
        c.event_type == tx.PROTESTS
        and c.sub_event_type == tx.PEACEFUL
        and c.reading.hits("triggers.Protests.Protest with intervention")
    ):
        return replace(c, sub_event_type=tx.INTERVENTION)
    return c
