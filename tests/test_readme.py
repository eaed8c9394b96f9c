"""The README is true: every command is documented, and every example runs as written (after
`make demo`) from the repository root; here, in a copy laid out the same way."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI = ".venv/bin/conflictwire"
# run (the network), serve (runs until stopped) and demo (it fills the warehouse these use) are
# exercised by their own tests.
NOT_HERE = {"run", "serve", "demo"}


def readme_commands() -> list[list[str]]:
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        pending = ""
        for line in block.splitlines():
            pending = f"{pending}\n{line}" if pending else line
            try:
                words = shlex.split(pending, comments=True)
            except ValueError:
                continue  # a quote spans lines: read on
            pending = ""
            if words and words[0] == CLI:
                commands.append(words[1:])
    return commands


def test_every_command_is_documented() -> None:
    import typer.main

    names = set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    table = set(re.findall(r"^\| `conflictwire ([a-z]+)", README, re.M))
    assert names == table, names ^ table


def command_options() -> dict[str, list[set[str]]]:
    """Each command's options, each as the set of its long names (`--wait` and `--no-wait` are one)."""
    import typer.main

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    return {
        name: [
            {o for o in (*p.opts, *p.secondary_opts) if o.startswith("--")}
            for p in command.params
            if p.param_type_name == "option"
        ]
        for name, command in commands.items()
    }


def readme_rows() -> dict[str, str]:
    """The command table's first column per command (its usage line)."""
    return {
        m.group(1): m.group(0)
        for m in re.finditer(r"^\| `conflictwire ([a-z]+)(?:[^|\\]|\\.)*\|", README, re.M)
    }


def test_every_option_is_documented_and_every_documented_option_exists() -> None:
    rows = readme_rows()
    for name, options in command_options().items():
        usage = rows[name]
        documented = set(re.findall(r"--[a-z][a-z-]*", usage))
        missing = [sorted(names) for names in options if not names & documented]
        unknown = documented - set().union(*options)
        assert not missing and not unknown, (name, missing, unknown)


def test_every_option_of_an_example_exists() -> None:
    options = command_options()
    for words in readme_commands():
        known = set().union(*options[words[0]])
        given = {w.split("=", 1)[0] for w in words[1:] if w.startswith("--")}
        assert given <= known, (shlex.join(words), given - known)


@pytest.mark.slow
def test_readme_examples_run_as_written_after_the_demo(
    demo_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "demo.duckdb").write_bytes(demo_warehouse.read_bytes())
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONFLICTWIRE_WORKERS", "1")
    commands = readme_commands()
    ran = 0
    for words in commands:
        if words[0] in NOT_HERE:
            continue
        result = CliRunner().invoke(app, words)
        assert result.exit_code == 0, f"README example failed: {shlex.join(words)}\n{result.output}"
        ran += 1
    assert ran >= 8
    assert (tmp_path / "report.html").exists() and (tmp_path / "exports" / "mali.geojson").exists()
