"""Two reports of one town a day apart: the same happening with its toll counted again, or what
followed it. Terms of `stories.story_score` (its docstring, "numbers" and "the coder's lead
events"), read from figures and the coder's lead events only, so they hold in every language.

- TOLL_RISEN (`risen_tolls`): one lead's toll that the other report gives only further down
  while its own lead gives a larger one after a rise word is the first count of a toll that rose ("the death
  toll from Tuesday's strike in Kaya has risen to 23 ... an earlier count had put it at 17"
  against "an air strike killed 17 in Kaya on Tuesday"): it counts as a toll both leads give.
- LATER_ACT_FOLLOWS (`later_act`): one report leads with an act of another family than the
  other's lead, a day or more after it, and also codes the other's family further down: it
  tells what followed that act (the arrests over Tuesday's bombing, the crowd at the funeral of
  its dead), and the figures of the earlier lead that it gives are that act's toll it recalls,
  no figure the two share (as RECALLED_TOLL).
- AFTERMATH_LEAD (`_aftermath_lead`, round 18): one report's own lead says it tells a funeral or
  arrests over an earlier act (`StoryEvidence.follow_up`, read by `story_aftermath`: the
  funeral word or the arrest word with its suspects told before any act word), and the other's
  lead tells another follow-up (the funeral and the arrests the same morning), or none and no
  arrest (`ARRESTED`: the same arrests told without the suspects' word) while the coder's lead
  event, if any, is an act that kills (`story_leads.ARMED_FAMILIES`) and the lead names no day
  as late as the follow-up's (else it may tell the follow-up in words the pack lacks). Read from
  the words alone, it holds where the coder found no lead event in either report; an arrests
  lead the coder read as a crowd's act (a protest's arrests) is none.
"""

from __future__ import annotations

from extractors.story_aftermath import ARRESTED, ARRESTS, FUNERAL
from extractors.story_evidence import StoryEvidence
from extractors.story_leads import ARMED_FAMILIES


def risen_tolls(a: StoryEvidence, b: StoryEvidence) -> frozenset[int]:
    """TOLL_RISEN: the figures of one lead that the other report gives outside its lead (not as
    a recalled act's, `StoryEvidence.recalled_numbers`) while its lead gives a larger figure as the toll risen to (`StoryEvidence.risen_numbers`, after the pack's
    rise word; up to `RISEN_REACH` times it) that the first report never writes: a toll counted
    first at that figure and risen since."""
    if not a.risen_numbers and not b.risen_numbers:
        return frozenset()
    return _risen(a, b) | _risen(b, a)


def _risen(first: StoryEvidence, later: StoryEvidence) -> frozenset[int]:
    if not first.lead_numbers or not later.lead_numbers:
        return frozenset()
    if first.published is None or later.published is None or later.published < first.published:
        return frozenset()  # a toll rises with time: the larger count comes later
    earlier = first.lead_numbers & (later.numbers - later.lead_numbers - later.recalled_numbers)
    if not earlier:
        return frozenset()
    risen = later.risen_numbers - first.numbers
    return frozenset(x for x in earlier if any(x < y <= RISEN_REACH * x for y in risen))


RISEN_REACH = 3  # a toll risen to more than three times its first count is another figure


# families whose acts are no deaths of their own (`story_records.type_family`): a toll their lead
# gives is another act's
QUIET_FAMILIES = frozenset({"strategic developments", "demonstrations"})


def later_act(a: StoryEvidence, b: StoryEvidence) -> frozenset[int] | None:
    """LATER_ACT_FOLLOWS: when one report's lead event is day-precise (in a lead that names a day:
    else the coder's day is only the publication's) and later than the other's lead (its event's day, or with no lead event, every day its lead
    names) and of another
    family (with no lead event to compare: of a family that kills no one, `QUIET_FAMILIES`), the
    figures of the earlier lead it gives (its recalled toll; possibly none); None when neither
    report follows the other so."""
    for later, first in ((a, b), (b, a)):
        if _follows(later, first) or _next_day_in_lead(later, first) or _aftermath_lead(later, first):
            return first.lead_numbers & later.numbers
    return None


def _next_day_in_lead(later: StoryEvidence, first: StoryEvidence) -> bool:
    """NEXT_DAY_IN_LEAD: a lead that names the other lead's day and a later day the other report
    never names ("mourners buried on Saturday the 12 killed in Friday's bombing")."""
    if len(later.lead_days) < 2 or not first.lead_days or later.undated or first.undated:
        return False
    last = max(later.lead_days)
    return bool(later.lead_days & first.lead_days) and last > max(first.lead_days) and last not in first.days


def _aftermath_lead(later: StoryEvidence, first: StoryEvidence) -> bool:
    """AFTERMATH_LEAD: `later`'s lead tells a funeral or arrests over an act (its `follow_up`), and
    `first`'s lead another follow-up (a funeral and the arrests: two things that followed), or
    none and no arrest (`ARRESTED`: the same arrests told without the suspects' word) while its
    lead event, if any, is an act that kills and its lead names no day as late as `later`'s."""
    kind, other = later.follow_up, first.follow_up
    if kind not in (FUNERAL, ARRESTS) or other == kind or kind == ARRESTS and other == ARRESTED:
        return False
    if kind == ARRESTS and later.lead is not None and later.lead.family == "demonstrations":
        return False
    if other:
        return True  # the funeral and the arrests (or a raid's own arrests)
    if later.lead_days and first.lead_days and max(first.lead_days) >= max(later.lead_days):
        return False  # the other's lead reaches the follow-up's day: it may tell the follow-up in other words
    return first.lead is None or first.lead.family in ARMED_FAMILIES


def _follows(later: StoryEvidence, first: StoryEvidence) -> bool:
    ll, lf = later.lead, first.lead
    if ll is None or ll.event_date is None or ll.date_precision != "day":
        return False
    day = ll.event_date.toordinal()
    if not later.lead_days:
        return False  # a lead that names no day: the coder's day is the publication's
    if lf is None:
        return ll.family in QUIET_FAMILIES and bool(first.lead_days) and day > max(first.lead_days)
    if ll.family == lf.family or lf.event_date is None or lf.date_precision != "day":
        return False
    return day > lf.event_date.toordinal()
