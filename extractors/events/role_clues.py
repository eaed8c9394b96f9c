"""The clues of one actor's role around a trigger (the base of `roles.py`), by word class and word order:

- doer: the subject of the act (`_subject_of_act`), in a verb-first pack the armed actor right after a
  clause-opening act (`_doer_after_its_verb`, VERB_FIRST), the armed actor of a relative clause
  (`_relative_subject`), the armed actor before an act done to a place noun (`_place_object`,
  PLACE_OBJECT), one joined to the act's noun by a genitive (`_genitive_agent`; by a case ending,
  GENITIVE_CASE_AGENT `_genitive_case_agent`), one after an
  agent marker (`_agent_marked`, `_agent_postposed`; the markers before an actor: `_markers_before`),
  unless the marker before the act follows no event word in its clause (`_agent_of_another_verb`:
  "positions used by X were struck"); an actor named by the trigger itself (`_names_the_trigger`);
- hit: an actor counted by a number (`_counted`: `_counts_before`, `_own_count`), aimed at
  (`_targeted`), right after an outcome or act word (`_hit_after`) or followed by an outcome word
  (`_hit_before`).

The third clue, that an actor reports the event and takes no part in it, is `speaker_clues.py`'s
(`is_speaker`).
"""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import ActorMention
from extractors.events.clause_words import only_outcome
from extractors.events.numbers import numbers_in
from extractors.events.object_after_time import after_time_aside
from extractors.events.reading import Reading

MOB_VIOLENCE = tx.TAXONOMY[tx.RIOTS][1]  # ACLED sub-type
AGENT_REACH = 3  # tokens from an agent marker to its actor ("by the paramilitary RSF")
COUNT_REACH = 2  # tokens from a number to the people it counts ("12 Syrian soldiers")
OBJECT_REACH = 5  # tokens after an act word where its object may start ("secuestraron el miércoles a 18")
ARTICLE_GAP = 1  # words between an act word and the place noun it is done to ("attacked the village")
PLACE_OBJECTS = tuple(f"place_words.{k}" for k in ("settlement", "quarter", "district", "facility"))
OUTCOME_REACH = 3  # tokens from an actor to the outcome word that says it was hit
EVENT_WORDS = ("triggers", "generic_violence", "outcomes", "attribution")
OUTCOMES = (
    "outcomes.killed",
    "outcomes.wounded",
    "outcomes.abducted",
    "outcomes.arrested",
    "outcomes.missing",
)


def _counts_before(r: Reading, a: ActorMention, numbers) -> list:
    """The counts at most COUNT_REACH tokens before the actor, in its clause ("12 Syrian soldiers")."""
    return [
        n
        for n in numbers
        if n.count and 0 <= a.first - n.last <= COUNT_REACH and r.same_clause(n.last - 1, a.first)
    ]


def _counted(r: Reading, a: ActorMention, numbers) -> bool:
    """A number counts the actor: right before it, or a word or two before it ("12 Syrian soldiers");
    a word for one only right before it ("a soldier"; "a shootout with police" counts no police)."""
    return any(a.first == n.last or n.value != 1 or r.is_number(n.first)
               for n in _counts_before(r, a, numbers)) or _own_count(r, a, numbers) is not None  # fmt: skip


def _own_count(r: Reading, a: ActorMention, numbers):
    """NOUN_FIRST: the count written right after its noun, as Swahili and Arabic do ("waandamanaji
    wawili", "جنديين اثنين"): the number right after the actor, in its clause, counts it; not one right
    before a noun for civilians, which it counts (NEXT_NOUN_COUNTED: "silahlı kişiler bir adamı öldürdü")."""
    opens = {m.first for m in r.hits("actors.civilians", "one_victim")}  # (not "PKK'lı 5 terörist": its men)
    return next((n for n in numbers if n.count and n.first == a.last and n.last not in opens
                 and r.same_clause(a.last - 1, n.first)), None)  # fmt: skip


def _subject_of_act(r: Reading, a: ActorMention, t: tx.TriggerMatch, actors: list[ActorMention],
                    numbers) -> bool:  # fmt: skip
    """ "A gunman killed three people", "un grupo armado asesinó a cinco civiles", "ein Bewaffneter
    hat drei Menschen getötet": an armed actor counted before the act in its clause is the act's
    subject, not its victim, when the act has an object of its own: people counted or named right
    after the act word, or (verb-final clauses) between the actor and the act word, not joined to the
    actor by a list joiner, nor after an agent marker ("were killed by three gunmen"); not when an
    outcome word between the actor and the act says the actor was hit. An act of looting or burning
    has no people as its object: the armed actor counted before it did it ("an armed gang looted shops",
    LOOTER_SUBJECT)."""
    if not a.armed or a.last > t.first or not r.same_clause(a.first, t.first):
        return False
    if any(a.last <= m.first and m.last <= t.first for m in r.hits(*OUTCOMES)):
        return False  # "neuf gendarmes ont péri pendant les assauts": the outcome is theirs
    if _hit_before(r, a, t):
        return False  # verb-first "قتل ثلاثة جنود ... في هجوم": killed, before them, is said of them
    if _opened_fire(r, t) or t.trigger.sub_event_type == tx.LOOTING:
        return True  # LOOTER_SUBJECT: looting and burning hit things, never counted people
    joiners = r.hits("numbers.list_joiners", "agent_markers")

    def is_object(first: int) -> bool:
        if any(m.last == first or (m.last == first - 1 and r.is_number(first)) for m in joiners):
            return False  # "... and three gunmen", "by three gunmen"
        if any(o is not a and o.first == first and _agent_marked(r, o) for o in actors):
            return False  # an article between: "tués par des jihadistes", "muertos por los sicarios"
        return any(o is not a and o.first == first for o in actors) or any(
            n.count and n.first == first and _people_after(actors, n) and not _counts_an_agent(r, actors, n)
            for n in numbers
        )

    starts = {o.first for o in actors if o is not a} | {n.first for n in numbers if n.count}
    for k in range(t.last, min(t.last + OBJECT_REACH, len(r.tokens))):
        if not r.same_clause(t.first, k):
            break
        if k in starts:  # the first people after the act word ("asesinaron el jueves a tres comerciantes")
            if is_object(k):
                return True
            break
    if _place_object(r, t):
        return True
    between = [n for n in numbers if n.count and a.last < n.first and n.last <= t.first]
    return any(is_object(n.first) for n in between)


def _place_object(r: Reading, t: tx.TriggerMatch) -> bool:
    """PLACE_OBJECT: "an armed group attacked the village of ...", "un grupo armado atacó el pueblo de
    ...", "um grupo armado atacou a aldeia de ...": a place noun of the pack right after the act word
    (an article at most between, no preposition, agent marker, genitive or joiner: a verb's object, not
    an act noun's genitive, "l'attaque du camp") is the act's object, so the armed actor counted by a
    word for one before it did the act."""
    stops = r.hits("locative_prepositions", "agent_markers", "agent_genitives", "numbers.list_joiners")
    for m in r.hits(*PLACE_OBJECTS):
        if (0 <= m.first - t.last <= ARTICLE_GAP and r.same_clause(t.first, m.first)
                and not any(t.last <= s.first < m.first for s in stops)):  # fmt: skip
            return True
    return False


def _verb_first_subject(r: Reading, a: ActorMention, actors: list[ActorMention], numbers) -> bool:
    """Verb-first "قتل مسلحون خمسة عشر شخصا" (killed gunmen fifteen people): an armed actor right after
    an outcome word, itself uncounted, with people counted or named right after it in its clause, is
    the subject of that verb (the people after it are its object); "قتل ثلاثة جنود" (three soldiers were
    killed) has no object after its actor."""
    if not a.armed:
        return False
    own = _own_count(r, a, numbers)
    if own is not None and not _people_after(actors, own):
        return False  # "جنديين اثنين": the number right after the actor counts it
    if _counts_before(r, a, numbers):
        return False
    if not any(0 <= a.first - m.last <= 1 and r.same_clause(m.last - 1, a.first) for m in r.hits(*OUTCOMES)):
        return False
    if any(
        m.last == a.last + 1 or m.first == a.last for m in r.hits("numbers.list_joiners", "agent_markers")
    ):
        return False
    after = a.last
    return r.same_clause(a.last - 1, after) and (
        any(n.count and n.first == after and _people_after(actors, n) for n in numbers)
        or any(o is not a and o.first == after and not o.armed for o in actors)
    )


VERB_FIRST = "verb-first"  # the pack's `clause_order` of a language whose clauses open with their verb (VSO)
VERB_OPENS = 1  # tokens before a verb that still opens its clause (a conjunction: "ثم قصفت")


def _doer_after_its_verb(r: Reading, a: ActorMention, t: tx.TriggerMatch, actors: list[ActorMention],
                         numbers) -> bool:  # fmt: skip
    """Verb-first clauses (`clause_order: verb-first`, Arabic VSO): "قصفت القوات الإسرائيلية مواقع لحزب
    الله", "هاجمت القوات الأفغانية مواقع للجيش": an armed actor right after an act word that opens its
    clause is that verb's subject, the doer, unless a number counts it ("قتل ثلاثة جنود") or an outcome
    word after it says it was hit. (Object first, the subject-verb order of other languages: the
    actor after the act is its object.)"""
    if r.pack.data.get("clause_order") != VERB_FIRST or not a.armed or a.first != t.last:
        return False
    if t.first - r.clause_start(t.first) > VERB_OPENS:
        return False
    own = _own_count(r, a, numbers)
    if own is not None and any(o.first == own.last for o in actors):
        # COUNT_OF_THE_NEXT: "اعتقلت قوات الأمن عشرات المتظاهرين" (arrested the security forces dozens
        # of protesters): the number after the subject opens its object, the people it counts
        numbers = [n for n in numbers if n is not own]
    return not _counted(r, a, numbers) and not _hit_after(r, a, actors, numbers)


RELATIVE_GAP = 1  # tokens between the people named and the armed actor of a relative clause ("farmers that")


def _relative_subject(r: Reading, a: ActorMention, actors: list[ActorMention], numbers) -> bool:
    """ "the 43 farmers (that) Boko Haram militants killed", "forty three farmers wey Boko Haram kill":
    an uncounted armed actor right after unarmed people (a relative word at most between them, no
    comma, no list joiner) with an outcome word right after it is the subject of that relative
    clause; the people before it were hit."""
    if not a.armed or _own_count(r, a, numbers) is not None:
        return False
    before = [o for o in actors if not o.armed and 0 <= a.first - o.last <= RELATIVE_GAP]
    if any(n.count and 0 <= a.first - n.last <= COUNT_REACH and not any(n.last <= o.first for o in before)
           for n in numbers):  # fmt: skip
        return False  # counted itself ("12 soldiers"), not the people before it
    if not before:
        return False
    o = before[-1]
    if any(ch in r.text[o.end : a.start] for ch in ",;:()") or not r.same_clause(
        min(o.last, a.first), a.first
    ):
        return False  # (a relative word may open the clause: "farmers wey Boko Haram kill")
    if any(o.last <= m.first < a.first for m in r.hits("numbers.list_joiners", *OUTCOMES)):
        return False
    return any(0 <= m.first - a.last <= 1 and r.same_clause(a.last - 1, m.first) for m in r.hits(*OUTCOMES))


def _people_after(actors: list[ActorMention], n) -> bool:
    return any(0 <= o.first - n.last <= COUNT_REACH for o in actors)


def _counts_an_agent(r: Reading, actors: list[ActorMention], n) -> bool:
    """AGENT_COUNTED: a number whose people are an actor an agent marker names ("tués par des membres
    d'un gang": "un" counts the gang of the agent's phrase, "killed by members of a gang") counts the
    doers, no object of the act."""
    return any(0 <= o.first - n.last <= COUNT_REACH and _agent_marked(r, o) for o in actors)


def _genitive_agent(r: Reading, a: ActorMention, t: tx.TriggerMatch, actors: list[ActorMention]) -> bool:
    """ "une attaque des jihadistes", "un ataque de disidentes de las FARC", "Angriffe der Armee": an
    armed actor joined to the act's noun by a genitive word (`agent_genitives`) carried it out, when
    no actor stands before the act in its clause (there the act is a verb and the actor its object:
    "les jihadistes ont attaqué des soldats"), but for people that clause says were hit ("dez pessoas
    foram mortas num ataque de insurgentes") and civilians ("families fled the shelling from
    government artillery")."""
    if not a.armed or a.first < t.last:
        return False
    # DATED_ACT_GENITIVE: the act's day may stand between its noun and the genitive ("o ataque de
    # sábado dos insurgentes", "l'attaque de lundi des jihadistes", "atacul de sâmbătă al jihadiștilor")
    opens = {t.last, after_time_aside(r, t.last)}
    marked = any(m.first in opens and 0 <= a.first - m.last <= 1 for m in r.hits("agent_genitives"))
    if not marked and not _genitive_clitic(r, a, t) and not _genitive_case_agent(r, a, t):
        return False
    cs = r.clause_start(t.first)
    numbers = numbers_in(r)
    # an actor before the act that its clause says was hit ("dez pessoas foram mortas num ataque
    # de"), or civilians, who carry no attack out, is no subject of it
    return not any(
        cs <= o.first
        and o.last <= t.first
        and o.armed
        and not _counted(r, o, numbers)
        and not _hit_after(r, o, actors, numbers)
        and not _targeted(r, o)  # "Pakistani posts came under fire from Afghan forces"
        for o in actors
        if o is not a
    )


def _genitive_clitic(r: Reading, a: ActorMention, t: tx.TriggerMatch) -> bool:
    """GENITIVE_CLITIC: a genitive word of the pack that is also one of its clitic prefixes, written
    onto the actor right after the act's noun (Arabic "ل": "قصف مدفعي للجيش", the army's shelling;
    "هجوم لمسلحين", an attack by gunmen), joins the actor to the act as the word written apart does."""
    if a.first != t.last or a.first >= len(r.tokens):
        return False
    pack = r.pack
    clitics = {pack.fold(c) for c in (pack.data.get("clitics") or {}).get("prefixes") or []}
    words = [w for w in (pack.fold(g) for g in pack.data.get("agent_genitives") or []) if w in clitics]
    if not words:
        return False
    written = pack.fold(r.tokens[a.first].text)
    return any(
        written.startswith(p) and len(written) - len(p) >= 2 and any(p.startswith(w) for w in words)
        for p in clitics
    )


def _genitive_case_agent(r: Reading, a: ActorMention, t: tx.TriggerMatch) -> bool:
    """GENITIVE_CASE_AGENT: where the genitive is a case ending, not a word (Romanian "atacul
    jihadiștilor", "atacul armatei ruse", "atacul grupului"), the armed actor right after the act's
    noun whose first word ends in one of the pack's `genitive_endings` is joined to it as a genitive
    word would join it: its doer. Not after a word that is only an outcome ("moartea soldaților", "the
    death of the soldiers": the genitive of a death is its victim). Absent or empty key: no such case."""
    endings = tuple(str(e) for e in r.pack.data.get("genitive_endings") or ())
    opens = (t.last, after_time_aside(r, t.last))  # DATED_ACT_GENITIVE: "atacul de sâmbătă jihadiștilor"
    if not endings or a.first not in opens or a.first >= len(r.tokens) or only_outcome(r, t):
        return False
    return r.tokens[a.first].folded.endswith(endings)


def _names_the_trigger(r: Reading, a: ActorMention, t: tx.TriggerMatch, numbers) -> bool:
    """An actor inside the trigger's words ("Israeli drone strike", "Syrian regime strikes") names who
    carried it out, unless a real count of people stands before it ("two soldiers' patrol"): a word
    for one before it is an article ("An Israeli drone strike")."""
    if not (a.first < t.last and t.first < a.last):
        return False
    counts = [n for n in numbers if n.count and 0 <= a.first - n.last <= COUNT_REACH]
    return not any(n.value > 1 or r.is_number(n.first) for n in counts)


def _markers_before(r: Reading, a: ActorMention) -> list:
    """The agent markers (`agent_markers`) at most AGENT_REACH tokens before the actor, in its clause."""
    return [
        m
        for m in r.hits("agent_markers")
        if 0 <= a.first - m.last <= AGENT_REACH and r.same_clause(m.last - 1, a.first)
    ]


def _agent_marked(r: Reading, a: ActorMention) -> bool:
    """An agent marker before the actor ("by the paramilitary RSF"), not one inside a qualifier of
    a number ("pelo menos dez pessoas": at least ten people), nor one with an act or outcome word
    between it and the actor: the actor is that word's object ("na kuwaua askari wanne": and killing
    four soldiers, where Swahili "na" is both "by" and "and"; "by shelling civilians")."""
    markers = _markers_before(r, a)
    if not markers:
        return False
    qualifiers = r.hits("numbers.qualifiers")
    acts = r.hits(*EVENT_WORDS[:2], *OUTCOMES)
    return any(not any(q.first <= m.first and m.last <= q.last and q.last > m.last for q in qualifiers)
               and not any(m.last <= x.first and x.last <= a.first for x in acts)
               and not _joins_two_sides(r, m)
               for m in markers)  # fmt: skip


def _joins_two_sides(r: Reading, m) -> bool:
    """BETWEEN_JOINER: an agent marker that is also the pack's list joiner, after a "between" word and
    the first side it opens, joins the second side to the first ("mapigano kati ya jeshi la FARDC na
    waasi wa M23": between the army and the M23 rebels, where Swahili "na" is both "by" and "and"):
    the actor after it is one of two sides, not the doer a passive names."""
    if not any(j.first == m.first for j in r.hits("numbers.list_joiners")):
        return False
    return any(
        o.last <= m.first
        and r.same_clause(o.first, m.first)
        and any(o.last <= k.first and k.last <= m.first for k in r.hits("actors"))
        for o in r.hits("numbers.range_openers")
    )


def _agent_of_another_verb(r: Reading, a: ActorMention, t: tx.TriggerMatch) -> bool:
    """ "camps used by the militants were struck", "campamentos utilizados por X fueron bombardeados":
    an agent marker right before an actor named before the act, with no event word (nor the act)
    from its clause's start to the marker, marks the doer of another verb (a participle: used,
    backed, held by), not of the act: the actor is the object's side, never the act's doer. Not for
    an act told by its outcome word alone ("were killed"), whose agent may stand before it."""
    if a.last > t.first or any(o.first <= t.first < o.last for o in r.hits(*OUTCOMES)):
        return False  # (an outcome word's agent before it is its doer: "by their hand, ten were killed")
    acts = r.hits(*EVENT_WORDS)
    for m in _markers_before(r, a):
        start = r.clause_start(m.first)
        if not any(start <= x.first < m.first for x in acts):
            return True
    return False


def _agent_postposed(r: Reading, a: ActorMention) -> bool:
    """Verb-final "... Türk Silahlı Kuvvetleri tarafından etkisiz hale getirildi": an agent
    postposition (`agent_postpositions`) right after the actor names it the doer."""
    return any(m.first == a.last for m in r.hits("agent_postpositions"))


def _targeted(r: Reading, a: ActorMention) -> bool:
    """ "PKK hedeflerine hava harekatı", "Houthi targets", "positions of the army", "позиции
    российских военных": an actor joined to a target noun (`target_nouns`) right after it, right
    before it, or after it across a genitive word, is the side the attack aimed at."""
    links = r.hits("numbers.part_of", "agent_genitives")
    # (a demonym before the actor's noun is the actor's: "позиции российских военных")
    first = min([a.first, *(d.first for d in r.hits("demonyms") if d.last == a.first)])
    acts = r.hits("triggers", "generic_violence")
    for m in r.hits("target_nouns"):
        if any(x.first < m.last and m.first < x.last for x in acts):
            continue  # "Afghan forces targeted ...": the verb, no target noun
        if m.first == a.last or m.last in (a.first, first):
            return True
        if a.first <= m.first and m.last <= a.last and (a.first < m.first or m.last < a.last):
            return True  # the actor's phrase holds it: "askeri konvoya", "a military convoy", "positions thaïlandaises"
        if any(k.first == m.last and k.last == a.first for k in links):
            return True
    return False


def _hit_after(r: Reading, a: ActorMention, actors: list[ActorMention], numbers) -> bool:
    """An outcome word follows the actor in its clause, and no one is counted or named after it."""
    own = _own_count(r, a, numbers)
    end = own.last if own is not None else a.last  # "waandamanaji wawili waliuawa": after its count
    for m in r.hits(*OUTCOMES):
        if 0 <= m.first - end <= OUTCOME_REACH and r.same_clause(a.last, m.first):
            if any(o is not a and a.last <= o.first < m.first for o in actors):
                continue  # another actor stands closer to the outcome word: it is the one hit
            if any(n.count and end <= n.first < m.first for n in numbers):
                continue  # "les FSR ont fait 20 morts": the word is the count's, the 20 were hit
            # an object: people named right after the word, or counted a little further on
            # ("secuestraron el miércoles a 18 trabajadores"); "were killed when militants
            # ambushed": a clause of its own is no object
            # (or inside a gapped outcome phrase: "nahm ... 15 Demonstranten fest")
            near = [
                *range(m.first + 1, m.last),
                *(k for k in range(m.last, m.last + 3) if r.same_clause(m.last - 1, k)),
            ]
            start = after_time_aside(r, m.last)  # OBJECT_AFTER_TIME: people named past a day named
            named = [*near, *(k for k in range(start, start + 3) if r.same_clause(m.last - 1, k))]
            far = [k for k in range(m.last, m.last + OBJECT_REACH) if r.same_clause(m.last - 1, k)]
            transitive = any(
                n.count and (n.first in near or (n.first in far and _people_after(actors, n)))
                for n in numbers
            ) or any(o.first in named and o is not a and not _agent_marked(r, o) for o in actors)
            return not transitive  # (one after an agent marker did it: "ameuawa na wanamgambo")
    return False


def _hit_before(r: Reading, a: ActorMention, t: tx.TriggerMatch) -> bool:
    """An outcome word right before the actor ("killing 12 civilians", "a tué 9 villageois"), not one
    whose place or act comes between ("were killed in a shootout with police")."""
    between = r.hits("triggers", "generic_violence", "locative_prepositions")
    return any(
        0 <= a.first - m.last <= 3
        and r.same_clause(m.last - 1, a.first)
        and not any(m.last <= x.first < a.first for x in between)
        for m in r.hits(*OUTCOMES)
    )


def _suspect_arrested(a: ActorMention, t: tx.TriggerMatch) -> bool:
    """SUSPECT_ARRESTED: a group a suspicion word names after an arrest's word is whom the arrested
    are suspected of belonging to ("Polisi wamewakamata watu kumi wanaoshukiwa kuwa wanachama wa
    al-Shabaab": police arrested ten people suspected of being al-Shabaab members): the arrested
    side, not the one that arrested. Before the act, blamed, it is the doer as elsewhere."""
    return t.trigger.sub_event_type == tx.ARRESTS and a.first >= t.last


MEMBER_REACH = 2  # tokens between a member noun and the group after it ("membres de l'EI", "членов ИГИЛ")


def _members_arrested(r: Reading, a: ActorMention, t: tx.TriggerMatch) -> bool:
    """GROUP_OF_THE_ARRESTED: in an arrest, a group named right before a member noun of the pack
    (`member_nouns`: Turkish "IS member(s) 7 suspects were detained", the compound before its count)
    or at most MEMBER_REACH tokens after one ("sieben Mitglieder des IS wurden festgenommen") names whom
    the arrested belong to: the arrested side, not the one that arrested (nor an armed group that seized
    them: no abduction)."""
    if t.trigger.sub_event_type != tx.ARRESTS:
        return False
    # SUSPECTED_MEMBERS: a word of suspicion right after the member noun ("membres présumés de l'EI")
    # does not count against the reach
    blamed = {k for b in r.hits("attribution.blame") for k in range(b.first, b.last)}
    return any(
        (0 <= m.first - a.last <= 0 or 0 <= a.first - m.last - _blamed_run(blamed, m.last) <= MEMBER_REACH)
        and r.same_clause(min(a.first, m.first), max(a.last, m.last) - 1)
        for m in r.hits("member_nouns")
    )


def _blamed_run(blamed: set[int], k: int) -> int:
    """How many tokens from k on are words of suspicion (`attribution.blame`)."""
    n = 0
    while k + n in blamed:
        n += 1
    return n


def _opened_fire(r: Reading, t: tx.TriggerMatch) -> bool:
    """OPENED_FIRE: a shooting phrase of several words that is the act (`gunfire`: "opened fire", "ha
    aperto il fuoco") needs no object: the armed actor counted before it shot ("An armed man opened
    fire"); not with an agent marker after it in its clause (a passive: "were fired on by gunmen")."""
    if not any(m.first == t.first and m.last - m.first >= 2 for m in r.hits("gunfire")):
        return False
    return not any(m.first >= t.last and r.same_clause(t.first, m.first) for m in r.hits("agent_markers"))
