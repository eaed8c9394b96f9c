"""SEAT_BEFORE_ITS_OFFICIALS (round 18, crowd; read by `locate.event_places`): a place named right
before a government word, with nothing between or one genitive word of the pack (`agent_genitives`),
qualifies the officials ("Ankara'daki hükümeti", the government in Ankara; "दिल्ली की सरकार", Delhi's
government): it is where the people a crowd addresses sit, not where the crowd marched (ACLED: the
town of the protest). The order of verb-final languages puts that seat nearest the protest's verb
("Konya'da Ankara'daki hükümeti protesto etti"), so `locate.sentence_place` would take it; the SVO
order ("the government in Nairobi") is `locate._seat_of_officials`. A government word beside a
facility noun ("valilik binası") names a building, a site; and such a seat is dropped only when the
sentence names another place for the event (`event_places`), so a crowd placed only by its officials
("Hakkari Valiliği önünde") keeps it."""

from __future__ import annotations

from extractors.events.reading import Reading


def seat_before_its_officials(r: Reading, last: int) -> bool:
    """Is the place ending before token `last` right before a government word (one genitive word
    between at most) that no facility noun makes a building?"""
    genitives = {m.first for m in r.hits("agent_genitives")}
    facilities = r.hits("place_words.facility")
    for g in r.hits("actors.government"):
        gap = g.first - last
        if not (gap == 0 or (gap == 1 and last in genitives)):
            continue
        if any(-1 <= g.first - f.last <= 1 or -1 <= f.first - g.last <= 1 for f in facilities):
            continue  # "Ankara valilik binası": a building, the site of the act
        return True
    return False
