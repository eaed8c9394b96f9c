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


def test_a_short_complete_article_skips_the_full_mode():
    from extractors import body

    paragraphs = "".join(f"<p>{p}</p>" for p in STORY[:4])  # ~110 words, all the page's <p> text
    tree = lxml.html.fromstring(f"<html><body><div class='article-body'>{paragraphs}</div></body></html>")
    fast = body._extract(tree, "https://news.example/a/1", fast=True, precision=True)
    assert body.FAST_CREDIBLE_WORDS <= len(fast.split()) < body.FULL_CASCADE_BELOW_WORDS
    assert not body._needs_full_mode(fast, tree)


def test_a_short_result_that_misses_page_text_or_is_very_short_runs_the_full_mode():
    from extractors import body

    tree = page_tree()  # eight paragraphs of story
    assert body._needs_full_mode("\n".join(STORY[:3]), tree)  # short, most <p> text elsewhere
    assert body._needs_full_mode(STORY[0], lxml.html.fromstring(f"<p>{STORY[0]}</p>"))  # under 60 words


def test_copied_mode_options_give_what_trafilatura_extract_gives():
    import trafilatura

    from extractors import body

    url = "https://news.example/a/1"
    for fast, precision in ((True, True), (False, True), (False, False)):
        plain = trafilatura.extract(
            page_tree(), url=url, fast=fast, favor_precision=precision, include_comments=False
        )
        assert body._extract(page_tree(), url, fast=fast, precision=precision) == (plain or "")
