"""`conflictwire report` writes one self-contained page that renders offline in headless
Chromium: the screenshot shows the charts and the map, the rendered DOM holds their elements."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.report import TYPE_COLORS

pytestmark = pytest.mark.slow

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def chromium() -> str:
    found = next(
        (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None
    )
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs it (apt-get install chromium)")
        pytest.skip("chromium is not installed here (apt-get install chromium); CI installs and runs it")
    return found


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"chromium-profile-{len(list(tmp_path.iterdir()))}"
    return subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, timeout=180, check=False,
    )  # fmt: skip


def png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB(A) bytes) of an 8-bit RGB or RGBA PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6), (depth, color)
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, [b"".join(r[i : i + 3] for i in range(0, stride, channels)) for r in rows]


def color_counts(rows: list[bytes], colors: dict[str, str]) -> dict[str, int]:
    wanted = {bytes.fromhex(hex_color.lstrip("#")): name for name, hex_color in colors.items()}
    counts = dict.fromkeys(colors, 0)
    for row in rows:
        for i in range(0, len(row), 3):
            name = wanted.get(row[i : i + 3])
            if name:
                counts[name] += 1
    return counts


def test_report_renders_offline_in_headless_chromium(demo_warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--db", str(demo_warehouse), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    # self-contained: nothing is loaded from anywhere (links to sources are anchors, not loads)
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|srcset)\s*=|<link\b|@import|url\(|@font-face""", html, re.I)

    con = duckdb.connect(str(demo_warehouse), read_only=True)
    located = con.execute("SELECT count(*) FROM events WHERE latitude IS NOT NULL").fetchone()[0]
    segments = con.execute(
        "SELECT count(*) FROM (SELECT DISTINCT event_date, event_type FROM events)"
    ).fetchone()[0]
    countries = con.execute("SELECT count(DISTINCT country) FROM events").fetchone()[0]
    types = [r[0] for r in con.execute("SELECT DISTINCT event_type FROM events").fetchall()]
    con.close()

    dom = run_chromium(tmp_path, "--dump-dom", out.as_uri())
    assert dom.returncode == 0, dom.stderr.decode(errors="replace")[-2000:]
    rendered = dom.stdout.decode("utf-8")
    for element in (
        '<svg id="chart-daily"',
        '<svg id="chart-fatalities"',
        '<svg id="map"',
        '<table id="latest"',
    ):
        assert element in rendered, element
    map_part = rendered[rendered.index('<svg id="map"') :]
    map_part = map_part[: map_part.index("</svg>")]
    assert map_part.count('class="event-point"') == located > 0
    assert map_part.count('class="country"') >= 10  # outlines drawn
    daily = rendered[rendered.index('<svg id="chart-daily"') :].split("</svg>")[0]
    assert daily.count('class="bar"') == segments
    fatal = rendered[rendered.index('<svg id="chart-fatalities"') :].split("</svg>")[0]
    assert fatal.count('class="bar"') == countries

    shot = tmp_path / "report.png"
    taken = run_chromium(
        tmp_path, "--window-size=1000,2400", "--hide-scrollbars", f"--screenshot={shot}", out.as_uri()
    )
    assert taken.returncode == 0 and shot.exists(), taken.stderr.decode(errors="replace")[-2000:]
    width, height, rows = png_pixels(shot)
    assert (width, height) == (1000, 2400)
    seen = color_counts(
        rows, {**TYPE_COLORS, "fatalities bar": "#7a1f1f", "sea": "#eef3f7", "land": "#fbfaf6"}
    )
    for event_type in types:  # every type's bars (and dots) are on screen
        assert seen[event_type] > 100, (event_type, seen)
    assert seen["fatalities bar"] > 1000, seen
    assert seen["sea"] > 5000 and seen["land"] > 5000, seen  # the map, with outlines
