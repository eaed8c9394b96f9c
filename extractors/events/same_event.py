"""What one event of the coder is (`Event`: a group of candidates and its `anchor`; the type sets;
`ArticleContext`) and whether two candidates can be about one event (`compatible`, the base of
`grouping`, `event_days` and `mention_fields`, which import it; it imports none of them).

`compatible`: not when their dates differ (by more than a day, or at all for a generic sentence
joining an event), another episode (`Candidate.episode`), two days of a crowd, two named acts of two
days (`_named_act`), the towns of one list, two towns with their own dead (`_two_towns_two_tolls`),
places more than MERGE_KM apart (unless a region holds the other's town: `_region_holds`), a fight and
an attack on civilians, or different named doers. `_same_type` (ONE_EVENT_WHATEVER_ITS_PARTS,
protests and riots one family: `_family`), `_same_site`, `_sibling_clause`, `_kin`, `_own_place`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, STATE_FORCES
from extractors.events.candidates import Candidate
from extractors.events.locate import km
from extractors.events.sentences import Sentence

MERGE_KM = 50.0
MOB_VIOLENCE = "Mob violence"
VIOLENT_TYPES = frozenset({tx.BATTLES, tx.EXPLOSIONS, tx.VIOLENCE_AGAINST_CIVILIANS})
CROWD_TYPES = frozenset({tx.PROTESTS, tx.RIOTS})
ONE_EVENT_WHATEVER_ITS_PARTS = frozenset({tx.VIOLENCE_AGAINST_CIVILIANS, tx.PROTESTS})
# Protest sub-types from the mildest to the gravest: a protest with several parts takes the gravest.
PROTEST_GRAVITY = (tx.PEACEFUL, tx.INTERVENTION, tx.EXCESSIVE_FORCE)


@dataclass
class Event:
    members: list[Candidate] = field(default_factory=list)

    @property
    def anchor(self) -> Candidate:
        # a crowd event that turned violent is a riot, whatever the strength of its protest words; a
        # part dated only to a week or a month ("the protests turned violent this week") is a summary
        # of days, which never decides the kind of an event of one day
        return max(
            self.members,
            key=lambda c: (
                c.event_type != tx.PLACEHOLDER_VIOLENCE,  # a generic word never types the event
                c.when is None or c.when.precision == "day",
                c.event_type == tx.RIOTS,
                c.strength,
                not c.from_title,
                -c.sentence.index,
            ),
        )


@dataclass
class ArticleContext:
    sentences: list[Sentence]
    title: Sentence | None
    hint: str | None
    published: date | None
    language: str
    cands: list[Candidate]


def _kin(a: Candidate, b: Candidate) -> bool:
    """Clauses of one kind of event: the same type, or a bare killing or attack word and a violent type."""
    kinds = {a.event_type, b.event_type}
    return len(kinds) == 1 or (tx.PLACEHOLDER_VIOLENCE in kinds and bool(kinds & VIOLENT_TYPES))


def _undated(c: Candidate) -> bool:
    """No date of its own (one carried over from the sentence before is not its own)."""
    return c.when is None or c.inherited


def _family(c: Candidate) -> str:
    """Protests and riots are one family (a protest that turned violent is one riot); each kind of
    strategic development is its own (weapons seized are no restatement of an arrest)."""
    if c.event_type == tx.STRATEGIC:
        return f"{c.event_type}/{c.sub_event_type}"
    return "crowd" if c.event_type in CROWD_TYPES else c.event_type


TOWN_OPEN_KINDS = frozenset({"country", "admin1"})  # a region or a country holds many events


def _named_act(c: Candidate) -> bool:
    """A body clause whose own word names the kind of act (not "killed", "the attack")."""
    return not c.from_title and c.trigger.trigger.event_type != tx.PLACEHOLDER_VIOLENCE and c.strength >= 3


def _other_day(a: Candidate, b: Candidate) -> bool:
    """Both dated to the day, and not the same day."""
    return (
        a.when is not None
        and b.when is not None
        and a.when.precision == b.when.precision == "day"
        and a.when.value != b.when.value
    )


def _same_place(a: Candidate, b: Candidate) -> bool:
    return (
        a.place is not None
        and b.place is not None
        and getattr(a.place, "name", 1) == getattr(b.place, "name", 2)
    )


def _own_place(c: Candidate) -> bool:
    """Does the candidate's place lie in its own event clause (not only elsewhere in its sentence)?"""
    start = c.reading.tokens[c.span[0]].start if c.span[0] < len(c.reading.tokens) else 0
    end = c.reading.tokens[c.span[1] - 1].end if c.span[1] > c.span[0] else 0
    return start <= getattr(c.place, "start", -1) < end


def _sibling_clause(a: Candidate, b: Candidate) -> bool:
    """Two event clauses of one sentence, each with its own trigger: two events (not when both name
    the same place: "in another attack in Gwoza also, gunmen killed a farmer" is one)."""
    return (
        not a.from_title
        and not b.from_title
        and a.sentence.index == b.sentence.index
        and a.span != b.span
        and not _same_place(a, b)
    )


def _distance(a: Candidate, b: Candidate) -> int:
    if a.from_title or b.from_title:
        return 0 if a.sentence.paragraph == 0 or b.sentence.paragraph == 0 else 50
    return abs(a.sentence.index - b.sentence.index)


def _same_type(a: Candidate, b: Candidate) -> bool:
    """Same type and sub-type; violence against civilians and a protest are one event whatever
    their parts (people abducted and one shot dead in one raid; a rally and the tear gas fired at it);
    so are a protest and the riot it turned into."""
    if _family(a) == _family(b) == "crowd":
        return True
    if a.event_type != b.event_type:
        return False
    return a.sub_event_type == b.sub_event_type or a.event_type in ONE_EVENT_WHATEVER_ITS_PARTS


def _same_site(a: Candidate, b: Candidate) -> bool:
    """Parts of one attack on civilians happen at one place: two named different towns are two attacks."""
    if a.sub_event_type == b.sub_event_type or a.place is None or b.place is None:
        return True
    return getattr(a.place, "name", "") == getattr(b.place, "name", "")


def compatible(
    a: Candidate,
    b: Candidate,
    use_place: bool = True,
    same_day: bool = False,
    kinds: bool = True,
    actors: bool = True,
) -> bool:
    """Can a and b be about the same event? Not when their dates differ (by more than a day, or at
    all for a generic sentence joining an event), their places are far apart, or different named
    actors carried them out."""
    if a.when and b.when and abs((a.when.value - b.when.value).days) > (0 if same_day else 1):
        return False
    if a.episode != b.episode and not a.from_title and not b.from_title:
        return False  # "In a separate incident, ...": the text says it is another event
    if _family(a) == _family(b) == "crowd" and _other_day(a, b):
        return False  # ACLED codes each day of a protest or riot as an event of its own
    if (a.next_day or b.next_day) and _other_day(a, b):
        return False  # THE_NEXT_DAY: "the next day they raided another village": its own event
    if _other_day(a, b) and not a.inherited and not b.inherited and _named_act(a) and _named_act(b):
        return False  # "attacked the base on Friday ... a counter-offensive on Saturday": two events
    same_clause = a.sentence.index == b.sentence.index and a.span == b.span and a.from_title == b.from_title
    if same_clause and getattr(a.place, "name", None) != getattr(b.place, "name", None):
        return False  # the towns of one list: one event each
    if use_place and _two_towns_two_tolls(a, b):
        return (
            False  # "... killing five in Tartus. Another strike hit Ariha, killing three": one row per place
        )
    if use_place and a.place is not None and b.place is not None and not _region_holds(a, b):
        d = km(a.place, b.place)
        if d is not None and d > MERGE_KM:
            return False
    for x, y in ((a, b), (b, a)) if kinds else ():  # an attack on civilians and a fight are two events
        if (
            x.event_type == tx.BATTLES
            and y.event_type == tx.VIOLENCE_AGAINST_CIVILIANS
            and y.actor2 is not None
            and y.actor2.kind == CIVILIANS
        ):
            return False
    crowd = _family(a) == _family(b) == "crowd"
    if actors and _sides_swapped(a, b):
        return True  # SIDES_SWAPPED: "X attacked the base ... troops repelled the assault": one battle
    if actors and a.actor1 and b.actor1 and a.actor1.name != b.actor1.name and not crowd:
        # (a protest's parts name the crowd and the police in turn: its actor1 is always the crowd)
        return a.actor1.source == "generic" or b.actor1.source == "generic"
    return True


def _sides_swapped(a: Candidate, b: Candidate) -> bool:
    """SIDES_SWAPPED: two armed clashes (of one day and place, checked before) whose two named sides
    are the same two, in turn ("ISWAP fighters attacked the base, killing two soldiers. Troops repelled
    the assault and killed 15 insurgents"): one battle told from each side (ACLED: one event, both tolls)."""
    if not (a.sub_event_type == b.sub_event_type == tx.ARMED_CLASH):
        return False
    if None in (a.actor1, a.actor2, b.actor1, b.actor2):
        return False
    return one_side(a.actor1, b.actor2) and one_side(a.actor2, b.actor1) and not one_side(a.actor1, a.actor2)


def one_side(x, y) -> bool:
    """Two actor mentions of one side: one name, or a non-state group and a generic word for such men
    ("ISWAP" and "insurgents")."""
    if x.name == y.name:
        return True
    non_state = x.armed and y.armed and STATE_FORCES not in (x.kind, y.kind)
    return non_state and "generic" in (x.source, y.source)


def _region_holds(a: Candidate, b: Candidate) -> bool:
    """Is one candidate placed only by the first-level region the other's town lies in ("Kharkiv
    oblast" and Izium), with no toll of its own? Its region's centre says nothing of its distance;
    a region with a toll of its own ("seven soldiers were killed in the Kharkiv region") is another event."""
    for x, y in ((a, b), (b, a)):
        region, place = x.place, y.place
        if (
            not x.fatalities
            and getattr(region, "kind", "") == "admin1"
            and getattr(place, "kind", "") not in TOWN_OPEN_KINDS
            and getattr(region, "country", 1) == getattr(place, "country", 2)
            and getattr(region, "admin1", 1) == getattr(place, "admin1", 2)
        ):
            return True
    return False


def _two_towns_two_tolls(a: Candidate, b: Candidate) -> bool:
    """Two clauses that each name their own town (not a region or a country, and neither the place
    that holds the other) and each give their own dead: two events however near the towns lie (ACLED
    codes one event per location)."""
    if not (a.fatalities and b.fatalities and a.place is not None and b.place is not None):
        return False
    if a.from_title or b.from_title or not (_own_place(a) and _own_place(b)):
        return False
    if TOWN_OPEN_KINDS & {getattr(a.place, "kind", ""), getattr(b.place, "kind", "")}:
        return False
    if (
        a.place.name == b.place.name
        or a.place.start == getattr(b.place, "within", -2)
        and a.sentence is b.sentence
    ):
        return False
    return not (b.place.start == getattr(a.place, "within", -2) and a.sentence is b.sentence)
