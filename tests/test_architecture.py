"""ARCHITECTURE.md is true: every module of the project is named in it, and every module it names exists."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHITECTURE = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
PACKAGES = ("extractors", "flows", "warehouse", "bench")


def project_modules() -> list[str]:
    return sorted(
        p.relative_to(ROOT).as_posix()
        for package in PACKAGES
        for p in (ROOT / package).rglob("*.py")
        if p.name != "__init__.py" and ".venv" not in p.parts
    )


def named_files() -> set[str]:
    """Every `*.py` name written in backticks: a path (`flows/fetch.py`) or a sibling's bare name."""
    return {
        name
        for quoted in re.findall(r"`([^`]+)`", ARCHITECTURE)
        for name in re.findall(r"[\w/.]+\.py\b", quoted)
    }


def test_every_module_is_named():
    named = named_files()
    modules = project_modules()
    bare = Counter(Path(m).name for m in modules)
    # a bare name counts only when one module has it (flows/pipeline.py and bench/pipeline.py)
    missing = [
        m for m in modules if m not in named and not (bare[Path(m).name] == 1 and Path(m).name in named)
    ]
    assert not missing, f"modules missing from ARCHITECTURE.md: {missing}"


def test_every_named_module_exists():
    tests = [p.relative_to(ROOT).as_posix() for p in (ROOT / "tests").glob("*.py")]
    paths = set(project_modules()) | set(tests)
    names = {Path(p).name for p in paths} | {"__init__.py"}
    stale = [n for n in named_files() if (n not in paths) if "/" in n or n not in names]
    assert not stale, f"ARCHITECTURE.md names modules that do not exist: {stale}"
