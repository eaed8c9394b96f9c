"""The article body of a parsed page: trafilatura as a cascade, with a vote where its modes disagree.

`join_split_body` first rejoins a body the page split into sibling containers; `extract_body` then
runs trafilatura 2.3 in precision mode without comments:
1. its fast mode;
2. its full mode (which also runs readability and jusText and keeps the better result) only when
   the fast result is short or covers less than half of the page's paragraph text, the cases where
   that comparison changes the outcome;
3. when fast and full mode disagree a lot (little text in common), neither the longer nor the
   shorter is taken on trust: trafilatura's bundled readability port extracts the page once more,
   independently, and the candidate that agrees best with it (token F1) wins;
4. its default balanced mode when even that leaves almost nothing.
Lengths are in words (`extractors.scripts.word_units`), so the thresholds mean the same in every
script.
"""

from __future__ import annotations

import re
from collections import Counter
from copy import deepcopy

import trafilatura
from lxml.etree import XPath, _Element
from trafilatura.external import try_readability
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.xpaths import OVERALL_DISCARD_XPATH

from extractors.scripts import word_tokens, word_units

# trafilatura's full mode runs only when its fast mode gives fewer words than this, or less than this
# share of all <p> text on the page. Measured on the benchmark pages: same output as always running
# the full mode, in about two thirds of the time.
FULL_CASCADE_BELOW_WORDS = 170
FULL_CASCADE_SHARE = 0.5
# Fast and full mode "disagree a lot" when the words they share are less than this share of the
# longer one's words; then a third, independent extraction decides.
DISAGREEMENT_OVERLAP = 0.6
# Below this many words a precision-mode extraction is retried in trafilatura's default mode:
# precision mode sometimes keeps only a standfirst or a notice of an otherwise complete page.
RETRY_BELOW_WORDS = 85

# containers trafilatura would take as the article body (its BODY_XPATH class tokens), found
# with a cheap XPath and refined with a regex in Python
_BODY_CANDIDATES = XPath(
    './/*[self::div or self::section or self::article][contains(@class, "ody") or contains(@class, "ontent")'
    ' or contains(@class, "ext")]'
)
_BODY_CLASS = re.compile(
    r"(entry|article|art|post|page|text|story)[-_]?(content|body|text)|article__(content|body)|articleBody"
    r"|body-text|post[-_]?entry|story-?body",
    re.I,
)
_PARAGRAPH_TEXT = XPath(".//p//text()")


def join_split_body(tree: _Element) -> None:
    """Move the parts of an article body split into sibling containers into the first one.

    Some sites close the body container around a mid-article ad and open an identical one after
    it (same tag, same class). trafilatura takes the first container only, losing the rest. Only
    containers next to each other (siblings, or children of sibling wrappers), in the same
    <article> element and with no <h1> in or between them are joined, so a second story further
    down the page (infinite scroll) is not.
    """

    def h1_between(first: _Element, other: _Element) -> bool:
        before_other = len(other.xpath("preceding::h1"))
        return before_other > len(first.xpath("preceding::h1")) + len(first.xpath(".//h1"))

    def article_of(elem: _Element) -> _Element | None:
        return next(elem.iterancestors("article"), None)

    by_class: dict[tuple[str, str], list[_Element]] = {}
    for elem in _BODY_CANDIDATES(tree):
        by_class.setdefault((elem.tag, elem.get("class", "")), []).append(elem)
    for (_tag, klass), elems in by_class.items():
        if len(elems) < 2 or not _BODY_CLASS.search(klass):
            continue
        first, parent = elems[0], elems[0].getparent()
        for other in elems[1:]:
            other_parent = other.getparent()
            if other_parent is None or parent is None or other.find(".//h1") is not None:
                continue
            if first in other.iterancestors() or other in first.iterancestors():
                continue
            if other_parent is not parent and other_parent.getparent() is not parent.getparent():
                continue
            if article_of(other) is not article_of(first) or h1_between(first, other):
                continue  # another story's headline or <article> lies between: not one body
            for child in list(other):
                first.append(child)
        return  # the first body-like class repeated on the page is the article's


def _paragraph_chars(tree: _Element) -> int:
    return sum(len(t.strip()) for t in _PARAGRAPH_TEXT(tree))


def _overlap(a: Counter, b: Counter) -> int:
    return sum((a & b).values())


def _agreement(candidate: Counter, reference: Counter) -> float:
    """Token F1 of `candidate` against `reference` (multisets of word tokens)."""
    shared = _overlap(candidate, reference)
    if not shared:
        return 0.0
    precision, recall = shared / sum(candidate.values()), shared / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def _readability_text(tree: _Element) -> str:
    """trafilatura's bundled readability port on a pruned copy of the page, as its full mode runs it."""
    pruned = prune_unwanted_nodes(deepcopy(tree), OVERALL_DISCARD_XPATH)
    return " ".join(try_readability(pruned).itertext())


def _better_supported(fast: str, full: str, tree: _Element) -> str:
    """`full`, unless fast and full mode disagree a lot: then the one readability agrees with."""
    if not fast or not full or fast == full:
        return full or fast
    fast_tokens, full_tokens = Counter(word_tokens(fast)), Counter(word_tokens(full))
    longer = max(sum(fast_tokens.values()), sum(full_tokens.values()))
    if _overlap(fast_tokens, full_tokens) >= DISAGREEMENT_OVERLAP * longer:
        return full
    reference = Counter(word_tokens(_readability_text(tree)))
    if _agreement(fast_tokens, reference) > _agreement(full_tokens, reference):
        return fast
    return full


def extract_body(tree: _Element, url: str) -> str:
    """The article text of a parsed page, in trafilatura's text format (one line a paragraph)."""
    common = {"url": url or None, "include_comments": False}
    text = trafilatura.extract(tree, fast=True, favor_precision=True, **common) or ""
    if word_units(text) < FULL_CASCADE_BELOW_WORDS or len(text) < FULL_CASCADE_SHARE * _paragraph_chars(tree):
        full = trafilatura.extract(tree, favor_precision=True, **common) or ""
        text = _better_supported(text, full, tree)
    if word_units(text) < RETRY_BELOW_WORDS:
        balanced = trafilatura.extract(tree, **common) or ""
        if word_units(balanced) > word_units(text):
            text = balanced
    return text
