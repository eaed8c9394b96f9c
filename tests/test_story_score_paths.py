"""The short cuts of the pair score answer exactly as the general computation they skip.

Story linking scores ~800k pairs at 10k reports, so its helpers answer at once where a pair shares
nothing (no name word, no lead figure, no headline word), keep per-report tables (places by key,
the canonical order key) and remember `merge_rules.norm`. Each is checked here against the plain
computation on the project's generated reports (`story_cases.make_cases`), every ordered pair."""

from __future__ import annotations

import dataclasses
import itertools
import math
from datetime import datetime
from functools import cache

import pytest
from story_cases import make_cases

from extractors import merge_rules
from extractors.stories import (
    STORY_LINK,
    _shared_spots,
    _titles_close,
    days_between,
    lead_number_agreement,
    named_places,
    shared_places,
    story_score,
    titles_link,
)
from extractors.story_evidence import StoryEvidence, TitleKey, story_evidence
from extractors.story_groups import order_key
from extractors.story_words import RARE_NAME_LETTERS, RARE_NAME_ZIPF, _name_words, _zipf, cosine, shared_names
from extractors.times import naive_utc


@cache
def _reports() -> tuple[StoryEvidence, ...]:
    out = []
    for r in make_cases(n_happenings=12, seed=3):
        e = story_evidence(r.report_id, r.title, r.text, r.language, r.published if r.dated else None, ())
        out.append(e)
    return tuple(out)


def _pairs():
    return list(itertools.permutations(_reports(), 2))


def test_the_cosine_is_the_plain_sum_to_the_last_bit() -> None:
    for a, b in _pairs():
        x, y = (a.words, b.words) if len(a.words) <= len(b.words) else (b.words, a.words)
        assert cosine(a.words, b.words) == sum([v * y[k] for k, v in x.items() if k in y], 0.0)


def test_shared_names_count_as_word_by_word() -> None:
    some = 0
    for a, b in _pairs():
        x, y = (a.names, b.names) if len(a.names) <= len(b.names) else (b.names, a.names)
        wx, wy = _name_words(x), _name_words(y)
        # OTHER_PERSON_SAME_WORD: a word matches by a name of each list whose words hold the other's
        common = {
            w
            for w in wx.keys() & wy.keys()
            if any(
                set(n.split()) <= set(m.split()) or set(m.split()) <= set(n.split())
                for n in x
                if w in n.split()
                for m in y
                if w in m.split()
            )
        }
        count = sum(1 for name in x if any(w in common for w in name.split()))
        full = any(wx[w] or wy[w] for w in common)
        rare = any(len(w) >= RARE_NAME_LETTERS and _zipf(w, "en") < RARE_NAME_ZIPF for w in common)
        assert shared_names(a.names, b.names) == (count, full or count >= 2 or rare)
        some += count > 0
    assert some  # the generated reports share names (spokesmen, landmarks)


def test_lead_figures_with_nothing_in_common_count_nothing() -> None:
    for a, b in _pairs():
        both = a.lead_numbers & b.lead_numbers
        # a figure the other gives only inside a recalled earlier act is none (RECALLED_TOLL)
        once = (
            (a.lead_numbers & (b.numbers - b.recalled_numbers))
            | (b.lead_numbers & (a.numbers - a.recalled_numbers))
        ) - both
        value, counted = lead_number_agreement(a, b)
        assert counted == frozenset(both | once)
        if not both and not once:
            assert value == 0.0


def test_places_by_key_on_the_report_are_the_places_of_the_lists() -> None:
    shared = 0
    for a, b in _pairs():
        assert _shared_spots(a, b, STORY_LINK.near_km) == shared_places(
            a.places, b.places, STORY_LINK.near_km
        )
        shared += bool(_shared_spots(a, b, STORY_LINK.near_km))
    assert shared


def test_place_names_are_found_whether_or_not_the_short_cut_applies() -> None:
    for a, b in _pairs():
        expected = [
            s.weight for x, y in ((a, b), (b, a)) for s in x.places if s.folded_name in y.written_names
        ]
        assert named_places(a, b) == expected


def test_headlines_with_no_word_in_common_never_link_and_the_others_are_asked() -> None:
    from extractors.dedup import TITLE_SIMILAR

    assert TITLE_SIMILAR.threshold > 0  # what the short cut stands on
    for a, b in _pairs():
        expected = bool(a.title_words and b.title_words) and titles_link(
            TitleKey(a.title_words, a.title_names),
            TitleKey(b.title_words, b.title_names),
            TITLE_SIMILAR.threshold,
        )
        assert _titles_close(a, b) == expected


def test_days_between_reports_of_one_interval_and_of_several() -> None:
    several = 0
    for a, b in _pairs():
        gaps = [max(0, x[0] - y[1], y[0] - x[1]) for x in a.intervals for y in b.intervals]
        assert days_between(a, b) == (min(gaps) if gaps else None)
        several += len(a.intervals) > 1
    assert several  # reports naming their event's day give a second interval


def test_the_order_key_kept_on_a_report_is_its_own() -> None:
    for e in _reports():
        expected = (naive_utc(e.published) if e.published else None) or datetime.max
        assert order_key(e) == (expected, e.content_key, e.article_id)
        assert order_key(e) is order_key(e)
        moved = dataclasses.replace(e, article_id=e.article_id + "-copy")
        assert order_key(moved)[2] == e.article_id + "-copy"  # a new report is keyed anew


def test_norm_remembered_answers_as_computed_also_once_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merge_rules, "NORM_MEMO", 4)
    monkeypatch.setattr(merge_rules, "_NORMED", {})
    values = [
        "  Military Forces of  Russia ",
        "CIVILIANS (Ukraine)",
        None,
        "",
        "Battles",
        "battles",
        "x\ty",
    ] * 3
    for v in values:
        assert merge_rules.norm(v) == " ".join((v or "").strip().casefold().split())
        assert len(merge_rules._NORMED) <= 4


def test_scores_are_symmetric_in_total_and_terms() -> None:
    for a, b in _pairs():
        s, t = story_score(a, b), story_score(b, a)
        assert s.specific == t.specific and s.parts.keys() == t.parts.keys()
        assert math.isclose(s.total, t.total, abs_tol=1e-9) or s.total == t.total
