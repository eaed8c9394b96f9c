"""No import circles among the project's modules (the developers' guide): a module's top-level imports
never lead back to it. An import inside a function (made when it is called) is not counted: the project
uses a few on purpose ("places needs this module: import late", the gazetteer's build)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("extractors", "flows", "warehouse")


def _modules(root: Path, packages: tuple[str, ...]) -> dict[str, Path]:
    out = {}
    for package in packages:
        for path in (root / package).rglob("*.py"):
            parts = path.relative_to(root).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            out[name] = path
    return out


def _top_level_imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The project's modules a module imports at its top level (`from a.b import c` is a.b.c when
    that is a module, else a.b)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for a in node.names:
                full = f"{node.module}.{a.name}"
                found.add(full if full in modules else node.module)
    return {m for m in found if m in modules}


def import_circles(root: Path, packages: tuple[str, ...]) -> list[list[str]]:
    """The groups of modules that import each other at their top level (strongly connected
    components of more than one module, or a module importing itself)."""
    modules = _modules(root, packages)
    graph = {m: _top_level_imports(p, modules) for m, p in modules.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's algorithm
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1 or v in graph[v]:
                circles.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return circles


def test_the_project_has_no_import_circle():
    assert import_circles(ROOT, PACKAGES) == []


def test_a_circle_of_top_level_imports_is_found_and_a_late_import_is_not(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.b import two\n\n\ndef one():\n    return two()\n")
    (package / "b.py").write_text("from pkg import c\n\n\ndef two():\n    return c.three()\n")
    (package / "c.py").write_text("def three():\n    from pkg.a import one  # late\n\n    return one\n")
    assert import_circles(tmp_path, ("pkg",)) == []
    (package / "c.py").write_text("from pkg.a import one\n\n\ndef three():\n    return one\n")
    assert import_circles(tmp_path, ("pkg",)) == [["pkg.a", "pkg.b", "pkg.c"]]
