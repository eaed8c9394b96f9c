"""PRESCORED_CANDIDATES: the pairs a story replay scores first, scored ahead and anywhere.

`story_groups.replay` decides reports one at a time in canonical order, and each decision
begins by scoring the report against every earlier report it is blocked with (`ReportIndex.near`:
its candidates). Which reports those are depends on no decision (the index holds every earlier
report, decided or not), so the pairs can be listed in one pass before the decisions
(`candidate_lists`) and scored in chunks elsewhere, in worker processes while the decisions run
(`score_chunk`: `story_score` is a function of the two reports' evidence; the flow's side is
`flows.story_pool`). The decisions then read each report's scores in order instead of computing
them (`replay(prescore=...)`), and score only what depends on earlier decisions (a story's fit,
a bridge) themselves: the same scores, so the same decisions.

What comes back is small: a score in full only where a decision can read more than its total
(it links, or it contradicts: `story_groups.contradicts`); every other pair's total alone
(`StoryScore(total)`: no terms, not specific, so it links to nothing, as the full score).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence

from extractors.stories import STORY_LINK, StoryLinkSetting, StoryScore, story_score
from extractors.story_evidence import StoryEvidence
from extractors.story_groups import CONTRADICTIONS, ReportIndex

# one decided report and the earlier reports it is blocked with, in `ReportIndex.near`'s order
Candidates = tuple[StoryEvidence, list[StoryEvidence]]
# a chunk's scores of one report's candidates: every total, and the full scores by position
ChunkScores = tuple[array, dict[int, StoryScore]]


def candidate_lists(
    ordered: Sequence[StoryEvidence], to_decide: set[str] | None, window_days: int
) -> list[Candidates]:
    """The candidates `replay` scores for each report it decides, in its order (`ordered`: the
    reports in canonical order; `to_decide`: the reports decided, all when None)."""
    index = ReportIndex()
    out: list[Candidates] = []
    for e in ordered:
        if to_decide is None or e.article_id in to_decide:
            out.append((e, index.near(e, window_days)))
        index.add(e)
    return out


def score_chunk(chunk: Sequence[Candidates], setting: StoryLinkSetting = STORY_LINK) -> list[ChunkScores]:
    """Each report's candidates scored (`story_score(report, candidate)`, the order `replay`
    scores them in), kept small (module docstring). Pure: runs in a worker process."""
    out: list[ChunkScores] = []
    for e, others in chunk:
        totals = array("d")
        full: dict[int, StoryScore] = {}
        for position, other in enumerate(others):
            s = story_score(e, other, setting)
            totals.append(s.total)
            if s.links(setting) or any(term in s.parts for term in CONTRADICTIONS):
                full[position] = s
        out.append((totals, full))
    return out


def read_scores(chunk: Sequence[Candidates], scored: Sequence[ChunkScores]) -> Iterator[tuple[list, list]]:
    """A scored chunk as `replay(prescore=...)` reads it: per report, its candidates and their
    scores (`StoryScore(total)` where only the total came back)."""
    for (_, others), (totals, full) in zip(chunk, scored, strict=True):
        yield others, [full.get(i) or StoryScore(t) for i, t in enumerate(totals)]


def split_by_pairs(lists: Sequence[Candidates], pairs_per_chunk: int) -> list[list[Candidates]]:
    """Consecutive reports in chunks of about `pairs_per_chunk` pairs (a report's candidates are
    never split)."""
    chunks: list[list[Candidates]] = []
    current: list[Candidates] = []
    pairs = 0
    for item in lists:
        current.append(item)
        pairs += len(item[1])
        if pairs >= pairs_per_chunk:
            chunks.append(current)
            current, pairs = [], 0
    if current:
        chunks.append(current)
    return chunks


def prescore_here(
    ordered: Sequence[StoryEvidence], to_decide: set[str] | None, setting: StoryLinkSetting = STORY_LINK
) -> Iterable[tuple[list, list]]:
    """`replay(prescore=...)` in this process: the candidates scored ahead, one report at a time
    (the same work as without; for tests and as the small-run path of `flows.story_pool`)."""
    for item in candidate_lists(ordered, to_decide, setting.window_days):
        yield from read_scores([item], score_chunk([item], setting))
