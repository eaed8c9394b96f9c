"""Bounds of the remembered answers (memo dicts) the coder keeps per process.

A worker meets ever new words, names and texts: a memo that only grows makes its memory grow with
the pages it has seen (1.3 GB a worker at 10k pages before these bounds). Every memo dict of the
coder therefore has a limit, and `make_room` forgets its oldest quarter (insertion order) when it is
full, so the answers an article asks again and again (its sentences, the words around its names)
stay while the article is read, and a long-running worker holds at most the limit. The limits
(`bench/worker_memory.py` measures entries, bytes and CPU a page as pages grow) are in the modules
that own each memo; forgetting never changes an answer, only when it is computed again.
"""

from __future__ import annotations

from itertools import islice
from typing import Any


def make_room(memo: dict[Any, Any], limit: int) -> None:
    """Before one more entry goes into `memo`: at `limit` entries (or more: a limit lowered), forget
    the oldest entries down to three quarters of the limit."""
    if len(memo) >= limit:
        for key in list(islice(memo, len(memo) - limit + max(1, limit // 4))):
            del memo[key]


def memo_on(owner: object, name: str) -> dict[Any, Any]:
    """The memo dict `name` kept on `owner` (a frozen dataclass: set through `object.__setattr__`),
    made empty on first use; it lives and dies with its owner (a pack's cues, one per language)."""
    memo = owner.__dict__.get(name)
    if memo is None:
        memo = {}
        object.__setattr__(owner, name, memo)
    return memo
