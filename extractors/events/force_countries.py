"""The country of a state force's noun in a sentence: a demonym or a country's name next to it
("Turkish troops", "soldats maliens", "Syria's army": `countries_near`), a country's name after it
in its case or after the genitive link (OF_A_COUNTRY `_country_after`: "силы Украины", "l'armée du
Mali"), the speaker's own country for "its troops" after a reporting verb (SPEAKERS_OWN_FORCES
`_speakers_own`), and the other demonyms a list joiner ties to it (`_joined_demonyms`: "Russian and
Ukrainian troops"). Split out of actors.py, which reads the sentence's actors with them.
"""

from __future__ import annotations

from extractors.events.reading import Reading

STATE_CLASSES = ("actors.state_forces", "actors.police")
NATIONAL_FORCES = (
    "actors.national_forces"  # "forces russes", "российские силы": a state force by its state only
)
ACT_WORDS = ("triggers", "generic_violence", "outcomes")
ADJECTIVE_REACH = 2  # tokens between a force noun and its demonym ("les forces armées maliennes")


def countries_near(r: Reading, first: int, last: int, reach: int = ADJECTIVE_REACH) -> str | None:
    """The country of a demonym or a country name (possessive) next to tokens [first, last), or
    inside them."""
    from extractors.events.countries import country_name

    best: tuple[int, str] | None = None
    for m in r.hits("demonyms"):
        if m.value and r.same_clause(min(m.first, first), max(m.last - 1, last - 1)):
            if first <= m.first and m.last <= last:
                gap = 0  # the force phrase holds its demonym ("российские войска", "forces armées maliennes")
            else:
                gap = first - m.last if m.last <= first else (m.first - last if m.first >= last else -1)
            if gap > 0 and _actor_between(r, m, first, last):
                continue  # "18 Türk işçinin maskeli kişiler": the demonym is the nearer noun's
            if m.first >= last and _act_between(r, last, m.first):
                continue  # "its forces hit Pakistani posts": the demonym after the act is its object's
            if m.first >= last and _in_possessive(r, m.last - 1):
                continue  # "uçakları Irak'ın kuzeyindeki": a country in the possessive holds what follows
            if 0 <= gap <= reach and (best is None or gap < best[0]):
                best = (gap, str(m.value))
    if best is not None:
        return best[1]
    of = _country_after(r, last)
    if of is not None:
        return of
    if first > 0:  # "Syria's army", "Turkey's military"
        name = country_name(r.tokens[first - 1].text.removesuffix("'s").removesuffix("’s"))
        if name and r.tokens[first - 1].text[:1].isupper():
            return name
    return None


def _speakers_own(r: Reading, first: int, last: int) -> str | None:
    """SPEAKERS_OWN_FORCES: a force noun with a possessive of the pack's self-reference words right
    before or after it ("its troops", "sus tropas", "as suas tropas", "trupele sale") after a
    reporting verb is the speaker's: the country of the government body or force that speaks before
    that verb ("the Russian defence ministry said its troops ...", "Ministerul rus al Apărării a
    anunțat că trupele sale ...")."""
    own = [x for x in r.hits("actors.self_reference") if x.last == first or x.first == last]
    if not own:
        return None
    verbs = [v for v in r.hits("reporting_verbs") if v.last <= min(x.first for x in own)]
    if not verbs:
        return None
    verb = verbs[-1]
    for g in reversed(r.hits("actors.government", *STATE_CLASSES)):
        if g.last <= verb.first and r.same_clause(g.first, max(g.last, verb.first) - 1):
            # (SPEAKER_BEFORE_ITS_VERB: the body's clause ends right before its verb; a complementiser
            # after the verb, "said that its troops", opens a clause at the verb, which parts no speaker)
            country = countries_near(r, g.first, g.last)
            if country:
                return country
    return None


GENITIVE_REACH = 6  # tokens between a force's noun and its country: links, articles, the force's name


def _country_after(r: Reading, last: int) -> str | None:
    """OF_A_COUNTRY: a country's name right after a force's noun, in its case or after the pack's
    genitive link and an article ("силы Украины", "les Forces armées du Mali", "las Fuerzas Armadas
    de Colombia", "جيش مالي"), or after the force it belongs to ("военнослужащие Вооруженных сил
    Украины", "les soldats de l'armée du Mali"): the force is that country's."""
    from extractors.events.countries import find_countries

    links = {k for m in r.hits("agent_genitives", "numbers.part_of") for k in range(m.first, m.last)}
    forces = {k for m in r.hits(*STATE_CLASSES, NATIONAL_FORCES) for k in range(m.first, m.last)}
    for c in find_countries(r.text, r.pack.code):
        if c.demonym:
            continue
        k = r.token_at(c.start)
        between = range(last, k)
        if _in_possessive(r, r.token_at(c.end - 1)):
            continue  # "Irak'ın kuzeyindeki": a country in the possessive holds what follows
        if (
            0 <= k - last <= GENITIVE_REACH
            and r.same_clause(last - 1, k)
            and all(j in links or j in forces or len(r.tokens[j].folded) <= 2 for j in between)
            and (not between or any(j in links for j in between) or all(j in forces for j in between))
        ):
            return c.country
    return None


def _in_possessive(r: Reading, k: int) -> bool:
    """Does token k end in a possessive ending of the pack ("Irak'ın", "Syria's")?"""
    from extractors.events.place_cues import place_cues

    tok = r.tokens[k]
    cut = max(tok.text.rfind("'"), tok.text.rfind("\u2019"))
    return cut > 0 and place_cues(r.pack.code).possessive_after(r.text, tok.start + cut)


def _act_between(r: Reading, lo: int, hi: int) -> bool:
    """Does a word of an act or its outcome stand in tokens [lo, hi)?"""
    return any(lo <= m.first < hi for m in r.hits(*ACT_WORDS))


def _actor_between(r: Reading, d, first: int, last: int) -> bool:
    """Does an actor noun of the pack stand between demonym d and tokens [first, last)?"""
    lo, hi = (d.last, first) if d.last <= first else (last, d.first)
    return any(lo <= a.first and a.last <= hi for a in r.hits("actors"))


def _joined_demonyms(r: Reading, first: int, last: int, own: str | None) -> list[tuple[object, str]]:
    """The other demonyms a list joiner ties to the one of a force noun ("российскими и украинскими
    войсками", "Russian and Ukrainian troops", "les armées malienne et burkinabè"): each names a
    force of its own."""
    if own is None:
        return []
    demonyms = [m for m in r.hits("demonyms") if m.value]
    near = [m for m in demonyms if str(m.value) == own and (0 <= first - m.last <= ADJECTIVE_REACH
            or 0 <= m.first - last <= ADJECTIVE_REACH or (first <= m.first and m.last <= last))]  # fmt: skip
    out: list[tuple[object, str]] = []
    for d in near:
        for j in r.hits("numbers.list_joiners"):
            for o in demonyms:
                other = str(o.value)
                tied = (o.last == j.first and j.last == d.first) or (d.last == j.first and j.last == o.first)
                if tied and other != own and all(other != x for _, x in out):
                    out.append((o, other))
    return out
