"""Sentences -> candidates (`candidates_in`): every sentence and the headline is read, cut into
event clauses (`clauses`), and each clause's acts (`trigger_choice.clause_acts`) make a `Candidate`
with the clause's actors and roles, death figure, date (`clause_date`) and place (`make_candidate`).
Background sentences (running totals, past years) give none; fighting that won a place is part of
the capture (`fighting_of_a_capture`); a list of towns gives one candidate per town (`listed_places`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import regex

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import ActorMention
from extractors.events.actors import actors_in
from extractors.events.background_acts import background_types, vehicles_between
from extractors.events.captives import captured_fighters
from extractors.events.causes import in_cause
from extractors.events.clause_date import event_date
from extractors.events.clause_words import accused, names_a_crowd
from extractors.events.clauses import event_clauses
from extractors.events.date_words import DateExpression
from extractors.events.dates import dates_in
from extractors.events.fatalities import clause_deaths, figures_in
from extractors.events.funerals import buried_dead
from extractors.events.gazetteer import KIND_DISTRICT, KIND_VILLAGE, name_key
from extractors.events.locate import event_places, listing_gap, sentence_place
from extractors.events.modality import background_in, non_conflict_in
from extractors.events.numbers import numbers_in
from extractors.events.place_match import PlaceMatch
from extractors.events.reading import Reading, read
from extractors.events.real_triggers import is_real
from extractors.events.recalled_acts import crowd_of_the_day, doubted_types, stale_acts
from extractors.events.relative_acts import outside_relatives
from extractors.events.roles import named_state_over_hinted, roles_in
from extractors.events.sentences import Sentence
from extractors.events.speaker_side import speaking_side
from extractors.events.state_doers import adjective_agent
from extractors.events.trigger_choice import clause_acts, killing_words
from extractors.events.unlisted import plausible_name
from extractors.events.verbal_acts import verbal_attack
from extractors.geo import km_between

BACKGROUND_DAYS = 30  # events dated further back than this before publication are background
SEPARATE_REACH = 2  # tokens from a sentence's or clause's start to a `separate_events` phrase opening it
# the pack classes a sentence needs a hit of to give any candidate (`candidates_in`, `tells_an_act`)
ACT_CLASSES = ("triggers", "generic_violence", "outcomes.killed")


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
    place: object | None  # place_match.PlaceMatch
    near: bool
    from_title: bool = False
    superseded: bool = False  # the figure is an early report ("initial reports said ...")
    intervention: bool = False  # arrests made at the protest this candidate joined
    crowd: bool = False  # the clause names a crowd (protesters, residents, hundreds of people)
    inherited: bool = False  # `when` is the day the text last named, not the clause's own
    episode: int = 0  # how many "in a separate incident" openings come before it (`separate_events`)
    next_day: bool = False  # told as the day after the act before it (THE_NEXT_DAY)


def candidates_in(sentences: list[Sentence], title: Sentence | None, published: date | None,
                language: str, hint: str | None) -> list[Candidate]:  # fmt: skip
    out = []
    year = published.year if published else None
    episode = 0
    doubted: set[str] = set()  # event types of the body's acts told as recalled, planned, hedged, denied
    for s in [*sentences, *([title] if title else [])]:
        r = read(s.text, language)
        markers = [m.first for m in r.hits("separate_events")] if s is not title else []
        if any(k <= SEPARATE_REACH for k in markers):
            episode += 1  # "In a separate incident, ...": the sentence starts another event
        if not r.hits(*ACT_CLASSES):
            continue
        crowd_only = False
        if background_in(r, year, [n.value for n in numbers_in(r) if n.count]):
            if not crowd_of_the_day(r):
                if s is not title:  # HEADLINE_OF_A_RECALLED_ACT: the headline may name the act recalled here
                    doubted |= background_types(r, _date_words(r, published), year)
                continue
            crowd_only = True  # CROWD_OF_THE_DAY: "hundreds marched ... to mark the anniversary of ..."
        dates = dates_in(r, published) if published else []
        skip = frozenset(k for d in dates for k in range(d.first, d.last))
        # a date's words are no trigger ("May"); a date inside a gapped phrase is ("agreed on Friday to a truce")
        triggers = [t for t in tx.triggers_in(r) if t.first not in skip and t.last - 1 not in skip]
        triggers += killing_words(r, triggers)
        triggers += captured_fighters(r, triggers)  # CAPTURED_FIGHTERS
        if crowd_only:
            triggers = [t for t in triggers if t.trigger.event_type == tx.PROTESTS]
        # VEHICLES_COLLIDED: a fight word whose sides are vehicles makes the sentence's deaths a crash's
        non_conflict = non_conflict_in(r) or vehicles_between(r)
        stale = stale_acts(r, triggers, dates, published)  # RECALLED_MONTH
        stale |= buried_dead(r, triggers, dates, published)  # FUNERAL_OF_THE_DEAD
        if s is not title:
            doubted |= doubted_types(r, triggers, stale, skip)
        elif doubted and not out:
            # HEADLINE_OF_A_DOUBT: the body tells the headline's act only as no act of its day
            triggers = [t for t in triggers if t.trigger.event_type not in doubted]
        for span in event_clauses(r, triggers):
            if span[0] > SEPARATE_REACH and any(abs(k - span[0]) <= SEPARATE_REACH for k in markers):
                episode += 1  # "..., while in a separate attack ...": a clause that starts another event
            real = [t for t in triggers if span[0] <= t.first < span[1] and id(t) not in stale
                    and is_real(r, t, skip, non_conflict)
                    and not in_cause(r, t.first) and not verbal_attack(r, t)]  # fmt: skip
            real = outside_relatives(r, real)  # VICTIMS_OWN_ACT
            if not real:
                continue
            for t in clause_acts(r, real, span):
                cand = make_candidate(s, r, span, t, dates, published, hint, language, real)
                if cand is None:
                    continue
                cand.from_title = s is title
                cand.episode = 0 if s is title else episode
                out.append(cand)
                out.extend(_listed_places(cand, language, hint))
        out = _fighting_of_a_capture(out, s, hint, language)
    return out


def _date_words(r: Reading, published: date | None) -> frozenset[int]:
    """The token indexes of the reading's dates ("May" is a month, no act)."""
    return frozenset(k for d in (dates_in(r, published) if published else []) for k in range(d.first, d.last))


def tells_an_act(sentences: list[Sentence], title: Sentence | None, language: str) -> bool:
    """ACT_WORDS_GATE: whether any sentence or the headline holds a word of the pack's acts
    (ACT_CLASSES). `candidates_in` makes candidates only in such sentences (`crowd_counts` only
    beside a candidate), so a report without one has no row: the coder stops before the article's
    country, weekday anchors and candidates (half the pages of a news feed tell of no act at all).
    The readings are the ones `candidates_in` and the story evidence read (`reading.read` remembers)."""
    return any(read(s.text, language).hits(*ACT_CLASSES) for s in [*sentences, *([title] if title else [])])


def make_candidate(s: Sentence, r: Reading, span: tuple[int, int], t: tx.TriggerMatch, dates: list[DateExpression],
               published: date | None, hint: str | None, language: str,
               others: list[tx.TriggerMatch]) -> Candidate | None:  # fmt: skip
    when = event_date(s, r, span, t, dates, others)
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
    actors = [a for a in actors_in(r, hint) if span[0] <= a.first < span[1] and not in_cause(r, a.first)]
    actor1, actor2 = roles_in(r, t, actors)
    if actor1 is None and actor2 is not None and actor2.first <= t.first and t.last <= actor2.last:
        actor1, actor2 = actor2, None  # "a suicide bomber killed 12": the actor word naming the act did it
        actor1 = named_state_over_hinted(r, t, actor1)  # HINTED_FORCE_YIELDS: "Russia sent drones at Odesa"
    if actor1 is None:
        by_adjective = (adjective_agent(r, x) for x in [t, *others])
        actor1 = next((a for a in by_adjective if a is not None), None)
        if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
            actor1 = None
    if actor1 is None:
        actor1 = speaking_side(
            r, t, actor2, hint
        )  # "the Israeli military said 20 Hezbollah fighters were killed"
    in_dates = {k for d in dates for k in range(d.first, d.last)}
    figures = [f for f in figures_in(r) if span[0] <= f.first < span[1] and f.first not in in_dates
               and not in_cause(r, f.first)]  # fmt: skip
    fatalities = clause_deaths(figures)
    current = [f for f in figures if not f.superseded] or figures
    tolls = [f.value for f in current if f.kind == "toll"]
    char_span = (r.tokens[span[0]].start, r.tokens[span[1] - 1].end) if span[1] > span[0] else None
    place, near = sentence_place(s, hint, t.start, language, char_span)
    if place is None:
        place, near = sentence_place(s, hint, t.start, language)
    superseded = bool(figures) and all(f.superseded for f in figures)
    crowd = names_a_crowd(r, span)
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


LIST_GAP = 10  # characters between two places of one list ("Jakiri, Ndop and Bafut")


def _listed_places(c: Candidate, language: str, hint: str | None) -> list[Candidate]:
    """ "riots in Lilongwe, Mzuzu and Zomba": one event per town of a list in the event's
    clause (ACLED codes one row per location); the figure stays with the first, where the text
    gives it (the others get none)."""
    if c.place is None or c.from_title or getattr(c.place, "kind", "") == "admin1":
        return []
    lo, hi = c.reading.span(*c.span)
    places = event_places(c.sentence.text, hint, language)
    towns = [p for p in places if lo <= p.start < hi and p.kind != "admin1" and p.kind != "country"]
    countries = [p for p in places if p.kind == "country"]
    towns.sort(key=lambda p: p.start)
    run = [towns[0]] if towns else []
    end = run[0].end if run else 0
    for p in towns[1:]:
        gap = c.sentence.text[end : p.start]
        if _names_the_region_of(c.sentence.text[p.start : p.end], run[-1]) and gap.strip() == ",":
            end = p.end  # "Celaya, Guanajuato, Mexico": the member's own region, no member
        elif gap.strip() == "," and _district_of_its_town(p, run[-1]):
            end = p.end  # DISTRICT_OF_ITS_TOWN: "Miranshah, North Waziristan": the town's district
        elif gap.strip() == "," and _address_chain(c.sentence.text, p, run[-1], countries):
            end = p.end  # ADDRESS_CHAIN: "Patikul, Sulu, Philippines": the town's province, no member
        elif gap.strip() == "," and _named_as_a_quarter(c.reading, run[-1]):
            end = p.end  # QUARTER_OF_ITS_TOWN: "mtaa wa Kibera, Nairobi": the quarter's town, no member
        elif len(gap) <= LIST_GAP and p.name != run[-1].name and listing_gap(gap, language):
            run.append(p)  # "Lilongwe, Mzuzu and Zomba", "à Ségou et à Sikasso"
            end = p.end
        elif p.name != run[-1].name and (member := _unnamed_member(c.sentence.text, end, p, language)):
            run.append(member)  # UNNAMED_MEMBER: "Gulu, Pece in Kitgum and Lira": Pece, in Kitgum
            end = p.end
        elif _container_gap(gap, language):
            end = p.end  # "Chinsapo in Lilongwe", "Dogo near Maradi": where the member lies, no member
        elif len(run) < 2:
            run = [p]
            end = p.end
    if len(run) < 2 or all(getattr(p, "name", "") != getattr(c.place, "name", "") for p in run):
        return []
    if _stretch_between(c.reading, run[0]):
        return []  # BETWEEN_TOWNS: "sur la route entre Gao et Ansongo" names one stretch, not two scenes
    return [
        replace(c, place=p, near=False, fatalities=None, toll=False) for p in run if p.name != c.place.name
    ]


def _address_chain(text: str, p, town, countries: list) -> bool:
    """ADDRESS_CHAIN: "in Patikul, Sulu, Philippines", "in Sibuco, Zamboanga del Norte, Philippines":
    a name after a town and a comma, in the town's own first-level region, with the country's name
    right after it and a comma, is where the town lies (its province, written as an address from the
    town up to the country), no second member of a list."""
    if not town.admin1 or p.admin1 != town.admin1 or p.country != town.country:
        return False
    if any(q.start > p.end and text[p.end : q.start].strip() == "," and q.country == p.country
           for q in countries):  # fmt: skip
        return True
    rest = text[p.end :].lstrip()
    if not rest.startswith(","):
        return False
    written = regex.split(r"[,.;:()]", rest[1:], maxsplit=1)[0]
    return name_key(written) == name_key(p.country)


DISTRICT_REACH_KM = 60.0  # from a district's point to a town the district may hold


def _district_of_its_town(p, town) -> bool:
    """DISTRICT_OF_ITS_TOWN: a district (second-level unit) named after a town and a comma, in the
    town's own region and country and with its point within DISTRICT_REACH_KM of the town, is where
    the town lies ("in Miranshah, North Waziristan, wounding"), no second member of a list."""
    if getattr(p, "kind", "") != KIND_DISTRICT or not town.admin1:
        return False
    if p.admin1 != town.admin1 or p.country != town.country:
        return False
    return km_between(p.latitude, p.longitude, town.latitude, town.longitude) <= DISTRICT_REACH_KM


def _named_as_a_quarter(r, place) -> bool:
    """QUARTER_OF_ITS_TOWN: a name right after a noun for a part of a town (`place_words.quarter`, one
    linking word between: "mtaa wa Kibera", "no bairro do Cazenga") lies in the town named after it
    and a comma ("mtaa wa Kibera, Nairobi"): the two are one place, not a list of two."""
    k = r.token_at(place.start)
    return any(0 <= k - m.last <= 1 for m in r.hits("place_words.quarter"))


def _stretch_between(r, first_town) -> bool:
    """BETWEEN_TOWNS: a list of towns opened by the pack's "between" word (`numbers.range_openers`,
    not a word that also leads names, as "de" does: "la ville de X et Y" lists two towns) right
    before its first town is the road or ground between them ("on the road between Gao and Ansongo",
    "en la vía entre Tibú y Ocaña"): one event, at the first."""
    k = r.token_at(first_town.start)
    leading = {m.first for m in r.hits("place_words.leading")}
    return any(0 <= k - m.last <= 1 and m.first not in leading for m in r.hits("numbers.range_openers"))


def _names_the_region_of(written: str, town) -> bool:
    """The name as the text writes it is the first-level region the town lies in ("Culiacán,
    Sinaloa": Sinaloa is also a town's name, yet here it says where Culiacán lies)."""
    region = getattr(town, "admin1", "") or ""
    return bool(region) and name_key(written) == name_key(region)


CONTAINER_GAP = 24  # characters before a place that says where the list's last member lies


def _container_gap(gap: str, language: str) -> bool:
    """Does the text between a list member and the next place end with a locative or near
    preposition ("Mzuzu, Chinsapo in Lilongwe", "Dogo near Maradi")?"""
    if len(gap) > CONTAINER_GAP or any(ch in gap for ch in ".;:()") or not gap.strip():
        return False
    r = read(gap.strip(" ,"), language)
    n = len(r.tokens)
    if any(m.first == 0 for m in r.hits("numbers.list_joiners")):
        return False  # "Karachi and in Lahore": a list whose preposition is said again
    return n > 0 and any(m.last == n for m in r.hits("locative_prepositions", "near_prepositions"))


UNNAMED_WORDS = 3  # words of a list member's name the gazetteer lacks ("Pece in Kitgum")


def _unnamed_member(text: str, end: int, town: PlaceMatch, language: str) -> PlaceMatch | None:
    """UNNAMED_MEMBER: the text between a list member (ending at `end`) and the next place `town`
    lists one more member by a name the gazetteer lacks, then says where it lies ("Gulu, Pece in
    Kitgum and Lira": a comma or a list joiner, up to three capitalised words, a locative or near
    preposition): that member, placed at its town (geo precision 2), is a member of the list in its
    own right; the town is not where the member before lies."""
    gap = text[end : town.start]
    if len(gap) > CONTAINER_GAP or any(ch in gap for ch in ".;:()"):
        return None
    r = read(gap, language)
    tokens, n = r.tokens, len(r.tokens)
    ends = [m.first for m in r.hits("locative_prepositions", "near_prepositions") if m.last == n]
    joiner = (
        0
        if gap.lstrip().startswith(",")
        else next((m.last for m in r.hits("numbers.list_joiners") if m.first == 0), None)
    )
    if not ends or joiner is None:
        return None
    name = tokens[joiner : min(ends)]
    if not 0 < len(name) <= UNNAMED_WORDS or not all(t.text[:1].isupper() for t in name):
        return None
    start, stop = end + name[0].start, end + name[-1].end
    written = text[start:stop]
    if not plausible_name(written):
        return None
    return PlaceMatch(written, start, stop, written, town.admin1, town.country, town.latitude,
                      town.longitude, KIND_VILLAGE, 2)  # fmt: skip


def placed_in_clause(c: Candidate) -> bool:
    """Does the candidate's place lie in its own event clause ("the protest in Harare")?"""
    lo, hi = c.reading.span(*c.span)
    return c.place is not None and lo <= getattr(c.place, "start", -1) < hi


def is_alleged(c: Candidate) -> bool:
    """ "accused the army of shelling its camps": an accusation before the act, in its clause."""
    return accused(c.reading, c.trigger)


def clause_actors(c: Candidate) -> list[ActorMention]:
    return [a for a in actors_in(c.reading, None) if c.span[0] <= a.first < c.span[1]]
