"""Duplicate detection keys (first version: exact content hash)."""

from __future__ import annotations

import hashlib
import re

_WORD = re.compile(r"\w+", re.UNICODE)


def content_hash(text: str) -> str:
    """Hash of the article body's words, case-folded: identical bodies hash alike whatever
    their whitespace or punctuation."""
    words = _WORD.findall((text or "").casefold())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:32]
