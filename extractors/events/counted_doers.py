"""COUNTED_DOERS: a number that counts the armed men who did a killing is no toll. "Two gunmen killed
a shopkeeper", "dos sicarios mataron a un comerciante", "dois homens armados mataram um
comerciante", "doi bărbați înarmați au ucis un comerciant": the number stands before an armed actor
that is the subject of an act word that also tells a death (pack keys `generic_violence` or
`triggers` on the outcome word itself), and the act's object (a person, a people noun or a count)
follows it at once, past a day named between (OBJECT_AFTER_TIME) and an article or object marker
(not a passive's agent marker, a list joiner, a connector, nor a preposition of place before a
demonym: "34 troops were killed in Syrian strikes", "a soldier died and three policemen were hurt").
"Two soldiers were killed" (no object after the word) and "two soldiers killed three militants"
(the three are the dead) read as before."""

from __future__ import annotations

from extractors.events.numbers import Number
from extractors.events.object_after_time import after_time_aside
from extractors.events.reading import Reading

ARMED_NOUNS = (
    "actors.unidentified_armed",
    "actors.militants",
    "actors.rebels",
    "actors.militia",
    "actors.state_forces",
    "actors.police",
)
DOER_GAP = (
    1  # tokens from the number to the armed noun it counts ("dois homens armados": "homens" part of it)
)
OBJECT_GAP = 2  # tokens from the act word (past a day) to its object: an article, an object marker ("a un")
OBJECT_CLASSES = ("actors", "one_victim", "demonyms")


def counts_the_doers(r: Reading, n: Number, word) -> bool:
    """Does number `n` count the armed doers of the outcome word `word` after it, whose object follows?"""
    if word.first < n.last:
        return False
    doers = [a for a in r.hits(*ARMED_NOUNS) if 0 <= a.first - n.last <= DOER_GAP and a.last <= word.first]
    if not doers or not any(a.first == word.first for a in r.hits("generic_violence", "triggers")):
        return False
    start = after_time_aside(r, word.last)
    text_end = r.tokens[word.last - 1].end
    # a passive's agent or a place after the word is no object ("were killed in Syrian strikes",
    # "fueron abatidos por militares", "au fost împușcați de bărbați înarmați")
    agents = {
        k
        for m in r.hits("agent_markers", "numbers.list_joiners", "clause_connectors")
        for k in range(m.first, m.last)
    }
    places = {k for m in r.hits(*PLACE_LINKS) for k in range(m.first, m.last)}
    for o in r.hits(*OBJECT_CLASSES):
        if not start <= o.first <= start + OBJECT_GAP or any(start <= k < o.first for k in agents):
            continue
        if o.label == "demonyms" and any(start <= k < o.first for k in places):
            continue  # (es "a" is also the object marker of a person: "mataron a un comerciante")
        if not any(ch in ",;:." for ch in r.text[text_end : r.tokens[o.first].start]):
            return True
    return False


PLACE_LINKS = ("locative_prepositions", "near_prepositions")
