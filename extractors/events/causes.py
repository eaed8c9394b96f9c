"""Acts told as the cause of another act: "Afghan forces attacked Pakistani posts in response to
Pakistani air strikes", "en riposte aux frappes", "в ответ на удары", "ردا على الغارات", "PKK'nın
saldırısına misilleme olarak".

A report of a retaliation names what it answers; that earlier act is background here (its own
reports tell it), not a second event of this report, and its actors are no roles of the act that
answers it. The pack's `response_markers.opening` phrases open the cause ("in response to ..."): it
runs from the phrase to the next punctuation mark, relative clauses included ("in retaliation for
an attack that killed 11 soldiers"), or to the second act word after it (with that act's subject). `closing` phrases (verb-final languages) close it: the act
word right before the phrase and the words of its noun phrase before that, up to the clause start.
"""

from __future__ import annotations

from extractors.events.reading import Reading, per_reading

ACTS = ("triggers", "generic_violence")
GENITIVE_REACH = 2  # tokens from a cause's act word to the actor of its noun phrase ("der Hisbollah")
CLOSING_REACH = (
    3  # tokens before a closing phrase's act word that its noun phrase may take ("PKK'nın son saldırısına")
)


def _punctuation_after(r: Reading, k: int) -> bool:
    """Does a punctuation mark stand between token k and the next?"""
    if k + 1 >= len(r.tokens):
        return True
    gap = r.text[r.tokens[k].end : r.tokens[k + 1].start]
    return any(ch in gap for ch in ',;:()[]\u2014\u2013\u060c\u061b"\u201c\u201d\u00ab\u00bb')


@per_reading
def cause_spans(r: Reading) -> tuple[tuple[int, int], ...]:
    """Token ranges [first, last) of the reading told as the cause of another act."""
    from extractors.events.actors import actors_in

    spans: list[tuple[int, int]] = []
    acts = r.hits(*ACTS)
    actors = actors_in(r, None)
    outcomes = r.hits("outcomes")
    for m in r.hits("response_markers.opening"):
        if any(_punctuation_after(r, k) for k in range(m.first, m.last - 1)):
            continue  # MARKER_ACROSS_A_COMMA: "Em retaliação, o Hezbollah disparou" opens no cause ("em retaliação ao")
        spans.append((m.first, _opening_end(r, m.last, acts, actors, outcomes)))
    if r.hits("response_markers.retaliation"):
        # "Taliban forces launched retaliatory attacks after Pakistani air strikes on Khost": in a
        # sentence that tells a retaliation, the act a temporal word opens ("after", "tras", "بعد") is
        # the earlier act it answers, when the sentence has an act of its own outside it
        for m in r.hits("response_markers.after"):
            end = _opening_end(r, m.last, acts, actors, outcomes)
            inside = [a for a in acts if m.last <= a.first < end]
            own = [a for a in acts if not m.first <= a.first < end and not _is_outcome(a, outcomes)]
            if inside and own:
                spans.append((m.first, end))
    spans.extend(_deaths_a_crowd_answers(r, acts, actors, outcomes))
    for m in r.hits("response_markers.closing"):
        act = next(
            (a for a in reversed(acts) if a.last in (m.first, m.first - 1) and a.first < m.first), None
        )
        if act is None:
            continue
        first = max(r.clause_start(act.first), act.first - CLOSING_REACH)
        spans.append((first, m.last))
    return tuple(spans)


CROWD_WORDS = ("triggers.Protests", "triggers.Riots", "actors.protesters", "actors.rioters")


def _deaths_a_crowd_answers(r: Reading, acts, actors, outcomes) -> list[tuple[int, int]]:
    """CROWD_ANSWERS_A_DEATH: "rioters burned cars after the death of a teenager", "massa membakar
    kantor polisi setelah seorang pemuda tewas": a death told by an `after` clause that names no act
    of its own (no trigger, only the outcome) is what a crowd (a protest or riot word, or a crowd's
    actor noun) outside it answers, not a toll of that crowd's own; so is a death a grievance word
    (`grievance_words`) names right after it (GRIEVANCE_DEATH: "in protest at the death of"), and one
    told by an outcome phrase that is also a trigger ("protesters burned a police post after a boy was
    shot dead"), with no armed doer named inside it (DEATH_BY_ITS_OUTCOME)."""
    spans = []
    for m in r.hits("response_markers.after"):
        end = _opening_end(r, m.last, acts, actors, outcomes)
        if not any(m.last <= o.first < end and o.label == "outcomes.killed" for o in outcomes):
            continue
        if any(m.last <= t.first < end and not _within_outcome(t, outcomes) for t in r.hits("triggers")):
            continue  # (an outcome phrase that is also a trigger, "shot dead", still tells only a death)
        if any(m.last <= x.first < end and x.armed for x in actors):
            continue  # "after soldiers shot dead a boy": the killing has its doer, an act of its own
        if any(not m.first <= t.first < end for t in r.hits(*CROWD_WORDS)):
            spans.append((m.first, end))
    for m in r.hits("grievance_words"):
        # GRIEVANCE_DEATH: "incendiaram dois ônibus em protesto contra a morte de um jovem": a death
        # a grievance word opens, right after it and with no act word of its own, is what the crowd
        # is against, not its toll
        end = _opening_end(r, m.last, acts, actors, outcomes)
        if not any(
            0 <= o.first - m.last <= GRIEVANCE_REACH and o.label == "outcomes.killed" for o in outcomes
        ):
            continue
        if any(m.last <= t.first < end for t in r.hits("triggers")):
            continue
        if any(not m.first <= t.first < end for t in r.hits(*CROWD_WORDS)):
            spans.append((m.first, end))
    return spans


GRIEVANCE_REACH = 3  # tokens from a grievance word to the death it names ("against the death of")


def _within_outcome(t, outcomes) -> bool:
    """Is the trigger wholly inside an outcome phrase ("shot dead", "beaten to death")?"""
    return any(o.first <= t.first and t.last <= o.last for o in outcomes)


def _is_outcome(a, outcomes) -> bool:
    return any(o.first <= a.first < o.last for o in outcomes)


def _opening_end(r: Reading, start: int, acts, actors, outcomes) -> int:
    """Where a cause opened at token `start` ends: the next punctuation mark; with no mark after the
    cause ("В ответ на удары российской армии ВСУ нанесли удар", "Als Vergeltung für den Angriff der
    Hisbollah griff die Armee an"), the second act word, which opens the clause's own act, with its
    subject right before it when another actor stands between; with neither, the cause's act word
    and the actor joined to it ("... der Hisbollah")."""
    end = start
    while end < len(r.tokens) and not _punctuation_after(r, end - 1):
        end += 1
    end = min(end, len(r.tokens))
    later = [a for a in acts if start <= a.first < end]
    # (an outcome word is the cause's own: "an attack that killed 11 soldiers")
    later = [a for k, a in enumerate(later) if not any(b.first <= a.first < b.last for b in later[:k])
             and not _is_outcome(a, outcomes)]  # fmt: skip
    if len(later) >= 2:
        second = later[1].first
        before = [x for x in actors if later[0].last <= x.first and x.last <= second]
        if len(before) >= 2 and before[-1].last == second:
            second = before[-1].first
        return min(end, second)
    if later and end == len(r.tokens):
        end = later[0].last
        joined = [x for x in actors if 0 <= x.first - end <= GENITIVE_REACH]
        return joined[0].last if joined else end
    return end


def in_cause(r: Reading, k: int) -> bool:
    """Is token k inside a cause of another act?"""
    return any(lo <= k < hi for lo, hi in cause_spans(r))
