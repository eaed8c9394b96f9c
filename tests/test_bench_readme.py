"""bench/README.md and the bench scripts' own usage lines name scripts that exist, with options
those scripts take (read from their `add_argument` calls: no script is run). The README's
`conflictwire` examples are `test_readme.py`'s."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
SCRIPTS = {p.name: p for p in BENCH.glob("*.py")}
# `bench/x.py` anywhere, or a bare `x.py` of bench/, with the words after it up to a comment
INVOCATION = re.compile(r"(bench/)?([a-z_0-9]+\.py)((?:[ \t]+[^\s#`|]+)*)")
OPTION = re.compile(r"(?<![\w-])(--[a-z][a-z0-9-]*)")


def examples(text: str) -> list[str]:
    """The command lines of a text: its code blocks' lines, its `inline code` and its indented
    `.venv/bin/python ...` lines (a docstring's usage)."""
    lines = [line for block in re.findall(r"```[a-z]*\n(.*?)```", text, re.S) for line in block.splitlines()]
    lines += re.findall(r"`([^`\n]+)`", text)
    lines += [line for line in text.splitlines() if line.lstrip().startswith(".venv/bin/python")]
    return list(dict.fromkeys(line.strip() for line in lines))


def options_of(script: Path) -> set[str]:
    """The long options a script's argparse parser declares."""
    found = set()
    for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "add_argument":
            found |= {
                a.value for a in node.args if isinstance(a, ast.Constant) and str(a.value).startswith("--")
            }
    return found


def invocations(text: str) -> list[tuple[str, str, str]]:
    """(script, option, line) for every option written after a bench script's name; a
    `bench/...py` name that is no script is given with option ''."""
    out = []
    for line in examples(text):
        for m in INVOCATION.finditer(line):
            prefixed, name, rest = m.groups()
            if name not in SCRIPTS:
                if prefixed:
                    out.append((name, "", line))
                continue
            out += [(name, option, line) for option in OPTION.findall(rest)]
    return out


def documents() -> dict[str, str]:
    texts = {"bench/README.md": (BENCH / "README.md").read_text(encoding="utf-8")}
    for name, path in SCRIPTS.items():
        texts[f"bench/{name}"] = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    return texts


def test_every_bench_example_names_a_script_and_options_it_takes() -> None:
    options = {name: options_of(path) for name, path in SCRIPTS.items()}
    wrong = [
        (where, script, option or "no such script", line.strip()[:100])
        for where, text in documents().items()
        for script, option, line in invocations(text)
        if script not in SCRIPTS or option not in options[script]
    ]
    assert not wrong, wrong


def test_the_check_reads_options_and_finds_a_wrong_one() -> None:
    assert "--cache" in options_of(BENCH / "bench_assemble.py")
    found = invocations("```sh\n.venv/bin/python bench/bench_assemble.py --n 10 --no-such-option\n```")
    assert [(s, o) for s, o, _ in found] == [
        ("bench_assemble.py", "--n"),
        ("bench_assemble.py", "--no-such-option"),
    ]
    assert [(s, o) for s, o, _ in invocations("`bench/no_such_bench.py --n 3`")] == [("no_such_bench.py", "")]
