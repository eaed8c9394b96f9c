"""The setting of the pairwise story rule: `StoryLinkSetting`, the weights and threshold of
`stories.story_score` (what each term means: stories.py's docstring), and `STORY_LINK`, the one in
use (`threshold` 1.75: tuned on generated reports by `bench/tune_stories.py`). Split out of
stories.py, which names them as before."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StoryLinkSetting:
    """Weights and threshold of `story_score` (see stories.py's docstring)."""

    window_days: int = 3
    close_days: int = 1
    close: float = 0.3
    place: float = 1.0
    place_cap: float = 1.5
    near_km: float = 15.0
    region: float = 0.3
    far_km: float = 60.0
    far: float = -0.8
    country_apart: float = -1.5
    day: float = 0.4
    day_apart: float = -1.0
    day_body: float = 0.15
    day_apart_body: float = -0.6
    number_small: float = 0.15
    number: float = 0.5
    number_large: float = 0.8
    number_cap: float = 1.2
    number_specific: float = 0.5
    lead_number_small: float = 0.3
    lead_number: float = 0.8
    lead_number_large: float = 1.0
    lead_number_cap: float = 1.2
    lead_number_specific: float = 0.6
    lead_number_near: float = 0.3
    lead_days_apart: int = 2
    lead_apart: float = -2.0
    lead: float = 1.5
    lead_near: float = 0.6
    lead_undated: float = 0.6
    recalled_toll: float = -1.0
    later_act: float = -1.0  # LATER_ACT_FOLLOWS (`story_follows.later_act`)
    family_apart: float = -1.2
    lead_family_differs: float = -0.5
    roles_swapped: float = -1.2
    name: float = 0.5
    name_cap: float = 1.5
    text: float = 2.0
    text_floor: float = 0.25
    text_specific: float = 0.5
    title: float = 1.5
    title_generic: float = 0.5
    threshold: float = 1.75


STORY_LINK = StoryLinkSetting()
