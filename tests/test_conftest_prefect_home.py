"""tests/conftest.py leaves no temporary PREFECT_HOME behind: a session started without one gets a
directory that is removed at its end, and a session given one makes none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _collect_in_a_session(tmp: Path, **env: str) -> list[str]:
    """Start a pytest session that only collects this file (conftest.py is imported as in any
    session), with TMPDIR at `tmp`; the temporary PREFECT_HOME directories left there after it."""
    tmp.mkdir()
    base = {k: v for k, v in os.environ.items() if k != "PREFECT_HOME"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--collect-only", __file__],
        cwd=ROOT,
        env={**base, "TMPDIR": str(tmp), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return sorted(p.name for p in tmp.glob("conflictwire-prefect-*"))


def test_a_session_without_prefect_home_removes_its_temporary_one(tmp_path: Path) -> None:
    assert _collect_in_a_session(tmp_path / "tmp") == []


def test_a_session_given_prefect_home_makes_no_directory(tmp_path: Path) -> None:
    given = tmp_path / "home"
    assert _collect_in_a_session(tmp_path / "tmp", PREFECT_HOME=str(given)) == []
    assert not given.exists()
