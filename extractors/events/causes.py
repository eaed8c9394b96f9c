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
    spans: list[tuple[int, int]] = []
    acts = r.hits(*ACTS)
    from extractors.events.actors import actors_in

    actors = actors_in(r, None)
    for m in r.hits("response_markers.opening"):
        end = m.last
        while end < len(r.tokens) and not _punctuation_after(r, end - 1):
            end += 1
        end = min(end, len(r.tokens))
        # no comma after the cause ("В ответ на удары российской армии ВСУ нанесли удар", "Als
        # Vergeltung für den Angriff der Hisbollah griff die Armee an"): the second act word opens the
        # clause's own act, with the subject right before it when another actor stands between
        later = [a for a in acts if m.last <= a.first < end]
        outcomes = r.hits("outcomes")  # "an attack that killed 11 soldiers": the cause's own outcome
        later = [a for k, a in enumerate(later) if not any(b.first <= a.first < b.last for b in later[:k])
                 and not any(o.first <= a.first < o.last for o in outcomes)]  # fmt: skip
        if len(later) >= 2:
            second = later[1].first
            before = [x for x in actors if later[0].last <= x.first and x.last <= second]
            if len(before) >= 2 and before[-1].last == second:
                second = before[-1].first
            end = min(end, second)
        elif later and end == len(r.tokens):
            # no mark and no second act word ends it: the cause is its act word and the actor joined
            # to it, no more ("Als Vergeltung für den Angriff der Hisbollah griff ... an")
            end = later[0].last
            joined = [x for x in actors if 0 <= x.first - end <= GENITIVE_REACH]
            end = joined[0].last if joined else end
        spans.append((m.first, end))
    for m in r.hits("response_markers.closing"):
        act = next(
            (a for a in reversed(acts) if a.last in (m.first, m.first - 1) and a.first < m.first), None
        )
        if act is None:
            continue
        first = max(r.clause_start(act.first), act.first - CLOSING_REACH)
        spans.append((first, m.last))
    return tuple(spans)


def in_cause(r: Reading, k: int) -> bool:
    """Is token k inside a cause of another act?"""
    return any(lo <= k < hi for lo, hi in cause_spans(r))
