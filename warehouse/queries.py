"""Named queries shipped as `warehouse/queries/<name>.sql`, loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def query_sql(name: str) -> str:
    return resources.files("warehouse").joinpath(f"queries/{name}.sql").read_text(encoding="utf-8")
