"""STORY_SCORES_ON_POOL: a run's story candidates scored on the worker pool during its assemble.

The assemble is the flow process's serial work after the fetch, and story linking most of it
(34 of 44 s at 10k pages in round 10: ~800k pair scores), while the run's workers sit idle. The
pairs each decision scores first depend on no decision (PRESCORED_CANDIDATES,
`extractors.story_candidates`): `pool_prescore` lists them, sends them to the shared pool
(`flows.pipeline.worker_pool`) in chunks of consecutive reports, and hands each chunk's scores to
the decisions as it comes back (in order), so the decisions of the first chunks (and the scores
they compute themselves: a story's fit, a bridge) run while the workers score the later ones.
Below `POOL_MIN_PAIRS` pairs the candidates are scored here (a pool's round trip costs more).
Orchestration only: the scores are `story_candidates.score_chunk` (pure), the same in any process.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

from extractors.stories import StoryLinkSetting
from extractors.story_candidates import (
    candidate_lists,
    prescore_here,
    read_scores,
    score_chunk,
    split_by_pairs,
)
from extractors.story_evidence import StoryEvidence
from extractors.story_groups import Prescore

POOL_MIN_PAIRS = 20_000  # fewer candidate pairs than this are scored in the flow process
CHUNKS_PER_WORKER = 8  # small enough that the first chunk's scores come back soon


def pool_prescore(workers: int, min_pairs: int | None = None) -> Prescore | None:
    """The `prescore` of a run on the shared pool of `workers` processes (None for one worker:
    the run has no pool); `min_pairs` defaults to `POOL_MIN_PAIRS`."""
    if workers <= 1:
        return None
    return functools.partial(_on_pool, workers, POOL_MIN_PAIRS if min_pairs is None else min_pairs)


def _on_pool(
    workers: int,
    min_pairs: int,
    ordered: Sequence[StoryEvidence],
    to_decide: set[str] | None,
    setting: StoryLinkSetting,
) -> Iterator[tuple[list, list]]:
    from flows.pipeline import discard_pool, worker_pool

    lists = candidate_lists(ordered, to_decide, setting.window_days)
    pairs = sum(len(others) for _, others in lists)
    if pairs < min_pairs:
        for item in lists:
            yield from read_scores([item], score_chunk([item], setting))
        return
    chunks = split_by_pairs(lists, max(1, pairs // (workers * CHUNKS_PER_WORKER)))
    del lists
    work = functools.partial(score_chunk, setting=setting)
    try:
        for chunk, scored in zip(chunks, worker_pool(workers).imap(work, chunks), strict=True):
            yield from read_scores(chunk, scored)
    except GeneratorExit:  # closed by its reader (done, or stopped by an error of its own)
        raise
    except BaseException:
        discard_pool()
        raise


__all__ = ["pool_prescore", "prescore_here"]
