"""`conflictwire report`: one self-contained HTML page about the warehouse's events.

Viewable offline: inline CSS and SVG only, no script, font, image or tile from anywhere. It holds
events per day by type (`svg#chart-daily`, stacked bars), fatalities by country
(`svg#chart-fatalities`), a map of event locations (`svg#map`, `flows/report_map.py`) and a table
of the latest events with links to their sources (`table#latest`). Data: the
`warehouse/queries/report_*.sql` queries, through a read-only connection.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

import duckdb

from flows.report_map import Point, map_svg
from warehouse.queries import query_sql

# One colour per ACLED event type (colour-blind safe, Okabe-Ito), grey for anything else.
TYPE_COLORS = {
    "Battles": "#D55E00",
    "Explosions/Remote violence": "#E69F00",
    "Violence against civilians": "#CC79A7",
    "Protests": "#0072B2",
    "Riots": "#56B4E9",
    "Strategic developments": "#009E73",
}
OTHER_COLOR = "#888888"
LATEST_ROWS = 30
MAX_COUNTRIES = 20
MAX_POINTS = 3000  # the map shows the deadliest this many (a page of 100k circles helps no one)
MAX_DAILY_BARS = 120  # beyond, the chart counts per week


@dataclass(frozen=True)
class ReportData:
    daily: list[tuple[date, str, int]]
    fatalities: list[tuple[str, int, int]]
    points: list[tuple]
    located: int
    latest: list[tuple]
    generated_at: datetime
    since: date | None


def read_report_data(con: duckdb.DuckDBPyConnection, since: date | None = None) -> ReportData:
    params: dict[str, Any] = {"since": since}
    return ReportData(
        daily=con.execute(query_sql("report_daily"), params).fetchall(),
        fatalities=con.execute(query_sql("report_fatalities"), params).fetchall(),
        points=con.execute(query_sql("report_points"), {**params, "limit": MAX_POINTS}).fetchall(),
        located=con.execute(query_sql("report_located"), params).fetchone()[0],
        latest=con.execute(query_sql("report_latest"), {**params, "limit": LATEST_ROWS}).fetchall(),
        generated_at=datetime.now(UTC),
        since=since,
    )


def color_of(event_type: str) -> str:
    return TYPE_COLORS.get(event_type, OTHER_COLOR)


def daily_chart(daily: list[tuple[date, str, int]]) -> str:
    """Stacked bars: one per day from the first to the last event date, one segment per type."""
    width, height, left, bottom, top = 900, 260, 40, 30, 10
    if not daily:
        return f'<svg id="chart-daily" viewBox="0 0 {width} {height}"><text x="10" y="30">no dated events</text></svg>'
    span = (max(d for d, _, _ in daily) - min(d for d, _, _ in daily)).days + 1
    step_days = 7 if span > MAX_DAILY_BARS else 1
    per_day: dict[date, dict[str, int]] = defaultdict(dict)
    for day, event_type, n in daily:
        bucket = day - timedelta(days=day.weekday()) if step_days == 7 else day
        per_day[bucket][event_type] = per_day[bucket].get(event_type, 0) + n
    first, last = min(per_day), max(per_day)
    days = [first + timedelta(days=i) for i in range(0, (last - first).days + 1, step_days)]
    peak = max(sum(v.values()) for v in per_day.values())
    slot = (width - left - 10) / len(days)
    scale = (height - bottom - top) / peak
    parts = []
    for i, day in enumerate(days):
        y = height - bottom
        for event_type in [*TYPE_COLORS, *sorted(set(per_day.get(day, {})) - set(TYPE_COLORS))]:
            n = per_day.get(day, {}).get(event_type, 0)
            if not n:
                continue
            h = n * scale
            y -= h
            parts.append(
                f'<rect class="bar" x="{left + i * slot + 1:.1f}" y="{y:.1f}" width="{max(slot - 2, 1):.1f}"'
                f' height="{h:.1f}" fill="{color_of(event_type)}"><title>{day}: {n} {escape(event_type)}</title></rect>'
            )
    ticks = sorted({0, peak, math.ceil(peak / 2)})
    for t in ticks:
        y = height - bottom - t * scale
        parts.append(f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{t}</text>')
    step = max(1, len(days) // 8)
    for i in range(0, len(days), step):
        parts.append(
            f'<text class="tick" x="{left + (i + 0.5) * slot:.1f}" y="{height - 10}" text-anchor="middle">'
            f"{days[i]:%d %b}</text>"
        )
    axis = f'<line class="axis" x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}"/>'
    return (
        f'<svg id="chart-daily" role="img" aria-label="events per day by type" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}">{axis}{"".join(parts)}</svg>'
    )


def _weekly(daily: list[tuple[date, str, int]]) -> bool:
    return (
        bool(daily) and (max(d for d, _, _ in daily) - min(d for d, _, _ in daily)).days + 1 > MAX_DAILY_BARS
    )


def fatalities_chart(rows: list[tuple[str, int, int]]) -> str:
    """Horizontal bars: fatalities per country, the deadliest first."""
    rows = rows[:MAX_COUNTRIES]
    bar_h, left, width = 22, 200, 900
    height = max(40, bar_h * len(rows) + 20)
    peak = max((r[1] for r in rows), default=0) or 1
    parts = []
    for i, (country, fatalities, events) in enumerate(rows):
        y = 10 + i * bar_h
        w = (width - left - 120) * fatalities / peak
        parts.append(
            f'<text class="label" x="{left - 8}" y="{y + 15}" text-anchor="end">{escape(country)}</text>'
            f'<rect class="bar" x="{left}" y="{y + 3}" width="{max(w, 1):.1f}" height="{bar_h - 6}" fill="#7a1f1f">'
            f"<title>{escape(country)}: {fatalities} fatalities in {_events(events)}</title></rect>"
            f'<text class="value" x="{left + max(w, 1) + 6:.1f}" y="{y + 15}">{fatalities} ({_events(events)})</text>'
        )
    return (
        f'<svg id="chart-fatalities" role="img" aria-label="fatalities by country" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}">{"".join(parts)}</svg>'
    )


def _events(n: int) -> str:
    return f"{n} event" if n == 1 else f"{n} events"


def map_points(points: list[tuple]) -> list[Point]:
    out = []
    for _event_id, day, event_type, location, country, fatalities, lat, lon in points:
        label = f"{day} {event_type}: {location}, {country} ({fatalities or 0} killed)"
        radius = 3.0 + 1.6 * math.sqrt(fatalities or 0)
        out.append(Point(lat, lon, min(radius, 18.0), color_of(event_type), label))
    return out


def latest_table(rows: list[tuple]) -> str:
    head = "".join(
        f"<th>{h}</th>" for h in ("date", "type", "actors", "place", "fatalities", "reports", "sources")
    )
    body = []
    for event_id, day, etype, sub, actor1, actor2, location, admin1, country, fatalities, n, sources in rows:
        links = "<br>".join(
            f'<a href="{escape(s["url"] or "")}" title="{escape(s["title"] or "")}">{escape(s["outlet"] or s["url"] or "")}</a>'
            for s in sources
        )
        actors = escape(actor1 or "") + (f" vs {escape(actor2)}" if actor2 else "")
        place = ", ".join(escape(p) for p in (location, admin1, country) if p)
        body.append(
            f'<tr id="{escape(event_id)}"><td>{day or ""}</td>'
            f'<td><span class="swatch" style="background:{color_of(etype)}"></span>{escape(etype)}'
            f"<br><small>{escape(sub or '')}</small></td><td>{actors}</td><td>{place}</td>"
            f'<td class="num">{fatalities}</td><td class="num">{n}</td><td>{links}</td></tr>'
        )
    return f'<table id="latest"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#222;max-width:960px}
h1{font-size:1.5em;margin-bottom:0}h2{font-size:1.15em;margin-top:2em}
.meta{color:#666;font-size:.9em}
svg{max-width:100%;height:auto;display:block}
.tick,.label,.value{font-size:11px;fill:#444}.axis{stroke:#999}
.sea{fill:#eef3f7}.country{fill:#fbfaf6;stroke:#b9b4a6;stroke-width:.6}
.event-point{stroke:#222;stroke-width:.6;fill-opacity:.8}
.legend span{display:inline-block;margin-right:14px;font-size:.85em}
.swatch{display:inline-block;width:10px;height:10px;margin-right:5px;vertical-align:middle}
table{border-collapse:collapse;font-size:.85em;width:100%}
th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
td.num{text-align:right}a{color:#0b5394}
"""


def render_report(data: ReportData) -> str:
    legend = "".join(
        f'<span><span class="swatch" style="background:{c}"></span>{escape(t)}</span>'
        for t, c in TYPE_COLORS.items()
    )
    total = sum(n for _, _, n in data.daily)
    scope = f"events since {data.since}" if data.since else "all events"
    shown = (
        f"The {len(data.points)} deadliest of {data.located} located events. "
        if data.located > len(data.points)
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>conflictwire report</title>
<style>{_CSS}</style></head>
<body>
<h1>conflictwire report</h1>
<p class="meta">{scope}: {total} dated events, {data.located} located; generated {data.generated_at:%Y-%m-%d %H:%M} UTC</p>
<div class="legend">{legend}</div>
<h2>Events per {"week" if _weekly(data.daily) else "day"}, by type</h2>
{daily_chart(data.daily)}
<h2>Fatalities by country</h2>
{fatalities_chart(data.fatalities)}
<h2>Where</h2>
{map_svg(map_points(data.points))}
<p class="meta">{shown}Circle area grows with fatalities. Country outlines: Natural Earth (public domain), as shipped by the countryinfo package.</p>
<h2>Latest events</h2>
{latest_table(data.latest)}
</body></html>
"""


def write_report(con: duckdb.DuckDBPyConnection, out: Path, since: date | None = None) -> ReportData:
    data = read_report_data(con, since)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(data), encoding="utf-8")
    return data
