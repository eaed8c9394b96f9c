"""A place taken with no fighting told near it is a non-violent transfer of territory
(`peaceful_takeovers`, ACLED Strategic developments), not a battle; a place taken by force (a capture
word that tells its own fight, pack key `forced_takeovers`: "overran", "recaptured", "pris d'assaut",
"штурмом", FORCED_TAKEOVER; or told right after it: "tras expulsar a las RSF", FORCE_TOLD_AFTER) stays a battle, unless its sentence says the place fell with no fight
(pack key `unopposed_takeovers`: "retook the town without a fight", "sans tirer un coup de feu",
UNOPPOSED_TAKEOVER)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extractors.events import taxonomy as tx
from extractors.events.candidates import Candidate
from extractors.events.clause_words import accused
from extractors.events.modality import background_in, unreal_at
from extractors.events.numbers import numbers_in
from extractors.events.reading import read
from extractors.events.sentences import Sentence

TAKEOVERS = frozenset({tx.GOVERNMENT_REGAINS, tx.NON_STATE_OVERTAKES})
FIGHTING_TYPES = frozenset(
    {tx.BATTLES, tx.EXPLOSIONS, tx.VIOLENCE_AGAINST_CIVILIANS, tx.PLACEHOLDER_VIOLENCE}
)


def peaceful_takeovers(resolved: list[Candidate], sentences: list[Sentence], language: str,
                        published: date | None) -> list[Candidate]:  # fmt: skip
    """ACLED codes a place taken without a fight as a non-violent transfer of territory (Strategic
    developments), not a battle: a place that changed hands where the report's paragraph and the
    ones next to it (the lead, for the headline) tell of no fighting, shelling, attack or death."""
    out = []
    for c in resolved:
        if (
            c.event_type == tx.BATTLES
            and c.sub_event_type in TAKEOVERS
            and not c.fatalities
            and _peaceful(c, sentences, language, published)
        ):
            c = replace(c, event_type=tx.STRATEGIC, sub_event_type=tx.TRANSFER, strength=max(c.strength, 2))
        out.append(c)
    return out


def _peaceful(c: Candidate, sentences: list[Sentence], language: str, published: date | None) -> bool:
    """No fight told with the capture: none in its paragraph and the ones next to it, and no capture
    word of force; or UNOPPOSED_TAKEOVER: its own sentence says the place fell with no fight ("retook
    the town without a fight", "entraron sin disparar un solo tiro") and tells no fighting outside
    those words (fighting the report tells elsewhere is another event, coded on its own); or a
    sentence next to it, or the headline, says so ("... the soldiers met no resistance") and none of
    them tells fighting outside those words."""
    own = _unopposed_in(c.sentence, language)
    if own:
        return not _tells_of_fighting(c.sentence, language, published, own)
    here = c.sentence.paragraph if not c.from_title else 0
    near = [s for s in sentences if s.paragraph in (here - 1, here, here + 1)]  # the title is -1
    said = {id(s): _unopposed_in(s, language) for s in near}
    if any(said.values()):
        return not any(_tells_of_fighting(s, language, published, said[id(s)]) for s in near)
    return not _taken_by_force(c) and not any(_tells_of_fighting(s, language, published) for s in near)


def _unopposed_in(s: Sentence, language: str) -> tuple[tuple[int, int], ...]:
    """The token spans of the pack's `unopposed_takeovers` words in a sentence."""
    return tuple((m.first, m.last) for m in read(s.text, language).hits("unopposed_takeovers"))


def _tells_of_fighting(s: Sentence, language: str, published: date | None,
                       unopposed: tuple[tuple[int, int], ...] = ()) -> bool:  # fmt: skip
    """A real (not hedged, not alleged, not background) word of fighting, shelling, attack or killing,
    outside the `unopposed` token spans ("without firing a shot" tells of no shooting)."""
    r = read(s.text, language)
    if background_in(r, published.year if published else None, [n.value for n in numbers_in(r)]):
        return False
    for t in tx.triggers_in(r):
        if t.trigger.event_type not in FIGHTING_TYPES or t.trigger.sub_event_type == tx.PLACEHOLDER_TERRITORY:
            continue
        if any(first <= t.first < last for first, last in unopposed):
            continue
        if not accused(r, t) and not unreal_at(r, t.first, t.last):
            return True
    return False


def _taken_by_force(c: Candidate) -> bool:
    """FORCED_TAKEOVER: the capture word, or a word of the pack's `forced_takeovers` in its clause
    ("overran the base", "recaptured the town", "взяли штурмом"), tells the place was taken by force."""
    r, t = c.reading, c.trigger
    forced = r.hits("forced_takeovers")
    if any(r.same_clause(t.first, m.first) and c.span[0] <= m.first < c.span[1] for m in forced):
        return True
    return _forced_right_after(c, forced)


def _forced_right_after(c: Candidate, forced: list) -> bool:
    """FORCE_TOLD_AFTER: the clause right after the capture's, opened by one of the pack's words of
    "after" (`response_markers.after`), holds a word of force: the place was taken by driving the foe
    out ("recuperó el control de la ciudad tras expulsar a las RSF", "retook the town after driving
    out the militants")."""
    r = c.reading
    for m in r.hits("response_markers.after"):
        if c.span[1] <= m.first <= c.span[1] + 1:
            end = next((k for k in r.clause_starts if k > m.last), len(r.tokens))
            return any(m.last <= f.first < end for f in forced)
    return False
