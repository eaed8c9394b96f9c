"""The coder's lead events as the reports' own texts correct them, before `story_terms._lead_term`
compares two of them: a lead compared as the coder wrote it hangs on the coder being right, and
one report's slip (its day, its country) would part two reports that the rest of their
evidence says are one happening.

- TEXT_DAY_OVER_CODER (`text_days`): both reports' leads name a day (`StoryEvidence.lead_days`,
  read from the headline and first sentences) and share one, and a coder's lead day is none of the
  days its own lead names (it took a date of the background, or the publication day): that lead
  is compared on the shared day. "Gunmen killed 9 in Kaya on Sunday", coded on Thursday because a
  later sentence recalls Thursday's market attack, is not three days from another outlet's
  Sunday report of it. Two leads the texts date on different days keep their days (the same town
  another day stays apart: `lead_apart`).
- PLACE_FROM_TEXT (`text_place`): a lead the coder placed nowhere (no country: it missed the
  report's country) takes the place its report names first, resolved by the gazetteer
  (`StoryEvidence.places[0]`, in the report's own country when it has one), at the town. A lead
  the coder did place keeps its place, right or wrong: the text's first place is not always the
  lead's, and only a lead with none has nothing better.

- TOLL_OVER_FAMILY (`toll_over_family`): two leads the coder put in different families of armed
  violence (`ARMED_FAMILIES`: a battle, an attack on civilians, a blast or shelling) whose leads
  give one toll (a figure of both leads, recalled by neither: not the earlier act a follow-up
  recalls) on a day both leads name, at one place (`merge.places_compatible` of the leads as
  PLACE_FROM_TEXT reads them): one act, read two ways (whether the dead were armed, whether
  the blast or the fight killed them is a reading of the outlet's verb), so the families differing
  says nothing (no `family_apart`, no `lead_family_differs`). A clash and the strike the next day
  have tolls of their own, and a protest or arrests are no reading of a killing.

Both read the two reports alone (order-free) and change nothing the coder stored: only what
`_lead_term` compares.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extractors.merge import norm, places_compatible
from extractors.models import EventMention
from extractors.story_records import StoryEvidence

ARMED_FAMILIES = frozenset({"battles", "violence against civilians", "explosions/remote violence"})


def text_read_leads(a: StoryEvidence, b: StoryEvidence) -> tuple[EventMention, EventMention]:
    """The two leads' mentions (both reports have one) as TEXT_DAY_OVER_CODER and PLACE_FROM_TEXT
    read them; the coder's own mentions where neither applies."""
    assert a.lead is not None and b.lead is not None
    ma, mb = text_place(a, a.lead.mention), text_place(b, b.lead.mention)
    return text_days(a, ma, b, mb)


def text_days(
    a: StoryEvidence, ma: EventMention, b: StoryEvidence, mb: EventMention
) -> tuple[EventMention, EventMention]:
    """TEXT_DAY_OVER_CODER: a lead day its own report's lead never names, when both leads name a
    day in common, is compared on that day (module docstring)."""
    shared = a.lead_days & b.lead_days
    if not shared:
        return ma, mb
    day = date.fromordinal(min(shared))
    return _on_text_day(a, ma, day), _on_text_day(b, mb, day)


def _on_text_day(e: StoryEvidence, m: EventMention, day: date) -> EventMention:
    if m.event_date is not None and m.event_date.toordinal() in e.lead_days:
        return m  # the coder's day is one its lead names
    return replace(m, event_date=day, date_precision="day")


def text_place(e: StoryEvidence, m: EventMention) -> EventMention:
    """PLACE_FROM_TEXT: a lead with no country takes its report's first resolved place."""
    if norm(m.country) or not e.places:
        return m
    spot = next((s for s in e.places if not e.country or norm(s.country) == e.country), None)
    if spot is None:
        return m
    return replace(m, country=spot.country, admin1=spot.admin1, location=spot.name,
                   latitude=spot.latitude, longitude=spot.longitude, geo_precision=1)  # fmt: skip


def toll_over_family(a: StoryEvidence, b: StoryEvidence) -> bool:
    """TOLL_OVER_FAMILY: leads of two armed-violence families with one toll on one day both leads
    name (module docstring)."""
    assert a.lead is not None and b.lead is not None
    if a.lead.family not in ARMED_FAMILIES or b.lead.family not in ARMED_FAMILIES:
        return False
    if not a.lead_days & b.lead_days:
        return False
    tolls = (a.lead_numbers & b.lead_numbers) - a.recalled_numbers - b.recalled_numbers
    if not any(n > 1 for n in tolls):
        return False
    # at one place: the same toll the same day in two towns is two acts
    return places_compatible(text_place(a, a.lead.mention), text_place(b, b.lead.mention))
