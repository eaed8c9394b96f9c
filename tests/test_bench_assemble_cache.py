"""bench/bench_assemble.py keeps its worker results under the project's cache directory by default,
not in one /tmp path shared by every user and worktree of the machine."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import bench_assemble  # noqa: E402


def test_the_default_cache_is_under_the_project_cache_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(tmp_path))
    assert bench_assemble.arguments().parse_args([]).cache == tmp_path / "bench_assemble"


def test_a_cache_given_is_used(tmp_path: Path) -> None:
    args = bench_assemble.arguments().parse_args(["--cache", str(tmp_path / "ba")])
    assert args.cache == tmp_path / "ba"
