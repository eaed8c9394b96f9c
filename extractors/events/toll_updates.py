"""Round 17 (issue 13): a toll update that names its act only as a noun.

TOLL_UPDATE_OF_AN_ACT (`toll_update_of_an_act`, called by `violence_types._violence_by_whom_it_hit`):
a sentence that tells only that the toll of an act rose ("The death toll from Monday's attack on a
market rose to nine", "Le bilan de l'attaque de lundi ... s'est alourdi à 23 morts", "saldırıda şehit
sayısı 6'ya yükseldi") names no doer and no people hit, so the act's word was a weak placeholder that
only waited for another event to join. By ACLED's codebook the sentence reports the act itself, with
the updated toll: an attack (Violence against civilians, its doer unidentified unless named), dated on
the act's day. The shape read, all in the act's clause: a death figure, a toll noun of the pack
(`numbers.toll_nouns`: "death toll", "bilan", "número de muertos"), a rise word of the pack (`numbers.rises`), and the act word, which is
no death word of its own (`outcomes`: "the number of people killed rose to nine" names no act). A war's
running toll ("the death toll of the war rose to 40,000") is background (`modality.background_in`)
and gives no candidate before this rule is asked.
"""

from __future__ import annotations

from extractors.events.candidates import Candidate


def toll_update_of_an_act(c: Candidate) -> bool:
    """TOLL_UPDATE_OF_AN_ACT: the candidate's act word is counted by a risen toll in its clause."""
    r, (lo, hi), t = c.reading, c.span, c.trigger
    if (
        not c.fatalities
        or not r.within("numbers.toll_nouns", lo, hi)
        or not r.within("numbers.rises", lo, hi)
    ):
        return False
    # the act word itself is no death word ("the number of those killed rose to nine": no act told)
    return not any(m.first < t.last and t.first < m.last for m in r.hits("outcomes"))
