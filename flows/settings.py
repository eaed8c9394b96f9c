"""Configuration, read once at the edge and passed down.

Settings come from the environment (`CONFLICTWIRE_*`) with defaults; the feeds file is YAML.
Nothing below `flows/` reads the environment or files of configuration. Both are strict: an
unknown key in the feeds file is an error that names the file, the entry and the closest valid key.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from extractors.models import FeedSpec

Stage = Literal["poll", "fetch", "extract", "load"]


class Settings(BaseSettings):
    """Run-wide settings; every field can be set as CONFLICTWIRE_<FIELD> in the environment."""

    model_config = SettingsConfigDict(env_prefix="CONFLICTWIRE_", extra="ignore")

    db: Path = Path("data/conflictwire.duckdb")
    feeds: Path = Path("feeds.yaml")
    user_agent: str = "conflictwire/0.1 (+https://github.com/conflictwire/conflictwire)"
    max_pages_per_run: int = 2000
    page_chunk_size: int = 50
    workers: int = 2  # processes for extraction and coding; 1 runs them in-process
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0
    page_time_budget_s: float = 30.0
    max_body_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    per_host_concurrency: int = 2
    per_host_delay_s: float = 0.5
    total_concurrency: int = 16
    retries: int = 2  # a page or feed retried after a timeout, a connection error or 429/5xx
    retry_backoff_s: float = 1.0  # doubled at each retry
    max_retry_after_wait_s: float = 10.0  # a longer Retry-After is not waited for (polling honours it)
    respect_robots: bool = True
    robots_cache_hours: float = 24.0  # RFC 9309: a robots.txt answer is reused for at most 24 h
    robots_max_bytes: int = 512 * 1024  # RFC 9309: a crawler parses at least 500 KiB
    max_crawl_delay_s: float = 10.0  # a robots.txt Crawl-delay is honoured up to this
    keep_raw_pages: bool = True
    raw_retention_days: int = 90  # the maintenance flow prunes raw_pages older than this; 0 keeps all
    # One writer at a time: how long a run waits for another run to finish (0: skip at once).
    lock_wait_s: float = 900.0
    # How long a writer retries, with backoff, when another process holds the warehouse file.
    write_retry_s: float = 120.0
    # LOAD_MEMORY_CAP: DuckDB's memory in the run's load window, in MB; what the open transaction
    # holds beyond it spills to `<db>.tmp` (0: DuckDB's default, 80% of the machine's memory).
    load_memory_mb: int = 256
    # Scale-out: "dask" runs fetch and extraction on a Dask cluster (the load stays in the flow).
    task_runner: Literal["local", "dask"] = "local"
    dask_address: str | None = None  # an existing scheduler (tcp://host:8786); none: a local cluster
    dask_workers: int = 2  # worker processes of the local cluster
    demo_port: int = 8765  # the demo's recorded web: one fixed port, so its URLs never change
    # Crash drills: pause this many seconds on entering a stage, so an operator (or a test) can
    # kill the run there and check that the rerun loses and doubles nothing.
    drill_pause_at: Stage | None = None
    drill_pause_s: float = 0.0


def resolve_settings(**overrides: Any) -> Settings:
    """Settings from the environment, with the values a caller gave explicitly (None: not given)."""
    return Settings(**{name: value for name, value in overrides.items() if value is not None})


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FeedEntryConfig(_Strict):
    url: str
    name: str = ""
    language: str | None = None

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: str) -> str:
        value = value.strip()
        if not value.lower().startswith(("http://", "https://")):
            raise ValueError(f"feed url must be http(s): {value!r}")
        return value


class FeedsFileModel(_Strict):
    allow_private_hosts: bool = False
    feeds: list[FeedEntryConfig] = Field(default_factory=list)


@dataclass(frozen=True)
class FeedsConfig:
    """The feeds file, validated: which feeds to poll and whether private hosts are allowed."""

    feeds: tuple[FeedSpec, ...]
    allow_private_hosts: bool = False


class FeedsFileError(ValueError):
    """The feeds file is missing or malformed (a configuration error, reported in one line)."""


def load_feeds_file(path: Path) -> FeedsConfig:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise FeedsFileError(f"feeds file not found: {path}") from exc
    except OSError as exc:
        raise FeedsFileError(f"feeds file {path} cannot be read: {exc.strerror}") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FeedsFileError(
            f"feeds file {path} is not UTF-8: byte 0x{data[exc.start]:02x} on line {line}; save it as UTF-8"
        ) from exc
    try:
        raw = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" (line {where.line + 1})" if where is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise FeedsFileError(f"feeds file {path} is not valid YAML{at}: {problem}") from exc
    check_known_keys(raw, path)
    try:
        model = FeedsFileModel.model_validate(raw)
    except ValidationError as exc:
        raise FeedsFileError(f"feeds file {path} is malformed: {_first_error(exc, raw)}") from exc
    seen: set[str] = set()
    specs = []
    for feed in model.feeds:
        if feed.url in seen:
            continue
        seen.add(feed.url)
        specs.append(FeedSpec(url=feed.url, name=feed.name or feed.url, language=feed.language))
    return FeedsConfig(feeds=tuple(specs), allow_private_hosts=model.allow_private_hosts)


def check_known_keys(raw: object, path: Path) -> None:
    """An unknown key is a typo until proven otherwise: name the file, the entry, the closest key."""
    if not isinstance(raw, Mapping):
        raise FeedsFileError(f"feeds file {path} is malformed: expected a mapping with a 'feeds' list")
    _refuse_unknown(raw, FeedsFileModel, path, "top level")
    feeds = raw.get("feeds")
    if isinstance(feeds, list):
        for index, entry in enumerate(feeds):
            if isinstance(entry, Mapping):
                _refuse_unknown(entry, FeedEntryConfig, path, _entry_name(index, entry))


def _refuse_unknown(raw: Mapping, model: type[BaseModel], path: Path, where: str) -> None:
    valid = list(model.model_fields)
    for key in raw:
        if key not in valid:
            close = difflib.get_close_matches(str(key), valid, n=1, cutoff=0.5)
            hint = f"did you mean {close[0]!r}?" if close else f"valid keys: {', '.join(valid)}"
            raise FeedsFileError(f"feeds file {path}, {where}: unknown key {key!r} ({hint})")


def _entry_name(index: int, entry: Mapping) -> str:
    url = entry.get("url")
    return f"feeds[{index}] ({url})" if url else f"feeds[{index}]"


def _first_error(exc: ValidationError, raw: Mapping) -> str:
    error = exc.errors()[0]
    loc = error.get("loc", ())
    where = ".".join(str(p) for p in loc)
    if len(loc) >= 2 and loc[0] == "feeds" and isinstance(loc[1], int):
        feeds = raw.get("feeds") or []
        entry = feeds[loc[1]] if loc[1] < len(feeds) and isinstance(feeds[loc[1]], Mapping) else {}
        where = _entry_name(loc[1], entry) + "".join(f".{p}" for p in loc[2:])
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message
