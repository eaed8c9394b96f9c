"""Undated reports whose lead names no day (`story_terms.undated_lead_specific`), and the
generator's opt-in no-day cases (`story_cases.make_cases(no_day=...)`), on the project's own
sentences."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from story_cases import make_cases, make_state_strikes

from extractors.events import code_events
from extractors.merge import mention_rows
from extractors.models import Article, EventMention
from extractors.stories import story_score
from extractors.story_evidence import StoryEvidence, story_evidence
from extractors.story_terms import both_sides_alike, undated_lead_specific

T0 = datetime(2025, 3, 12, 10, 0)  # a Wednesday
FEED_DEFAULT = datetime(2020, 1, 1, 9, 30)  # the date a feed gives every item whose page has none


def _strike(**changes) -> EventMention:
    base = EventMention(
        event_date=T0.date(), event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        actor1="Military Forces of Russia", actor2="Civilians (Ukraine)", actor1_kind="state forces",
        actor2_kind="civilians", actor1_country="Russia", actor2_country="Ukraine", country="Ukraine",
        admin1="Kharkiv", location="Kupiansk", latitude=49.71, longitude=37.61, fatalities=7, geo_precision=1,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)


def _dated(text: str, mention: EventMention, lang: str = "en", aid: str = "d") -> StoryEvidence:
    return story_evidence(aid, "", text, lang, T0, mention_rows(aid, "", T0, [mention]))


def _undated(text: str, mention: EventMention, lang: str = "fr", aid: str = "u") -> StoryEvidence:
    rows = mention_rows(aid, "", FEED_DEFAULT, [dataclasses.replace(mention, event_date=FEED_DEFAULT.date())])
    return story_evidence(aid, "", text, lang, FEED_DEFAULT, rows, dated=False)


DATED = "Russian drones hit a bus depot in Kupiansk on Wednesday, killing 7 civilians."


def test_undated_leads_with_both_sides_alike_and_one_toll_are_specific() -> None:
    dated = _dated(DATED, _strike())
    same = _undated("Des drones russes ont frappé un dépôt de bus à Koupiansk, tuant 7 civils.", _strike())
    assert not same.weekdays  # no day named: nothing to meet the other's day on
    s = story_score(same, dated)
    assert "lead_undated" in s.parts and "day" not in s.parts and "lead_numbers" in s.parts
    assert s.specific and undated_lead_specific(same, dated, s.parts)


def test_an_undated_lead_with_another_toll_or_an_unnamed_side_says_no_happening() -> None:
    dated = _dated(DATED, _strike())
    other_toll = _undated("Des drones russes ont frappé un dépôt de bus à Koupiansk, tuant 23 civils.",
                          _strike(fatalities=23))  # fmt: skip
    s = story_score(other_toll, dated)
    assert "lead_undated" in s.parts and not s.specific
    unnamed = _undated("Des drones ont frappé un dépôt de bus à Koupiansk, tuant 7 civils.",
                       _strike(actor1="Unidentified Armed Group (Ukraine)", actor1_kind="unknown",
                               actor1_country="Ukraine"))  # fmt: skip
    s = story_score(unnamed, dated)
    assert "lead_undated" in s.parts and "lead_numbers" in s.parts and not s.specific
    shelling = _undated("Des obus russes ont frappé un dépôt de bus à Koupiansk, tuant 7 civils.",
                        _strike(sub_event_type="Shelling/artillery/missile attack"))  # fmt: skip
    assert not story_score(shelling, dated).specific


def test_both_sides_alike_needs_both_named_and_each_the_same() -> None:
    a = _strike()
    assert both_sides_alike(a, _strike(actor1="Military Forces of Russia (2000-)"))
    assert not both_sides_alike(a, _strike(actor2=""))
    assert not both_sides_alike(a, _strike(actor2="Military Forces of Ukraine", actor2_kind="state forces"))


def test_no_day_cases_drop_the_day_of_undated_reports_only() -> None:
    plain, dayless = make_cases(20, seed=3), make_cases(20, seed=3, no_day=1.0)
    assert len(plain) == len(dayless)
    changed = [(p, d) for p, d in zip(plain, dayless, strict=True) if p != d]
    assert changed and all(not p.dated and not d.dated for p, d in changed)
    assert all(p.text != d.text and p.report_id == d.report_id for p, d in changed)
    strikes = make_state_strikes(10, seed=3, no_day=1.0)
    assert all(r.dated for r in make_state_strikes(10, seed=3))
    assert any(not r.dated for r in strikes)
    assert [r.report_id for r in strikes] == [r.report_id for r in make_state_strikes(10, seed=3)]


def _coded(reports) -> list[tuple[str, StoryEvidence]]:
    out = []
    for r in reports:
        url = f"http://cases.local/{r.report_id}"
        article = Article(url=url, canonical_url=url, title=r.title, text=r.text, published_at=r.published,
                          language=r.language)  # fmt: skip
        rows = mention_rows(r.report_id, "", r.published, [] if r.coder_misses else code_events(article))
        out.append((r.happening, story_evidence(r.report_id, r.title, r.text, r.language, r.published, rows,
                                                dated=r.dated)))  # fmt: skip
    return out


def test_on_generated_no_day_cases_the_sides_and_toll_rule_pairs_only_one_happening() -> None:
    """Every pair that `undated_lead_specific` finds specific without a day (both sides alike,
    one toll) is one happening, look-alikes included (the same town days later, the retaliation
    between two states); and the rule finds some."""
    coded = _coded(make_cases(40, seed=2, no_day=1.0) + make_state_strikes(12, seed=2, no_day=1.0))
    found = wrong = 0
    for i, (ha, a) in enumerate(coded):
        for hb, b in coded[i + 1 :]:
            if not (a.undated or b.undated):
                continue
            s = story_score(a, b)
            if "lead_undated" in s.parts and "day" not in s.parts and undated_lead_specific(a, b, s.parts):
                found += 1
                wrong += ha != hb
    assert found and not wrong, (found, wrong)
