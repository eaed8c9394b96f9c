"""The speaker clue of one actor's role around a trigger (beside `role_clues.py`'s doer and hit
clues): an actor that reports the event takes no part in it (`is_speaker`, `_reports_after`:
SPEAKER_REACH, APPOSITION_WORDS, SELF_REACH), unless it names itself after its verb (SPEAKER_THEN_SELF)
or its act follows with the subject dropped (PRO_DROP_SELF, `_dropped_subject`).
"""

from __future__ import annotations

from extractors.events.actor_kinds import ActorMention
from extractors.events.numbers import numbers_in
from extractors.events.reading import Reading
from extractors.events.role_clues import EVENT_WORDS

SPEAKER_REACH = 5  # words from a speaker to its reporting verb ("the army and the regional governor said")
APPOSITION_WORDS = 4  # a name in commas between a speaker and its verb ("a nurse, Amina Odhiambo, said")
SELF_REACH = 2  # tokens from a reporting verb to the speaker's word for itself ("said that it")


def is_speaker(r: Reading, a: ActorMention, numbers=None) -> bool:
    """Does the actor report the event rather than take part in it? The subject of a reporting verb
    after it, with no word of the event, no count and no other actor between ("police said", "the
    army and the regional governor said", "a nurse, Amina Odhiambo, said"), or named right after
    a reporting word that opens its clause or at the end of its clause ("according to police,", "...,
    said the army.", Arabic verb-first "أعلنت الشرطة ..."), or after a speaker's noun ("a spokesman for
    the police"); not when it names itself right after its verb ("the army said it killed 20 militants")."""
    numbers = numbers_in(r) if numbers is None else numbers
    for g in r.hits("actors.government"):  # "a spokesman for the police", "المتحدث باسم الشرطة"
        if 0 <= a.first - g.last <= 2 and not any(
            g.last <= x.first < a.first for x in r.hits("reporting_verbs", "actors", "demonyms", *EVENT_WORDS)
        ):  # (a demonym ends the speaker's phrase: "وزارة الدفاع الأفغانية إن قواتها", its forces act)
            return True
    for m in r.hits("reporting_verbs"):
        if any(c.first <= m.first < c.last or c.first == m.last for c in r.hits("attribution")):
            continue  # "claimed responsibility": a claim, not a report
        if m.first >= a.last:
            if not _reports_after(r, a, m, numbers):
                continue
        elif m.last <= a.first:
            opens = m.first in r.clause_starts  # a verb-first clause ("أعلنت الشرطة ...", ", said police")
            if a.first - m.last > 1 or not (opens or a.last >= len(r.tokens) or a.last in r.clause_starts):
                continue
        elif not (m.first < a.first and a.last < m.last):
            continue  # an actor inside a reporting phrase ("teilte die Polizei mit") is its subject
        # SPEAKER_THEN_SELF: from the speaker when it follows its verb ("أعلن الجيش يوم الثلاثاء أنه قتل")
        after = max(m.last, a.last)
        return not any(
            0 <= r.gap_without_days(after, x.first) <= SELF_REACH for x in r.hits("actors.self_reference")
        ) and not _dropped_subject(r, after)
    return False


SUBJECTLESS_ACTS = ("triggers", "generic_violence")


def _dropped_subject(r: Reading, after: int) -> bool:
    """PRO_DROP_SELF: in a language that drops its subject pronouns, the speaker's "it" is the act
    verb's own ending: a complementiser of the pack (`complementisers`: "que", "că a", "kwamba")
    right after the reporting verb (days between skipped), then at once an act word, tells that the
    speaker did it ("o exército anunciou na terça-feira que retomou a vila", "armata a anunțat că a
    cucerit satul"). A subject, a number or an auxiliary of a passive between ("que 20 insurgentes",
    "că a fost ucis") leaves the speaker a speaker."""
    starts = {t.first for t in r.hits(*SUBJECTLESS_ACTS)}
    return any(
        0 <= r.gap_without_days(after, c.first) <= SELF_REACH and c.last in starts
        for c in r.hits("complementisers")
    )


def _reports_after(r: Reading, a: ActorMention, m, numbers) -> bool:
    lo, hi = a.last, m.first
    if hi - lo > SPEAKER_REACH + APPOSITION_WORDS + 2:
        return False
    if any(lo <= x.first < hi for x in r.hits(*EVENT_WORDS)):
        return False
    if any(n.count and lo <= n.first < hi for n in numbers):
        return False
    adverbs = {c.first for c in r.hits("clause_connectors")}  # "police also said", "police later said"
    breaks = [c for c in r.clause_starts if lo <= c <= hi and c not in adverbs]
    if len(breaks) > 2 or len(breaks) == 1:
        return False  # a clause of its own between them: the actor is no subject of that verb
    apposition = breaks[1] - breaks[0] if breaks else 0
    if apposition > APPOSITION_WORDS:
        return False
    return hi - lo - apposition <= SPEAKER_REACH
