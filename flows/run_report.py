"""What a run tells its operator: a Prefect markdown artifact per run (the `runs` row holds the same
counts). Feeds polled, failures with their reasons, new articles, new or updated events, the
slowest hosts."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from extractors.models import RawPage

if TYPE_CHECKING:
    from flows.runs import RunSummary

log = logging.getLogger("conflictwire.report")
ARTIFACT_KEY = "conflictwire-run"
MAX_LISTED_ERRORS = 50


def slowest_hosts(*groups: Sequence[RawPage], top: int = 5) -> list[tuple[str, int, float]]:
    """(host, requests, seconds on the wire) of the hosts that took longest in total."""
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for pages in groups:
        for page in pages:
            host = (urlsplit(page.url).netloc or "?").lower()
            totals[host][0] += 1
            totals[host][1] += page.elapsed_ms / 1000
    ranked = sorted(totals.items(), key=lambda item: -item[1][1])[:top]
    return [(host, int(n), round(seconds, 2)) for host, (n, seconds) in ranked]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def run_markdown(summary: RunSummary) -> str:
    lines = [
        f"# conflictwire {summary.kind} run `{summary.run_id}`: {summary.status}",
        "",
        "| | |",
        "|---|---:|",
        f"| feeds polled | {summary.feeds_polled} |",
        f"| feeds failed | {summary.feeds_failed} |",
        f"| feeds not modified | {summary.feeds_not_modified} |",
        f"| feeds not due | {summary.feeds_not_due} |",
        f"| pages fetched / failed | {summary.pages_fetched} / {summary.pages_failed} |",
        f"| pages skipped (binary or empty) | {summary.pages_skipped} |",
        f"| pages queued for a later run | {summary.pages_queued} |",
        f"| new articles | {summary.new_articles} |",
        f"| duplicates skipped | {summary.duplicates_skipped} |",
        f"| event mentions | {summary.event_mentions} |",
        f"| events new or updated | {summary.events} |",
        f"| warehouse held for writing | {summary.write_lock_s:.2f} s |",
        "",
    ]
    if summary.slowest_hosts:
        lines += ["## Slowest hosts", "", "| host | requests | seconds |", "|---|---:|---:|"]
        lines += [f"| {_cell(h)} | {n} | {s:.2f} |" for h, n, s in summary.slowest_hosts]
        lines.append("")
    if summary.errors:
        lines += [f"## Failures ({len(summary.errors)})", "", "| stage | url | reason |", "|---|---|---|"]
        for err in summary.errors[:MAX_LISTED_ERRORS]:
            lines.append(f"| {err['stage']} | {_cell(err['url'])} | {_cell(err['error'])} |")
        if len(summary.errors) > MAX_LISTED_ERRORS:
            lines.append(f"\n... and {len(summary.errors) - MAX_LISTED_ERRORS} more (see the `runs` table)")
    return "\n".join(lines) + "\n"


def publish_run_artifact(summary: RunSummary) -> str | None:
    """Attach the run's report to its Prefect flow run; a failure here never fails the run."""
    try:
        from prefect.artifacts import create_markdown_artifact

        artifact_id = create_markdown_artifact(
            markdown=run_markdown(summary),
            key=ARTIFACT_KEY,
            description=f"{summary.kind} run {summary.run_id}: {summary.new_articles} new articles",
        )
        return str(artifact_id)
    except Exception as exc:
        log.warning("run report artifact not created: %s", exc)
        return None
