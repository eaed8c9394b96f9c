"""The body cascade (extractors.body): where trafilatura's fast and full modes disagree a lot, the
text an independent extraction (readability) supports wins, not the shorter or the longer one."""

from __future__ import annotations

import lxml.html

from extractors.body import _better_supported, extract_body

STORY = [
    f"Paragraph {i}: the relief convoy reached the northern district on Tuesday after three days on "
    f"mountain roads, and aid workers began handing out flour, blankets and medicine to families."
    for i in range(8)
]
OTHER = "A short promotional box about a weekend sale of garden furniture at a shop in town."


def page_tree():
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><body><nav><a href='/'>Home</a></nav><div class='article-body'>"
        f"{paragraphs}</div><div class='promo'><p>{OTHER}</p></div></body></html>"
    )
    return lxml.html.fromstring(html)


def test_agreeing_modes_keep_the_full_mode_result():
    full = "\n".join(STORY)
    assert _better_supported("\n".join(STORY[:7]), full, page_tree()) == full


def test_disagreeing_modes_take_the_text_readability_supports_whether_longer_or_shorter():
    story = "\n".join(STORY)
    assert _better_supported(story, OTHER, page_tree()) == story  # full mode kept the wrong box
    assert _better_supported(OTHER, story, page_tree()) == story  # fast mode did


def test_either_mode_empty_gives_the_other():
    assert _better_supported("", OTHER, page_tree()) == OTHER
    assert _better_supported(OTHER, "", page_tree()) == OTHER


def test_cascade_extracts_the_whole_story():
    text = extract_body(page_tree(), "https://news.example/a/1")
    assert all(p in text for p in STORY)
    assert OTHER not in text
