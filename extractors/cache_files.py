"""Where derived data files are cached (the gazetteer store, the language model's arrays):
`CONFLICTWIRE_CACHE_DIR`, else `$XDG_CACHE_HOME/conflictwire`, else `~/.cache/conflictwire`.

Each file is derived from pinned packages, written once atomically, then mapped read-only by every
process, so its pages are shared rather than copied per process.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    explicit = os.environ.get("CONFLICTWIRE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "conflictwire"
