"""Which date of a sentence is its event's (`event_date`): the trigger's own clause first, else the
nearest within reach; never the day of a reporting verb ("the army said on Sunday"), of the dateline,
nor a date another act of the sentence stands between (`date_of_another_act`)."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.announcements import announces
from extractors.events.clause_words import crowd_word
from extractors.events.date_words import DateExpression
from extractors.events.locate import dateline_end
from extractors.events.reading import Reading
from extractors.events.sentences import Sentence

DATE_REACH = 30  # tokens: a date further from the trigger belongs to another part of a long sentence
VIOLENT = frozenset({tx.BATTLES, tx.EXPLOSIONS, tx.VIOLENCE_AGAINST_CIVILIANS})
ATTRIBUTIVE_REACH = 0  # tokens between a date and the act noun it qualifies ("Monday's bombing")
REPORTING_DATE_REACH = 3  # tokens between a reporting verb and the date it gives ("said on Monday")


def _family_of(t: tx.TriggerMatch) -> str:
    """Protests and riots are one family: a protest and the riot it turned into share their day."""
    kind = t.trigger.event_type
    return "crowd" if kind in (tx.PROTESTS, tx.RIOTS) else kind


def _date_of_another_act(r: Reading, t: tx.TriggerMatch, d: DateExpression,
                         others: list[tx.TriggerMatch]) -> bool:  # fmt: skip
    """ "rallied to protest against the arrest of their leader last week": a date after another
    act's word (of another type, typed, no weaker than the trigger, not a crowd noun, not the weapon
    an interception stopped) that stands between it and the trigger is that act's date, not the
    trigger's (a date before the trigger, "On Monday, ... protested", opens its own clause); so is a
    date right before that word, after the trigger ("arrested three men over Monday's bombing")."""
    if d.first < t.last or t.trigger.event_type == tx.PLACEHOLDER_VIOLENCE:
        return False  # ("killed in an air strike on Monday": a killing word takes its act's day)
    if t.trigger.event_type not in VIOLENT and any(
        o is not t
        and t.last <= d.first
        and 0 <= o.first - d.last <= ATTRIBUTIVE_REACH
        and not _punctuation_between(r, d.last - 1, o.first)
        and _family_of(o) != _family_of(t)
        for o in others
    ):
        # "arrested four men over Sunday's attack": the date qualifies the act noun after it (not an
        # act after a comma: "broke up a rally in Harare on Tuesday, detaining 20 people")
        return True
    return any(
        o is not t
        and t.last <= o.first
        and o.last <= d.first
        and o.trigger.event_type != tx.PLACEHOLDER_VIOLENCE
        and _family_of(o) != _family_of(t)
        and not (t.trigger.sub_event_type == tx.DISRUPTED and o.trigger.event_type == tx.EXPLOSIONS)
        and o.trigger.strength >= t.trigger.strength
        and not crowd_word(r, o)
        for o in others
    )


def _reporting_date(r: Reading, d: DateExpression) -> bool:
    """ "a councillor told reporters yesterday", "the army said on Sunday": the day of the report;
    not the day of an announcement that is the act ("announced its dissolution on Monday":
    `announcements.announces`)."""
    for m in r.hits("reporting_verbs"):
        if _place_noun_of_a_name(r, m) or _inside_a_name(r, m) or announces(r, m):
            continue  # "in Katsina state on Sunday", "Cite Soleil on Monday": part of a name, no verb
        if (
            m.last <= d.first
            and d.first - m.last <= REPORTING_DATE_REACH
            and r.same_clause(m.last - 1, d.first)
        ):
            return True
        if (
            m.first >= d.last
            and m.first - d.last <= 1
            and r.same_clause(d.last - 1, m.first)
            and not _punctuation_between(r, d.last - 1, m.first)
        ):
            return True  # "the army on Sunday said" (not "... on Sunday, police said": the event's day)
    return False


def _place_noun_of_a_name(r: Reading, m) -> bool:
    """Is the phrase a place noun right after a capitalised name ("Katsina state", "Zamfara State")?"""
    if m.first == 0 or not r.tokens[m.first - 1].text[:1].isupper():
        return False
    return any(p.first <= m.first and m.last <= p.last for p in r.hits("place_words"))


def _inside_a_name(r: Reading, m) -> bool:
    """A capitalised word after another capitalised word that does not open the sentence ("Port-au-
    Prince's Cite Soleil", "Mohamed Said"): part of a name."""
    k = m.first
    return k >= 2 and r.tokens[k].text[:1].isupper() and r.tokens[k - 1].text[:1].isupper()


def _punctuation_between(r: Reading, i: int, j: int) -> bool:
    """Is there a comma or other mark between tokens i and j (i before j)?"""
    return any(ch in ",;:()" for ch in r.text[r.tokens[i].end : r.tokens[j].start])


def event_date(s: Sentence, r: Reading, span: tuple[int, int], t: tx.TriggerMatch,
                dates: list[DateExpression], others: list[tx.TriggerMatch] = ()) -> DateExpression | None:  # fmt: skip
    """The date of the trigger's clause, else the nearest one of its sentence within reach; never
    the date of a reporting verb nor of the dateline, nor a date another act stands between
    (`_date_of_another_act`)."""
    head = r.token_at(dateline_end(s)) if dateline_end(s) else 0
    usable = [
        d for d in dates
        if d.first >= head and not _reporting_date(r, d) and not _date_of_another_act(r, t, d, others)
    ]  # fmt: skip
    own = [d for d in usable if span[0] <= d.first < span[1]]
    pool = own or [d for d in usable if abs(d.first - t.first) <= DATE_REACH]
    return min(pool, key=lambda d: abs(d.first - t.first), default=None)


def reported_day(r: Reading, dates: list[DateExpression], published) -> DateExpression | None:
    """ "Gunmen killed five villagers near Gao, residents said on Wednesday": the day a clause was
    reported, for an event whose clauses give no day of their own. ACLED dates an event the text
    does not date by its report; the report's day is nearer the event than the publication's. Only
    a day, not after publication."""
    said = [d for d in dates if d.precision == "day" and d.value <= published and _reporting_date(r, d)]
    return min(said, key=lambda d: d.value, default=None)
