"""Strict configuration: typos in the feeds file are errors that name the file, the entry and the
closest valid key; a non-UTF-8 file is one line; the settings (CONFLICTWIRE_DB, _FEEDS) are honoured;
every command is documented in the README."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.settings import FeedsFileError, Settings, load_feeds_file, resolve_settings
from tests.warehouses import one_article_warehouse

runner = CliRunner()


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_a_top_level_typo_names_the_file_and_the_closest_key(tmp_path: Path) -> None:
    path = write(tmp_path, "allow_privte_hosts: true\nfeeds:\n  - {url: 'https://example.org/rss'}\n")
    with pytest.raises(FeedsFileError) as error:
        load_feeds_file(path)
    message = str(error.value)
    assert str(path) in message and "'allow_privte_hosts'" in message
    assert "did you mean 'allow_private_hosts'" in message
    assert "\n" not in message


def test_a_typo_in_an_entry_names_the_entry(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "feeds:\n  - {url: 'https://a.example.org/rss', name: A}\n"
        "  - {url: 'https://b.example.org/rss', langauge: fr}\n",
    )
    with pytest.raises(FeedsFileError) as error:
        load_feeds_file(path)
    message = str(error.value)
    assert "feeds[1] (https://b.example.org/rss)" in message
    assert "'langauge'" in message and "did you mean 'language'" in message


def test_an_unrelated_key_lists_the_valid_ones(tmp_path: Path) -> None:
    path = write(tmp_path, "feeds:\n  - {url: 'https://a.example.org/rss', zzz: 1}\n")
    with pytest.raises(FeedsFileError, match=r"valid keys: url, name, language"):
        load_feeds_file(path)


def test_a_non_utf8_feeds_file_is_one_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "feeds:\n  - {url: 'https://example.org/rss', name: 'Le Monde \xe9t\xe9'}\n".encode("latin-1"),
    )
    with pytest.raises(FeedsFileError) as error:
        load_feeds_file(path)
    assert "not UTF-8" in str(error.value) and "line 2" in str(error.value)
    result = runner.invoke(app, ["run", "--feeds", str(path), "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    assert "not UTF-8" in result.output and "Traceback" not in result.output


def test_a_valid_file_still_loads(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "allow_private_hosts: false\nfeeds:\n  - {url: 'https://a.example.org/rss', name: A, language: en}\n",
    )
    config = load_feeds_file(path)
    assert [f.url for f in config.feeds] == ["https://a.example.org/rss"]


def test_settings_come_from_the_environment_unless_given(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CONFLICTWIRE_DB", str(tmp_path / "env.duckdb"))
    monkeypatch.setenv("CONFLICTWIRE_FEEDS", str(tmp_path / "env-feeds.yaml"))
    assert Settings().db == tmp_path / "env.duckdb"
    assert resolve_settings(db=None, feeds=None).feeds == tmp_path / "env-feeds.yaml"
    assert resolve_settings(db=tmp_path / "given.duckdb").db == tmp_path / "given.duckdb"


def test_the_cli_honours_conflictwire_db_and_feeds(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    db = one_article_warehouse(tmp_path / "env.duckdb")
    monkeypatch.setenv("CONFLICTWIRE_DB", str(db))
    result = runner.invoke(app, ["query", "SELECT count(*) AS n FROM articles", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"n": 1}]

    bad = write(tmp_path, "feeds:\n  - {url: 'https://a.example.org/rss', nmae: A}\n")
    monkeypatch.setenv("CONFLICTWIRE_FEEDS", str(bad))
    result = runner.invoke(app, ["run"])
    assert result.exit_code == 2
    assert str(bad) in result.output and "did you mean 'name'" in result.output


def test_every_setting_is_documented_in_the_readme() -> None:
    """The README's Settings section names each field of `Settings` as its variable's NAME."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Settings\n", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`([A-Z][A-Z0-9_]*)`", section))
    fields = {name.upper() for name in Settings.model_fields}
    assert fields <= documented, f"undocumented settings: {sorted(fields - documented)}"


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `conflictwire (\w[\w-]*)", readme, flags=re.MULTILINE))
    commands = {c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands}
    assert commands <= documented, f"undocumented commands: {sorted(commands - documented)}"
