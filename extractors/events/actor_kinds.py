"""What an actor of the coder is (the base of `actors.py` and `named_actors.py`): `ActorMention`, its
ACLED kinds (STATE_FORCES, CIVILIANS, PROTESTERS, RIOTERS, UNKNOWN; `armed`) and ACLED's names and
kinds for actors named only by what they are (GENERIC_ACTORS).
"""

from __future__ import annotations

from dataclasses import dataclass

STATE_FORCES = "state forces"
CIVILIANS = "civilians"
PROTESTERS = "protesters"
RIOTERS = "rioters"
UNKNOWN = "unknown"
EXTERNAL = "external/other forces"

# ACLED's names and kinds for actors named only by what they are (pack class -> name, kind).
GENERIC_ACTORS: dict[str, tuple[str, str]] = {
    "unidentified_armed": ("Unidentified Armed Group", UNKNOWN),
    "militants": ("Unidentified Armed Group", UNKNOWN),
    "rebels": ("Rebels", "rebel group"),
    "militia": ("Militia", "political militia"),
    "protesters": ("Protesters", PROTESTERS),
    "rioters": ("Rioters", RIOTERS),
    "civilians": ("Civilians", CIVILIANS),
}


@dataclass(frozen=True)
class ActorMention:
    name: str
    kind: str
    country: str
    start: int  # character offsets in the sentence
    end: int
    source: str  # named | state | generic
    first: int = 0  # token indexes [first, last)
    last: int = 0
    hinted: bool = False  # its country is the article's, not one its own words give ("police", "soldiers")

    @property
    def armed(self) -> bool:
        return self.kind not in (CIVILIANS, PROTESTERS)
