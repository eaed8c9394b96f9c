"""The shape of `type_resolution.resolve_type`'s steps: each reads one candidate and what its whole
report tells (`ReportTold`) and answers the candidate typed, None (no event) or GO_ON (it decides
nothing: the next step reads the candidate)."""

from __future__ import annotations

from dataclasses import dataclass

from extractors.events.candidates import Candidate


@dataclass(frozen=True)
class ReportTold:
    """What the whole report tells, read by some steps: its explosion kind (`article_explosion_sub`),
    and whether it tells violence, a fight or an armed side anywhere (`report_checks.py`)."""

    explosion_sub: str | None
    violence_told: bool
    fight_told: bool
    armed_told: bool


class GoOn:
    """The answer of a step that decides nothing: the next step reads the candidate."""


GO_ON = GoOn()
Step = Candidate | None | GoOn  # a step's answer: the candidate typed, dropped (None), or GO_ON
