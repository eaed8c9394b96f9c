"""The terms of `stories.story_score` that compare the coder's lead events (`_lead_term`: family,
swapped roles and sides, days apart, agreeing leads; undated reports: `_undated_lead_term`) and
the days the two reports name (`_days_term`); the rules are in `extractors/stories.py`'s
docstring ("days named", "the coder's lead events").

When undated leads are specific (`undated_lead_specific`): with the weekday, or, for a page that
names no day at all, with both sides alike and one toll. Measured on generated cases whose
undated pages name no day (`bench/tune_stories.py --no-day 1.0`, seeds 1-3, 2,898 reports, the
strikes between states with undated pages too): B-cubed F1 0.881 -> 0.882 at 1.75 (0.883 ->
0.884 at 1.5), undated reports joined with their happening 130 -> 132 of 246, with another
happening 45 -> 45, no look-alike more merged; the default cases (no `--no-day`) are unchanged
(0.894). A town's strikes days apart share the kind and the sides, never the toll: the toll is
what makes the pair one happening, and both sides named alike what makes the toll the same act's.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from extractors.merge import (
    actors_compatible,
    dates_compatible,
    known_same_side,
    norm,
    places_compatible,
    roles_swapped,
    same_type_family,
    side_country,
    swap_is_no_evidence,
)
from extractors.models import EventMention
from extractors.story_evidence import Lead, StoryEvidence
from extractors.story_leads import text_read_leads, toll_over_family

if TYPE_CHECKING:
    from extractors.story_setting import StoryLinkSetting


def _as_mention(lead: Lead) -> EventMention:
    return lead.mention


def _lead_term(a: StoryEvidence, b: StoryEvidence, setting: StoryLinkSetting) -> tuple[str, float] | None:
    la, lb = a.lead, b.lead
    if la is None or lb is None:
        return None
    fa, fb = la.family, lb.family
    if fa != fb and not same_two_states(la, lb) and not toll_over_family(a, b):
        if fa not in b.families and fb not in a.families:
            return "family_apart", setting.family_apart
        return "lead_family_differs", setting.lead_family_differs
    ma, mb = text_read_leads(a, b)  # TEXT_DAY_OVER_CODER, PLACE_FROM_TEXT
    if (roles_swapped(ma, mb) or sides_swapped(la, lb)) and not swap_is_no_evidence(ma, mb):
        return "roles_swapped", setting.roles_swapped
    days = _days_apart(ma, mb)
    if days is not None and days > setting.lead_days_apart:
        return "lead_apart", setting.lead_apart
    if a.undated or b.undated:
        return _undated_lead_term(ma, mb, setting)
    if not (same_type_family(ma, mb) and dates_compatible(ma, mb) and actors_compatible(ma, mb)):
        return None
    if not (_side_agrees(ma, mb) and places_compatible(ma, mb)):
        return None
    if "day" == ma.date_precision == mb.date_precision and max(ma.geo_precision, mb.geo_precision) <= 2:
        return "lead", setting.lead
    return "lead_near", setting.lead_near


def _undated_lead_term(
    a: EventMention, b: EventMention, setting: StoryLinkSetting
) -> tuple[str, float] | None:
    """Leads compared without their days (one report has no date of its own, so the coder's day
    is not the report's): the same sub-type at compatible places, roles not swapped. Both
    town-precise: `lead_undated`, else `lead_near`. Specific only with more (`undated_lead_specific`):
    a town and a kind of event are what every week's reports there share."""
    if norm(a.sub_event_type) != norm(b.sub_event_type) or not places_compatible(a, b):
        return None
    if max(a.geo_precision, b.geo_precision) <= 2:
        return "lead_undated", setting.lead_undated
    return "lead_near", setting.lead_near


UNDATED_TOLL_TERMS = ("lead_numbers", "lead_numbers_near")


def undated_lead_specific(a: StoryEvidence, b: StoryEvidence, parts: dict[str, float]) -> bool:
    """Does `lead_undated` say one happening? With the weekday the other's lead day falls on
    (`day`); or, with no day to compare, when both leads name both sides and each side alike
    (`both_sides_alike`) and the leads give the same or a close toll (`UNDATED_TOLL_TERMS`): the
    town, the kind of event, who did it to whom and how many died. A town's weekly strikes share
    the kind and the sides; their tolls differ."""
    if "day" in parts:
        return True
    if a.lead is None or b.lead is None or not any(term in parts for term in UNDATED_TOLL_TERMS):
        return False
    return both_sides_alike(a.lead.mention, b.lead.mention)


def both_sides_alike(a: EventMention, b: EventMention) -> bool:
    """Both mentions name both sides (`known_actor`), and each side is the other's alike (`same_side`)."""
    return known_same_side(a, 1, b, 1) and known_same_side(a, 2, b, 2)


def same_two_states(a: Lead, b: Lead) -> bool:
    """Both leads set the forces of the same two countries against each other (in either
    order): whether one state's strike on the other's posts is a clash or remote violence is the
    coder's reading of a verb ("hit", "struck", "attacked"), so their families differing says
    nothing (a clash and the strike the next day between two states are told apart by the rest)."""
    ca = {side_country(a.actor1, a.actor1_country), side_country(a.actor2, a.actor2_country)}
    cb = {side_country(b.actor1, b.actor1_country), side_country(b.actor2, b.actor2_country)}
    return len(ca) == 2 and "" not in ca and ca == cb and _state_sides(a) and _state_sides(b)


def _state_sides(lead: Lead) -> bool:
    return norm(lead.actor1_kind) == norm(lead.actor2_kind) == "state forces"


def sides_swapped(a: Lead, b: Lead) -> bool:
    """Each lead's actor comes from the country the other's target belongs to (an unidentified
    group in Syria hits Turkish troops; Turkish forces hit the Syrian army): a strike and the
    retaliation for it, even when the coder could not name the attacker."""
    ca1, ca2 = side_country(a.actor1, a.actor1_country), side_country(a.actor2, a.actor2_country)
    cb1, cb2 = side_country(b.actor1, b.actor1_country), side_country(b.actor2, b.actor2_country)
    return bool(ca1 and ca2 and cb1 and cb2) and ca1 != ca2 and ca1 == cb2 and cb1 == ca2


def _side_agrees(a: EventMention, b: EventMention) -> bool:
    """Both leads name one side alike (not only "compatible" because one side is unknown), or
    both sides in swapped roles (reached only where that is no evidence: `swap_is_no_evidence`)."""
    return roles_swapped(a, b) or known_same_side(a, 1, b, 1) or known_same_side(a, 2, b, 2)


def _days_term(a: StoryEvidence, b: StoryEvidence, setting: StoryLinkSetting) -> tuple[str, float] | None:
    """The days the two name: a day one's lead names and the other names too: `day`; only days
    named further down in common: `day_body` (a background "overnight"); nothing in common and
    every pair two days or more apart: `day_apart` when both leads name their day, else
    `day_apart_body`. An undated report's weekdays (`StoryEvidence.weekdays`) against the
    weekdays of the other's lead days: one in common `day`, none `day_apart_body`."""
    if a.undated or b.undated:
        wa, wb = _weekdays_of(a), _weekdays_of(b)
        if not wa or not wb:
            return None
        return ("day", setting.day) if wa & wb else ("day_apart_body", setting.day_apart_body)
    if not a.days or not b.days:
        return None
    if (a.lead_days & b.days) or (b.lead_days & a.days):
        return "day", setting.day
    if a.days & b.days:
        return "day_body", setting.day_body
    if a.lead_days and b.lead_days and min(abs(x - y) for x in a.lead_days for y in b.lead_days) >= 2:
        return "day_apart", setting.day_apart
    gap = min(abs(x - y) for x in a.days for y in b.days)
    return ("day_apart_body", setting.day_apart_body) if gap >= 2 else None


def _weekdays_of(e: StoryEvidence) -> frozenset[int]:
    if e.undated:
        return e.weekdays
    return frozenset(date.fromordinal(d).weekday() for d in e.event_days)


def _days_apart(a: EventMention, b: EventMention) -> int | None:
    if a.event_date is None or b.event_date is None or "day" not in (a.date_precision, b.date_precision):
        return None
    if a.date_precision != "day" or b.date_precision != "day":
        return None
    return abs((a.event_date - b.event_date).days)
