"""News text -> ACLED-style event mentions. `code_events(article)` is the entry point.

How an article is coded (each step is a named function below):
1. `_candidates`: every sentence (and the headline) is scanned for trigger words; hedged, negated
   or background ones are dropped (`modality`). The strongest real trigger of a sentence makes a
   candidate with that sentence's actors (with roles), death figure, date expression and place.
   In other languages a sentence that turns to a second event (", mens ...", "; ...") is read
   clause by clause (`_clauses`), and the one hit is read from that language's death words
   (`_dies_after`), the one acting from a country adjective or a foreign country named as subject.
   A place-change verb counts only with a place after it or a place before its passive
   (`_territory_word`: "the town was seized", not "weapons had been seized").
2. `_resolve_type`: placeholder triggers get their ACLED type from context: an explosion of unstated
   kind takes the article's specific one; a place changing hands is "Government regains" when state
   forces took it; a killing is Violence against civilians when civilians were hit, a clash when
   both sides are armed; armed men setting fire to homes is property destruction, not a riot;
   the state force in an arrest sentence made the arrests.
3. `_group`: candidates with a specific trigger form events (same type, no conflicting date, place or
   actor); generic ones ("the attack", "were killed") and undated looting (`_undated_aftermath`)
   join the nearest compatible event, since news prose keeps elaborating on the event it reports,
   and only stand alone with a toll or a place; never with their sibling clause's event
   (`_sibling_clause`). A headline with only a generic word ("killed in Turkish attacks") joins the
   violent event its actors fit (`_generic_headline_home`), so that event leads. A protest is one
   event whatever its parts (`ONE_EVENT_WHATEVER_ITS_PARTS`, coded by its gravest part,
   `PROTEST_GRAVITY`); arrests made at it the same day are its intervention (`_arrests_at_protests`).
4. `_to_mention`: one EventMention per event: the highest current toll (a figure the text gives as
   the earlier count is `superseded`, see `fatalities`), the most specific place, the explicit date
   (else the publication date), actors filled from the rest of the article; a named group the
   article blames or that claimed the attack replaces "gunmen" (`_blamed_agent`).

Helpers with one job each: `sentences` (splitting), `taxonomy` (trigger lexicon), `modality`
(hedges, negation, background), `actors` + `roles` (who, and who did what to whom), `dates`,
`fatalities`, `locate` (places through the gazetteer), `unlisted` (towns the gazetteer lacks). Lexicons
are data: `extractors/data/triggers.yaml` and `actors.yaml`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

import yaml

from extractors.events import taxonomy as tx
from extractors.events.actors import CIVILIANS, STATE_FORCES, ActorMention, find_actors, find_foreign_actors
from extractors.events.dates import DateExpression, find_dates
from extractors.events.fatalities import death_figures, foreign_death_figures
from extractors.events.locate import (
    article_country,
    dateline_end,
    event_places,
    km,
    places_in,
    sentence_place,
)
from extractors.events.modality import is_background, is_english, is_non_conflict, is_unreal
from extractors.events.roles import (
    adjective_agent,
    assign_roles,
    attributed_agent,
    named_state_agent,
    source_rank,
)
from extractors.events.sentences import Sentence, clause_start, split_sentences
from extractors.language import detect_language
from extractors.models import Article, EventMention

BACKGROUND_DAYS = 30  # events dated further back than this before publication are background
MERGE_KM = 50.0
DATE_REACH = 150  # characters: a date further from the trigger belongs to another part of a long sentence

_TERRITORY_OBJECT = re.compile(
    r"^\s+(?:(?:the|a|an|control|of|over|back|strategic|key|northern|southern|eastern|western|"
    r"rebel-held|government-held|besieged|nearby|several|two|three|[a-z]+-held)\s+)*"
    r"(?:[A-Z]|town|city|village|district|base|area|territory|neighbou?rhood|hill|airport|region|positions?|"
    r"province|capital|camp|border|crossing|outpost)",
)
_PROTEST_INTERVENTION = re.compile(r"\b(?:tear\s*gas|water\s+cannons?|dispersed|rubber\s+bullets|batons?|"
                                   r"arrested\s+(?:\w+\s+)?(?:protesters|demonstrators))\b", re.I)  # fmt: skip
_CROWD = re.compile(
    r"\b(?:protesters|protestors|demonstrators|rioters|crowds?|mobs?|marchers|people|residents|students|workers|"
    r"farmers|traders|women|youths?|supporters|activists|thousands|hundreds|dozens|villagers|opposition)\b",
    re.I,
)
_TOLL_WORD = re.compile(r"(?:death\s+)?toll", re.I)
_CROWD_NOUN = re.compile(r"(?:protest|demonstrat|riot)(?:ers|ors)", re.I)
_AIR_CONTEXT = re.compile(
    r"\b(?:air|aerial|warplanes?|jets?|aircraft|drones?|airstrikes?|helicopters?)\b", re.I
)


@dataclass
class _Candidate:
    sentence: Sentence
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


@dataclass
class _Event:
    members: list[_Candidate] = field(default_factory=list)

    @property
    def anchor(self) -> _Candidate:
        return max(self.members, key=lambda c: (c.strength, not c.from_title, -c.sentence.index))


def code_events(article: Article) -> list[EventMention]:
    """The conflict events an article reports, one EventMention per distinct event (pure)."""
    if not article.text.strip():
        return []
    published = article.published_at.date() if article.published_at else None
    # the flow passes the detected language; detect it here when a caller did not (None: read as English)
    language = article.language or detect_language(article.text)
    hint = article_country(article.text, article.title)
    sentences = split_sentences(article.text)
    title_sentence = Sentence(article.title.strip(), -1, -1, -1, -1) if article.title.strip() else None
    cands = _candidates(sentences, title_sentence, published, language, hint)
    explosion_sub = _article_explosion_sub(cands, article.text)
    resolved = [c for c in (_resolve_type(c, explosion_sub, article.text) for c in cands) if c]
    events = _group(resolved)
    context = _ArticleContext(sentences, title_sentence, hint, published, language, resolved)
    mentions = [_to_mention(e, context, main=i == 0) for i, e in enumerate(events)]
    return [m for m in mentions if m is not None]


# ---------------------------------------------------------------- candidates


def _candidates(sentences: list[Sentence], title: Sentence | None, published: date | None,
                language: str | None, hint: str | None) -> list[_Candidate]:  # fmt: skip
    out = []
    year = published.year if published else None
    for whole in [*sentences, *([title] if title else [])]:
        if is_background(whole.text, year, language):
            continue
        for s in _clauses(whole, language):
            real = [t for t in tx.find_triggers(s.text, language) if _is_real(s.text, t, language)]
            if not real:
                continue
            # an act beats a crowd named as its victim or agent ("two protesters were shot dead")
            best = max(real, key=lambda t: (t.trigger.strength, not _CROWD_NOUN.fullmatch(t.text), -t.start))
            cand = _candidate(s, best, published, language, hint, others=tuple(real))
            if cand is None:
                continue
            if title is not None and whole is title:
                cand.from_title = True
            out.append(cand)
    return out


@lru_cache(maxsize=32)
def _clause_break(language: str | None) -> re.Pattern[str]:
    raw = resources.files("extractors").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    breaks = {str(k): v for k, v in (yaml.safe_load(raw).get("clause_breaks") or {}).items()}
    lang = (language or "")[:2].lower()
    return re.compile("|".join(filter(None, [breaks.get(lang), r";\s"])), re.I)


def _clauses(s: Sentence, language: str | None) -> list[Sentence]:
    """Other languages: a sentence that turns to a second event ("..., mens ytterligere fire ble
    drept av artilleriild ...", "...; ...") is read clause by clause when each side has a trigger of
    its own, so each figure, place and date stays with its own event (`clause_breaks` in
    triggers.yaml). English sentences are read whole: its role and date rules see the whole sentence."""
    if is_english(language):
        return [s]
    cuts = list(_clause_break(language).finditer(s.text))
    if not cuts:
        return [s]
    bounds = [0, *(m.start() for m in cuts), len(s.text)]
    starts = [0, *(m.start() + 1 for m in cuts)]
    parts = []
    for a, b in zip(starts, bounds[1:], strict=True):
        text = s.text[a:b]
        lead = len(text) - len(text.lstrip(" ,;"))
        parts.append((a + lead, text.strip(" ,;")))
    if sum(1 for _, text in parts if tx.find_triggers(text, language)) < 2:
        return [s]
    if s.start < 0:  # the headline has no offsets in the text
        return [Sentence(text, -1, -1, s.paragraph, s.index) for _, text in parts if text]
    return [
        Sentence(text, s.start + a, s.start + a + len(text), s.paragraph, s.index)
        for a, text in parts
        if text
    ]


def _is_real(sentence: str, t: tx.TriggerMatch, language: str | None) -> bool:
    if is_unreal(sentence, t.start, t.end, language):
        return False
    if t.trigger.strength <= 2 and is_non_conflict(sentence, language):
        return False  # "killed in a road accident", "a gas explosion": no conflict event
    if t.trigger.needs == "place":
        passive = _PASSIVE_BEFORE.search(sentence[: t.start])
        return bool(
            _TERRITORY_OBJECT.match(sentence[t.end :]) or (passive and _territory_word(passive.group(1)))
        )
    return True


# "the town was captured", "Wad Madani had been seized": the word before the passive verb is what was taken
_PASSIVE_BEFORE = re.compile(
    r"([\w'’-]+)[\s,]+(?:was|were|been|being|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$", re.I
)
_TERRITORY_NOUN = re.compile(
    r"(?:towns?|city|cities|villages?|districts?|bases?|areas?|territory|neighbou?rhoods?|hills?|airports?|"
    r"regions?|positions?|provinces?|capital|camps?|border|crossings?|outposts?|posts?|garrisons?|strongholds?|"
    r"localit(?:y|ies)|settlements?|headquarters|barracks|compound|airfield|port|bridge|junction)",
    re.I,
)


def _territory_word(word: str) -> bool:
    """Is the subject of a passive "was seized" a place (a name or a place noun), not weapons or goods?"""
    word = re.sub(r"['’]s$", "", word)
    return word[:1].isupper() or bool(_TERRITORY_NOUN.fullmatch(word))


def _candidate(s: Sentence, t: tx.TriggerMatch, published: date | None, language: str | None,
               hint: str | None, others: tuple[tx.TriggerMatch, ...] = ()) -> _Candidate | None:  # fmt: skip
    when = _nearest_date(s.text, t, published, language, after=dateline_end(s))
    if _TOLL_WORD.fullmatch(t.text):
        when = None  # "the toll rose to six on Monday": the day the count changed, not the event's day
    if (
        when is not None
        and published is not None
        and when.value < published - timedelta(days=BACKGROUND_DAYS)
    ):
        return None  # an old event recalled as background: never invented precisely
    actors = (
        find_actors(s.text, hint) if is_english(language) else find_foreign_actors(s.text, language, hint)
    )
    actor1, actor2 = assign_roles(s.text, t, actors)
    if actor1 is not None and not is_english(language) and _dies_after(s.text, actor1, language):
        actor1, actor2 = None, actor2 or actor1  # "militari turci ... au fost ucişi": they were hit
    if actor1 is None and not is_english(language):
        # "drept i tyrkiske angrep": the adjective may sit on another trigger word of the sentence
        by_adjective = (adjective_agent(s.text, x) for x in [t, *others])
        actor1 = next((a for a in by_adjective if a is not None), None) or named_state_agent(
            s.text, t, actor2, hint
        )
        if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
            actor1 = None
    figures = death_figures(s.text) if is_english(language) else foreign_death_figures(s.text, language)
    # an earlier count ("the toll earlier stood at nine") counts only when the sentence gives no other
    current = [f for f in figures if not f.superseded] or figures
    tolls = [f.value for f in current if f.kind == "toll"]
    fatalities = max(tolls) if tolls else (max(f.value for f in current) if current else None)
    place, near = sentence_place(s, hint, t)
    if is_english(language):
        superseded = bool(figures) and all(f.superseded for f in figures)
    else:  # other languages: no figure-level rules, a word for "initially" marks the sentence
        superseded = bool(fatalities and _superseded_pattern(language).search(s.text))
    return _Candidate(s, t, t.trigger.event_type, t.trigger.sub_event_type, t.trigger.strength,
                      actor1, actor2, fatalities, bool(tolls), when, place, near,
                      superseded=superseded)  # fmt: skip


@lru_cache(maxsize=32)
def _death_words(language: str | None) -> re.Pattern[str]:
    raw = resources.files("extractors").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    words = {str(k): v for k, v in (yaml.safe_load(raw).get("death_words") or {}).items()}
    alternation = words.get((language or "")[:2].lower(), "(?!x)x").translate(tx.COMMA_BELOW)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.I)


def _dies_after(text: str, actor: ActorMention, language: str | None) -> bool:
    """Other languages, where the English passive rules of `roles` do not read: an actor followed
    closely by that language's word for killed or dead ("soldater ble drept", "militari turci ar fi
    fost uciși", "Soldaten wurden getötet") is the side that was hit, not the one that acted."""
    after = text[actor.end : actor.end + 40].translate(tx.COMMA_BELOW)
    m = _death_words(language).search(after)
    return m is not None and not re.search(r"[,;:]", after[: m.start()])


@lru_cache(maxsize=32)
def _superseded_pattern(language: str | None) -> re.Pattern[str]:
    raw = resources.files("extractors").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    words = {str(k): v for k, v in (yaml.safe_load(raw).get("superseded_words") or {}).items()}
    lang = "en" if is_english(language) else (language or "")[:2].lower()
    return re.compile(rf"(?<!\w)(?:{words.get(lang, '(?!x)x')})(?!\w)", re.I)


def _nearest_date(
    text: str, t: tx.TriggerMatch, published: date | None, language: str | None, after: int = 0
) -> DateExpression | None:
    """The date expression of the trigger's part of the sentence: the nearest one within reach; a
    farther one only when the trigger's clause happened at the same time ("On Thursday X accused Y
    ..., as 34 soldiers were killed")."""
    if published is None:
        return None
    dates = [
        d for d in find_dates(text, published, language) if d.start >= after and not _reporting_date(text, d)
    ]
    near = [d for d in dates if abs((d.start + d.end) // 2 - t.start) <= DATE_REACH]
    if not near:
        earlier = [d for d in dates if d.end <= t.start]
        if earlier and _SIMULTANEOUS.search(text[earlier[-1].end : t.start]):
            return earlier[-1]
        return None
    cs = clause_start(text, t.start)
    # prefer a date in the trigger's own stretch of text, then the nearest one
    return min(near, key=lambda d: (d.end < cs - 80, abs((d.start + d.end) // 2 - t.start)))


_SIMULTANEOUS = re.compile(r"(?:,\s*|\s)(?:as|while|when|amid)\s", re.I)


_REPORTING = r"(?:said|says|told(?:\s+\w+){0,2}|confirmed|announced|reported|stated|added|tweeted|claimed|wrote|posted)"


def _reporting_date(text: str, d: DateExpression) -> bool:
    """ "a councillor told reporters yesterday", "the army said on Sunday": the day of the report, not of the event."""
    before = text[max(0, d.start - 40) : d.start]
    after = text[d.end : d.end + 30]
    return bool(
        re.search(rf"\b{_REPORTING}\s+(?:on\s+|late\s+|early\s+)?$", before, re.I)
        or re.match(rf"^,?\s+{_REPORTING}\b", after, re.I)
    )


# ---------------------------------------------------------------- types


def _article_explosion_sub(cands: list[_Candidate], text: str) -> str | None:
    specific = Counter(
        c.sub_event_type
        for c in cands
        if c.event_type == tx.EXPLOSIONS and c.sub_event_type != tx.PLACEHOLDER_EXPLOSION
    )
    if specific:
        return specific.most_common(1)[0][0]
    return None


def _resolve_type(c: _Candidate, explosion_sub: str | None, text: str) -> _Candidate | None:
    word = c.trigger.text.lower()
    if c.sub_event_type == tx.PLACEHOLDER_EXPLOSION:
        if explosion_sub:
            sub = explosion_sub
        elif word.startswith(("strike", "struck")):
            sub = tx.AIR_STRIKE if _AIR_CONTEXT.search(text) else tx.SHELLING
        else:
            sub = (
                tx.AIR_STRIKE
                if re.search(r"\bbomb(?:ed|ing|ings)\b", word) and _AIR_CONTEXT.search(c.sentence.text)
                else tx.IED
            )
        return replace(c, sub_event_type=sub)
    if c.sub_event_type == tx.PLACEHOLDER_TERRITORY:
        if c.actor1 is None and c.actor2 is None:
            return None
        took_by_state = (c.actor1 is not None and c.actor1.kind == STATE_FORCES) or (
            c.actor1 is None and c.actor2 is not None and c.actor2.kind != STATE_FORCES
        )
        return replace(c, sub_event_type=tx.GOVERNMENT_REGAINS if took_by_state else tx.NON_STATE_OVERTAKES)
    if c.event_type == tx.PLACEHOLDER_VIOLENCE:
        victim = c.actor2
        if victim is not None and victim.kind == "protesters":
            return replace(c, event_type=tx.PROTESTS, sub_event_type="Excessive force against protesters")
        if victim is not None and victim.kind == CIVILIANS:
            return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK)
        if victim is not None and c.actor1 is not None:
            return replace(c, event_type=tx.BATTLES, sub_event_type=tx.ARMED_CLASH)
        if victim is not None and victim.armed and c.strength >= 2:
            return replace(c, event_type=tx.BATTLES, sub_event_type=tx.ARMED_CLASH)
        # who was hit is unknown: the candidate can still support another event's toll and place
        return replace(c, event_type=tx.PLACEHOLDER_VIOLENCE, strength=1)
    if c.event_type == tx.RIOTS and c.actor1 is not None and c.actor1.armed and c.actor1.kind != "rioters":
        # "the attackers set fire to homes": armed men burning property is no riot; it is part of
        # their attack when the article reports one, else property destruction of its own
        return replace(c, event_type=tx.STRATEGIC, sub_event_type=LOOTING, strength=1)
    if c.event_type == tx.STRATEGIC and c.sub_event_type == ARRESTS:
        # the authorities arrest: "police said three suspects had been arrested" makes the police actor1
        forces = [a for a in (c.actor1, c.actor2) if a is not None and a.kind == STATE_FORCES]
        if forces and forces[0] is not c.actor1:
            return replace(c, actor1=forces[0], actor2=c.actor1)
    if c.event_type in (tx.PROTESTS, tx.RIOTS) and not _CROWD.search(c.sentence.text):
        return None  # "Ankara protested to Moscow": a diplomatic protest, no crowd, no event
    if c.event_type == tx.PROTESTS and _PROTEST_INTERVENTION.search(c.sentence.text):
        return replace(c, sub_event_type="Protest with intervention")
    return c


# ---------------------------------------------------------------- grouping


def _group(cands: list[_Candidate]) -> list[_Event]:
    events: list[_Event] = []
    body = [c for c in cands if not c.from_title]
    anchors = [
        c
        for c in body
        if c.strength >= 2 and c.event_type != tx.PLACEHOLDER_VIOLENCE and not _undated_aftermath(c)
    ]
    for c in anchors:
        for e in events:
            if all(
                _same_type(m, c) and _compatible(m, c) and _same_site(m, c)
                for m in e.members
                if m.strength >= 2
            ):
                e.members.append(c)
                break
        else:
            events.append(_Event([c]))
    for c in (c for c in body if c not in anchors):
        # a generic killing or attack usually restates the violent event the article reports
        home = [
            e
            for e in events
            if e.anchor.event_type in VIOLENT_TYPES
            and all(_compatible(m, c, use_place=False, same_day=True) for m in e.members)
            and not any(_sibling_clause(m, c) for m in e.members)
        ]
        if home:
            min(home, key=lambda e: min(_distance(m, c) for m in e.members)).members.append(c)
        elif c.event_type != tx.PLACEHOLDER_VIOLENCE and (c.fatalities or c.place is not None):
            events.append(_Event([c]))
    for c in (c for c in cands if c.from_title):
        # the headline names the article's main event: it adds to it, and stands alone only
        # when the body yielded nothing
        same = [
            e
            for e in events
            if e.anchor.event_type == c.event_type and all(_compatible(m, c) for m in e.members)
        ]
        if same:
            same[0].members.append(c)
        elif (home := _generic_headline_home(c, events)) is not None:
            home.members.append(c)
        elif not events and c.event_type != tx.PLACEHOLDER_VIOLENCE:
            events.append(_Event([c]))
    events = _arrests_at_protests(events)
    # the headline's event first, then events with a toll, then in text order: the main event leads
    events.sort(
        key=lambda e: (
            not any(m.from_title for m in e.members),
            not any(m.fatalities for m in e.members),
            min(m.sentence.index if not m.from_title else 10**6 for m in e.members),
        )
    )
    return events


VIOLENT_TYPES = frozenset({tx.BATTLES, tx.EXPLOSIONS, tx.VIOLENCE_AGAINST_CIVILIANS})


def _generic_headline_home(c: _Candidate, events: list[_Event]) -> _Event | None:
    """A headline whose only trigger is a generic word ("30 soldiers killed in Turkish attacks",
    "drept i tyrkiske angrep") names the article's main event without its kind: it joins the violent
    event its actors fit (the one the same side carried out, then the one that hit the same side,
    then the earliest), so that event leads, whatever type the generic word was read as."""
    if c.trigger.trigger.strength > 1 or c.event_type not in (*VIOLENT_TYPES, tx.PLACEHOLDER_VIOLENCE):
        return None
    home = [
        e
        for e in events
        if e.anchor.event_type in VIOLENT_TYPES
        and all(_compatible(m, c, use_place=False) for m in e.members)
        and not any(
            m.actor2 is not None and c.actor1 is not None and m.actor2.name == c.actor1.name
            for m in e.members
        )
    ]

    def fit(e: _Event) -> tuple[bool, bool, int]:
        same_agent = c.actor1 is not None and any(
            m.actor1 and m.actor1.name == c.actor1.name for m in e.members
        )
        same_target = c.actor2 is not None and any(
            m.actor2 and m.actor2.name == c.actor2.name for m in e.members
        )
        return not same_agent, not same_target, min(m.sentence.index for m in e.members)

    return min(home, key=fit, default=None)


def _sibling_clause(a: _Candidate, b: _Candidate) -> bool:
    """Two clauses of one sentence that `_clauses` read apart, each with its own trigger: two events."""
    return (
        not a.from_title
        and not b.from_title
        and a.sentence.index == b.sentence.index
        and a.sentence.text != b.sentence.text
    )


def _undated_aftermath(c: _Candidate) -> bool:
    """Looting or burning with no date and no place of its own ("the insurgents later looted shops")
    is part of the violent event the article reports; it joins that event like a generic killing."""
    return c.event_type == tx.STRATEGIC and c.sub_event_type == LOOTING and c.when is None and c.place is None


CROWD_TYPES = frozenset({tx.PROTESTS, tx.RIOTS})
ARRESTS = "Arrests"
LOOTING = "Looting/property destruction"
INTERVENTION = "Protest with intervention"


def _arrests_at_protests(events: list[_Event]) -> list[_Event]:
    """Arrests made at a protest the article reports (same day, same place) are the police's
    intervention in that protest, not an event of their own; arrests on another day or elsewhere
    (the organisers detained the next morning) stay a separate Strategic development."""
    crowds = [e for e in events if e.anchor.event_type in CROWD_TYPES]
    kept = []
    for e in events:
        arrests = e.anchor.event_type == tx.STRATEGIC and e.anchor.sub_event_type == ARRESTS
        home = next(
            (
                p
                for p in crowds
                if arrests and all(_compatible(m, c, same_day=True) for m in p.members for c in e.members)
            ),
            None,
        )
        if home is None:
            kept.append(e)
            continue
        home.members.extend(replace(c, strength=0, intervention=True) for c in e.members)
    return kept


def _distance(a: _Candidate, b: _Candidate) -> int:
    if a.from_title or b.from_title:
        return 0 if a.sentence.paragraph == 0 or b.sentence.paragraph == 0 else 50
    return abs(a.sentence.index - b.sentence.index)


def _same_type(a: _Candidate, b: _Candidate) -> bool:
    """Same type and sub-type; violence against civilians is one event whatever its parts
    (people abducted and one shot dead in one raid), and so is a protest (a rally, the tear gas
    fired at it, the protesters shot dead: one protest, coded by its gravest part)."""
    if a.event_type != b.event_type:
        return False
    return a.sub_event_type == b.sub_event_type or a.event_type in ONE_EVENT_WHATEVER_ITS_PARTS


ONE_EVENT_WHATEVER_ITS_PARTS = frozenset({tx.VIOLENCE_AGAINST_CIVILIANS, tx.PROTESTS})


# Protest sub-types from the mildest to the gravest: a protest with several parts takes the gravest.
PROTEST_GRAVITY = ("Peaceful protest", INTERVENTION, "Excessive force against protesters")


def _same_site(a: _Candidate, b: _Candidate) -> bool:
    """Parts of one attack on civilians (a killing, an abduction) happen at one place: two named
    different towns are two attacks, even when they are close."""
    if a.sub_event_type == b.sub_event_type or a.place is None or b.place is None:
        return True
    return getattr(a.place, "name", "") == getattr(b.place, "name", "")


def _compatible(a: _Candidate, b: _Candidate, use_place: bool = True, same_day: bool = False) -> bool:
    """Can a and b be about the same event? Not when their dates differ (by more than a day, or at
    all for a generic sentence joining an event), their places are far apart, or different named
    actors carried them out."""
    if a.when and b.when and abs((a.when.value - b.when.value).days) > (0 if same_day else 1):
        return False
    if use_place and a.place is not None and b.place is not None:
        d = km(a.place, b.place)
        if d is not None and d > MERGE_KM:
            return False
    for x, y in ((a, b), (b, a)):  # an attack on civilians and a fight between armed groups are two events
        if x.event_type == tx.BATTLES and y.actor2 is not None and y.actor2.kind == CIVILIANS:
            return False
    if a.actor1 and b.actor1 and a.actor1.name != b.actor1.name:
        return a.actor1.source == "generic" or b.actor1.source == "generic"
    return True


@dataclass
class _ArticleContext:
    sentences: list[Sentence]
    title: Sentence | None
    hint: str | None
    published: date | None
    language: str | None
    cands: list[_Candidate]


def _to_mention(e: _Event, ctx: _ArticleContext, main: bool = True) -> EventMention | None:
    anchor = e.anchor
    members = sorted(e.members, key=lambda c: (-c.strength, c.from_title, c.sentence.index))
    # a named group or force over a generic word ("a suicide bomber" vs "Islamic State Khorasan")
    actor1 = min((c.actor1 for c in members if c.actor1), key=source_rank, default=None)
    actor2 = next(
        (c.actor2 for c in members if c.actor2 and (actor1 is None or c.actor2.name != actor1.name)), None
    )
    sub_event_type = anchor.sub_event_type
    if anchor.event_type == tx.PROTESTS:
        subs = [c.sub_event_type for c in members if c.event_type == tx.PROTESTS and not c.intervention]
        subs += [INTERVENTION for c in members if c.intervention]
        sub_event_type = max(subs, key=_protest_gravity, default=sub_event_type)
    if anchor.event_type in CROWD_TYPES:
        actor1, actor2 = _crowd_actors(anchor, sub_event_type, members, ctx)
    if anchor.event_type in VIOLENT_TYPES and (actor1 is None or (main and actor1.source == "generic")):
        # "gunmen" / no one named, but the article blames a named group: that group acted (the
        # blame is about the article's main event; a side event keeps its own generic actor)
        blamed = _blamed_agent(ctx)
        if blamed is not None and (actor2 is None or blamed.name != actor2.name):
            actor1 = blamed
    if actor1 is None:
        actor1 = _article_agent(ctx, exclude=actor2)
    # the body's figures before the headline's, and later reports before early ones
    with_figures = [c for c in e.members if c.fatalities]
    counted = (
        [c for c in with_figures if not c.from_title and not c.superseded]
        or [c for c in with_figures if not c.from_title]
        or with_figures
    )
    tolls = [c.fatalities for c in counted if c.toll]
    deaths = [c.fatalities for c in counted]
    fatalities = max(tolls) if tolls else (max(deaths) if deaths else 0)
    when = next((c.when for c in members if c.when), None)
    place, near = _event_place(e, ctx)
    country = (getattr(place, "country", "") if place is not None else "") or (ctx.hint or "")
    if not country:
        return None
    event_date = when.value if when else ctx.published
    precision = when.precision if when else "day"
    geo_precision = 3
    if place is not None:
        geo_precision = max(getattr(place, "geo_precision", 3), 2 if near else 1)
    actor1_name = actor1.name if actor1 else _unidentified(anchor, country)
    sentence = " ".join(
        dict.fromkeys(c.sentence.text for c in sorted(e.members, key=lambda c: c.sentence.index))
    )
    confidence = _confidence(anchor, when is not None, place, actor1 is not None)
    if anchor.event_type == tx.VIOLENCE_AGAINST_CIVILIANS and fatalities:
        sub_event_type = tx.ATTACK  # people abducted or raped and killed in one attack: a fatal attack
    return EventMention(
        event_date=event_date,
        event_type=anchor.event_type,
        sub_event_type=sub_event_type,
        actor1=actor1_name,
        actor2=actor2.name if actor2 else "",
        country=country,
        admin1=getattr(place, "admin1", "") if place is not None else "",
        location=getattr(place, "name", "") if place is not None else "",
        latitude=getattr(place, "latitude", None) if place is not None else None,
        longitude=getattr(place, "longitude", None) if place is not None else None,
        fatalities=fatalities,
        sentence=sentence[:2000],
        date_precision=precision,
        geo_precision=geo_precision,
        actor1_kind=actor1.kind if actor1 else ("unknown" if actor1_name else ""),
        actor2_kind=actor2.kind if actor2 else "",
        actor1_country=actor1.country if actor1 else (country if actor1_name else ""),
        actor2_country=actor2.country if actor2 else "",
        confidence=confidence,
    )


def _protest_gravity(sub_event_type: str) -> int:
    return PROTEST_GRAVITY.index(sub_event_type) if sub_event_type in PROTEST_GRAVITY else 0


def _crowd_actors(anchor: _Candidate, sub_event_type: str, members: list[_Candidate], ctx: _ArticleContext
                  ) -> tuple[ActorMention | None, ActorMention | None]:  # fmt: skip
    """ACLED codes the crowd as actor1 of protests and riots; the police who intervened as actor2."""
    crowd_kind = "protesters" if anchor.event_type == tx.PROTESTS else "rioters"
    everyone = [a for c in members for a in (c.actor1, c.actor2) if a is not None]
    crowd = next((a for a in everyone if a.kind == crowd_kind), None)
    if crowd is None and ctx.hint:
        name = "Protesters" if crowd_kind == "protesters" else "Rioters"
        crowd = ActorMention(f"{name} ({ctx.hint})", crowd_kind, ctx.hint, -1, -1, "generic")
    force = None
    if sub_event_type != "Peaceful protest":
        force = next((a for a in everyone if a.kind == STATE_FORCES), None)
    if force is None and sub_event_type != "Peaceful protest" and is_english(ctx.language):
        # "police said 23 people had been detained": the force named in an intervention sentence
        named = (a for c in members for a in find_actors(c.sentence.text, ctx.hint))
        force = next((a for a in named if a.kind == STATE_FORCES), None)
    return crowd, force


def _unidentified(anchor: _Candidate, country: str) -> str:
    if anchor.event_type in (tx.EXPLOSIONS, tx.VIOLENCE_AGAINST_CIVILIANS, tx.BATTLES):
        return f"Unidentified Armed Group ({country})"
    return ""


def _blamed_agent(ctx: _ArticleContext) -> ActorMention | None:
    """The named group or force the article blames for the attack or that claimed it (English)."""
    if not is_english(ctx.language):
        return None
    for s in [*ctx.sentences, *([ctx.title] if ctx.title else [])]:
        agent = attributed_agent(s.text, find_actors(s.text, ctx.hint))
        if agent is not None:
            return agent
    return None


def _article_agent(ctx: _ArticleContext, exclude: ActorMention | None) -> ActorMention | None:
    """For an event whose sentences name no perpetrator: the actor the article most often shows
    acting, else the named armed group or force it mentions most (never the side that was hit)."""
    agents = Counter(
        c.actor1.name for c in ctx.cands if c.actor1 and (exclude is None or c.actor1.name != exclude.name)
    )
    if agents:
        name = agents.most_common(1)[0][0]
        return next(c.actor1 for c in ctx.cands if c.actor1 and c.actor1.name == name)
    if not is_english(ctx.language):
        return None
    named = [
        a
        for s in ctx.sentences
        for a in find_actors(s.text, ctx.hint)
        if a.source != "generic"
        and a.armed
        and (exclude is None or (a.name != exclude.name and a.country != exclude.country))
    ]
    if not named:
        return None
    name = Counter(a.name for a in named).most_common(1)[0][0]
    return next(a for a in named if a.name == name)


def _event_place(e: _Event, ctx: _ArticleContext) -> tuple[object | None, bool]:
    located = [c for c in e.members if c.place is not None]
    if located:
        salience = _place_salience(ctx)
        best = min(
            located,
            key=lambda c: (
                c.from_title,
                getattr(c.place, "country", "") != ctx.hint,
                c.strength < 2,  # the place of the sentence that says what happened, not of a restatement
                getattr(c.place, "geo_precision", 3),
                -salience[getattr(c.place, "name", "")],
                -c.strength,
                c.sentence.index,
            ),
        )
        return best.place, best.near
    anchor = e.anchor
    # the place is often in the sentence before or after, else the headline, else the lead
    para = [s for s in ctx.sentences if s.paragraph == anchor.sentence.paragraph]
    near_sents = sorted(para, key=lambda s: abs(s.index - anchor.sentence.index))
    pools = [
        near_sents,
        [ctx.title] if ctx.title else [],
        [s for s in ctx.sentences if s.paragraph <= 1],
        ctx.sentences,
    ]
    for pool in pools:
        for s in pool:
            places = event_places(s.text, ctx.hint)
            if places:
                return min(places, key=lambda p: (p.geo_precision, p.latitude is None)), False
    return None, False


def _place_salience(ctx: _ArticleContext) -> Counter[str]:
    """How many sentences (and the headline) name each place: the place a report keeps coming back to."""
    counts: Counter[str] = Counter()
    for s in [*ctx.sentences, *([ctx.title] if ctx.title else [])]:
        counts.update({p.name for p in places_in(s.text, ctx.hint)})
    return counts


def _confidence(anchor: _Candidate, dated: bool, place: object | None, has_actor: bool) -> float:
    base = {4: 0.8, 3: 0.75, 2: 0.6, 1: 0.45}.get(anchor.strength, 0.5)
    base += (
        0.05 * dated
        + 0.05 * (place is not None and getattr(place, "geo_precision", 3) == 1)
        + 0.05 * has_actor
    )
    return round(min(base, 0.95), 2)
