"""Configuration, read once at the edge and passed down.

Settings come from the environment (`CONFLICTWIRE_*`) with defaults; the feeds file is YAML.
Nothing below `flows/` reads the environment or files of configuration.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from extractors.models import FeedSpec


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
    per_host_concurrency: int = 2
    per_host_delay_s: float = 0.5
    total_concurrency: int = 16
    respect_robots: bool = True
    keep_raw_pages: bool = True


class FeedEntryConfig(BaseModel):
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


class FeedsFileModel(BaseModel):
    allow_private_hosts: bool = False
    feeds: list[FeedEntryConfig] = Field(default_factory=list)


@dataclass(frozen=True)
class FeedsConfig:
    """The feeds file, validated: which feeds to poll and whether private hosts are allowed."""

    feeds: tuple[FeedSpec, ...]
    allow_private_hosts: bool = False


class FeedsFileError(ValueError):
    """The feeds file is missing or malformed (a configuration error, reported clearly)."""


def load_feeds_file(path: Path) -> FeedsConfig:
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except FileNotFoundError as exc:
        raise FeedsFileError(f"feeds file not found: {path}") from exc
    except yaml.YAMLError as exc:
        raise FeedsFileError(f"feeds file {path} is not valid YAML: {exc}") from exc
    try:
        model = FeedsFileModel.model_validate(raw)
    except Exception as exc:
        raise FeedsFileError(f"feeds file {path} is malformed: {exc}") from exc
    seen: set[str] = set()
    specs = []
    for feed in model.feeds:
        if feed.url in seen:
            continue
        seen.add(feed.url)
        specs.append(FeedSpec(url=feed.url, name=feed.name or feed.url, language=feed.language))
    return FeedsConfig(feeds=tuple(specs), allow_private_hosts=model.allow_private_hosts)
