"""Story rules, continued from `test_story_rules.py` (whose helpers it shares): whole reports of one
happening and of others, the generated cases, and the story groups (replayed in any order)."""

from __future__ import annotations

import dataclasses
import itertools
import random
from datetime import date, datetime, timedelta

from story_cases import make_cases

from extractors.stories import (
    STORY_LINK,
    lead_number_agreement,
    near_lead_numbers,
    sides_swapped,
    story_score,
)
from extractors.story_evidence import StoryEvidence, lead_end, lead_text
from extractors.story_groups import BRIDGED, JOINED, replay
from extractors.story_words import shared_names
from tests.test_story_rules import DAY, T0, _lead, bare, evidence, strike

# ----------------------------------------------------------------------------- whole reports

BURE_EN = (
    "An air strike hit the crowded market of Bure in Ethiopia's Amhara region on Monday, killing 23 people, "
    "local officials said. Amina Duale, the district administrator, said 51 people were wounded, many of them "
    "traders who had set up their stalls near the Al Nour mosque. The strike happened at about 14:30."
)
BURE_FR = (
    "Au moins 23 personnes ont été tuées lundi dans une frappe aérienne sur le marché de Bure, dans la région "
    "Amhara, en Éthiopie. Selon Amina Duale, administratrice du district, 51 blessés ont été hospitalisés. "
    "La frappe a eu lieu vers 14h30, près de la mosquée Al Nour."
)
BURE_PROTEST = (
    "Hundreds of residents marched through Bure on Tuesday to protest against the air strike that killed "
    "23 people at the market a day earlier. Amina Duale, the district administrator, urged calm as the crowd "
    "gathered outside the council offices, chanting against the federal government."
)
BURE_LATER = (
    "A drone strike on a bus station in Bure killed seven people on Friday, residents said, four days after "
    "the deadly attack on the town's market. The regional health bureau said 15 people were wounded."
)
MONDAY = datetime(2025, 4, 28, 18, 0)
BURE_STRIKE = strike(country="Ethiopia", admin1="Amhara", location="Bure", latitude=10.70, longitude=37.07,
                     actor1="Military Forces of Ethiopia", actor1_country="Ethiopia", actor2="Civilians (Ethiopia)",
                     actor2_country="Ethiopia", event_date=date(2025, 4, 28), fatalities=23)  # fmt: skip


def test_reports_of_one_happening_in_two_languages_link() -> None:
    en = evidence(BURE_EN, "en", "Air strike on Bure market kills 23", MONDAY, [BURE_STRIKE], aid="en")
    fr = evidence(
        BURE_FR, "fr", "Éthiopie : frappe meurtrière sur un marché", MONDAY + timedelta(hours=6), aid="fr"
    )
    score = story_score(en, fr)
    assert {"place", "numbers", "names"} <= set(score.parts) and score.links(), score


def test_the_protest_next_day_and_the_strike_four_days_later_stay_apart() -> None:
    en = evidence(BURE_EN, "en", "Air strike on Bure market kills 23", MONDAY, [BURE_STRIKE], aid="en")
    protest = dataclasses.replace(BURE_STRIKE, event_type="Protests", sub_event_type="Peaceful protest",
                                  actor1="Protesters (Ethiopia)", actor2="", event_date=date(2025, 4, 29), fatalities=0)  # fmt: skip
    march = evidence(
        BURE_PROTEST,
        "en",
        "Bure marches against market strike",
        MONDAY + timedelta(days=1),
        [protest],
        aid="p",
    )
    later = dataclasses.replace(
        BURE_STRIKE, event_date=date(2025, 5, 2), fatalities=7, sub_event_type="Air/drone strike"
    )
    drone = evidence(
        BURE_LATER, "en", "Drone strike kills seven in Bure", MONDAY + timedelta(days=4), [later], aid="d"
    )
    assert not story_score(en, march).links(), story_score(en, march)
    assert "family_apart" in story_score(en, march).parts
    assert not story_score(en, drone).links(), story_score(en, drone)


def test_lead_figures_count_by_size_and_figures_further_down_less() -> None:
    both = lead_number_agreement(
        bare("a", lead_numbers=frozenset({25})), bare("b", lead_numbers=frozenset({25}))
    )
    once = lead_number_agreement(
        bare("a", lead_numbers=frozenset({25})), bare("b", numbers=frozenset({25, 3}))
    )
    small = lead_number_agreement(
        bare("a", lead_numbers=frozenset({4})), bare("b", lead_numbers=frozenset({4}))
    )
    assert both[0] == STORY_LINK.lead_number and both[1] == frozenset({25})
    assert 0 < once[0] < both[0] and small[0] < both[0]
    assert lead_number_agreement(bare("a", lead_numbers=frozenset({25})), bare("b"))[0] == 0


def test_close_tolls_of_two_leads_count_a_little() -> None:
    def near(x: int, y: int) -> float:
        return near_lead_numbers(
            bare("a", lead_numbers=frozenset({x})), bare("b", lead_numbers=frozenset({y}))
        )

    assert near(9, 10) == near(58, 59) == STORY_LINK.lead_number_near
    assert near(3, 4) == 0 and near(10, 30) == 0


def test_a_name_is_specific_when_written_in_full_or_rare() -> None:
    assert shared_names(frozenset({"hassan warsame"}), frozenset({"warsame"})) == (1, True)
    assert shared_names(frozenset({"john"}), frozenset({"john", "paris"})) == (1, False)
    assert shared_names(frozenset({"john", "paris"}), frozenset({"john", "paris"}))[1]  # two names
    assert shared_names(frozenset({"john"}), frozenset({"mary"})) == (0, False)


def test_a_strike_and_the_retaliation_have_their_sides_swapped_by_country() -> None:
    strike_on_turks = strike(actor1="Unidentified Armed Group (Syria)", actor2="Military Forces of Turkey",
                             actor1_country="", actor2_country="Turkey", country="Syria")  # fmt: skip
    retaliation = strike(actor1="Military Forces of Turkey", actor2="Military Forces of Syria",
                         actor1_country="Turkey", actor2_country="Syria", country="Syria")  # fmt: skip
    assert sides_swapped(_lead("a", strike_on_turks).lead, _lead("b", retaliation).lead)
    assert not sides_swapped(_lead("a", retaliation).lead, _lead("b", retaliation).lead)


def test_the_lead_is_the_headline_and_the_first_sentence() -> None:
    title = "Strike on market kills 12"
    text = "Strike on market kills 12\nAn air strike hit the market on Monday. Background: in 2019 30 died."
    lead = lead_text(title, text)
    assert "Monday" in lead and "2019" not in lead
    assert lead_end(title, text) == text.index(" Background")


def test_alike_headlines_say_one_happening_only_with_a_figure_or_many_words() -> None:
    generic = story_score(bare("a", title_words=frozenset({"toll", "rises", "mopti", "attack"})),
                          bare("b", title_words=frozenset({"toll", "rises", "mopti", "attack"})))  # fmt: skip
    figure = story_score(bare("a", title_words=frozenset({"toll", "rises", "12", "mopti", "attack"})),
                         bare("b", title_words=frozenset({"toll", "rises", "12", "mopti", "attack"})))  # fmt: skip
    assert generic.parts["title"] == STORY_LINK.title_generic and not generic.specific
    assert figure.parts["title"] == STORY_LINK.title and figure.specific


# ----------------------------------------------------------------------------- generated cases


def _b3(gold: dict[str, str], predicted: dict[str, str]) -> float:
    p = r = 0.0
    for k in gold:
        same_p = {j for j in gold if predicted[j] == predicted[k]}
        same_g = {j for j in gold if gold[j] == gold[k]}
        p += len(same_p & same_g) / len(same_p)
        r += len(same_p & same_g) / len(same_g)
    p, r = p / len(gold), r / len(gold)
    return 2 * p * r / (p + r)


def test_quality_floor_on_generated_cases() -> None:
    """The shipped rule (`story_groups.replay` over `story_score`) on generated reports without
    coded events (the coder missing every language): pinned floors, so a change that loses links
    or merges look-alikes fails here."""
    reports = make_cases(40, seed=7)
    found = [evidence(r.text, r.language, r.title, r.published, aid=r.report_id) for r in reports]
    assigned = replay(found).group_of
    gold = {r.report_id: r.happening for r in reports}
    merged_look_alikes = {  # look-alike happenings grouped with another happening
        gold[a]
        for a in gold
        for b in gold
        if assigned[a] == assigned[b] and gold[a] != gold[b] and "-main" not in gold[a]
    }
    assert _b3(gold, assigned) >= 0.84  # measured 0.869 (0.849 before the follow-ups were generated)
    # measured 19 of 93 happenings (look-alikes are a third of them; 5 of the 10 follow-ups), 14 of 83
    # before the follow-ups
    assert len(merged_look_alikes) <= 21


# ----------------------------------------------------------------------------- story groups


def _daily_strikes() -> list[StoryEvidence]:
    """Five days of strikes on one town; each day's report recalls the day before (its toll, a
    witness quoted then): every report links to the next, none to the one two days on."""
    tolls = [9, 4, 7, 3, 6]
    witnesses = ["ivan petrenko", "olha marchenko", "serhiy bondar", "yulia kravets", "taras melnyk"]
    out = []
    for i, toll in enumerate(tolls):
        day = DAY + timedelta(days=i)
        o = day.toordinal()
        recalled = {tolls[i - 1]} if i else set()
        out.append(
            bare(
                f"day{i}",
                day,
                lead_days=frozenset({o}),
                days=frozenset({o, o - 1} if i else {o}),
                lead_numbers=frozenset({toll}),
                numbers=frozenset({toll} | recalled),
                names=frozenset(witnesses[max(0, i - 1) : i + 1]),
            )  # fmt: skip
        )
    return out


def test_a_report_joins_a_story_it_fits_as_a_whole_so_links_do_not_chain() -> None:
    reports = _daily_strikes()
    assert all(story_score(a, b).links() for a, b in itertools.pairwise(reports))  # single link: one story
    groups = replay(reports).group_of
    stories: dict[str, list[str]] = {}
    for aid, first in groups.items():
        stories.setdefault(first, []).append(aid)
    assert len(stories) >= 3
    for members in stories.values():  # no story holds reports two days apart
        days = [int(m.removeprefix("day")) for m in members]
        assert max(days) - min(days) <= 1


def test_a_report_that_fits_two_stories_bridges_them() -> None:
    """x and y (Sumy, the same day, in two languages) share too little to link; z quotes x's
    witness and gives y's toll: one story, z joined one and bridged the other."""
    day = frozenset({DAY.toordinal()})
    same_day = {"days": day, "lead_days": day}
    x = bare("x", published=T0, names=frozenset({"ivan petrenko"}), **same_day)
    y = bare("y", published=T0 + timedelta(hours=1), language="fr", lead_numbers=frozenset({25}), **same_day)
    z = bare("z", published=T0 + timedelta(hours=2), names=frozenset({"ivan petrenko"}),
             lead_numbers=frozenset({25}), **same_day)  # fmt: skip
    assert not story_score(x, y).links() and story_score(z, x).links() and story_score(z, y).links()
    assert len(set(replay([x, y]).group_of.values())) == 2
    result = replay([x, y, z])
    assert set(result.group_of.values()) == {"x"}
    assert {link.kind for link in result.links["z"]} == {JOINED, BRIDGED}


def test_groups_do_not_depend_on_the_order_reports_come_in() -> None:
    reports = [
        evidence(r.text, r.language, r.title, r.published, aid=r.report_id) for r in make_cases(12, seed=4)
    ]
    one = replay(reports).group_of
    for seed in (1, 2, 3):
        shuffled = list(reports)
        random.Random(seed).shuffle(shuffled)
        assert replay(shuffled).group_of == one


def test_a_replay_keeps_the_decisions_it_does_not_take_again() -> None:
    reports = _daily_strikes()
    first = replay(reports[:2])  # day0 and day1: one story
    assert first.group_of["day1"] == "day0"
    kept = {aid: links for aid, links in first.links.items()}
    again = replay(reports, decide={"day2", "day3", "day4"}, kept=kept)
    assert again.group_of == replay(reports).group_of


def test_groups_do_not_depend_on_the_reports_ids() -> None:
    """Reports published at the same time are ordered by what they say: the same reports under
    other ids (served from another host) are grouped alike."""
    reports = [
        evidence(r.text, r.language, r.title, r.published.replace(hour=9, minute=30), aid=r.report_id)
        for r in make_cases(12, seed=3)
    ]  # every report of a day at one time, as feeds that give only the day (ordered by id, seed 3 differs)
    renamed = [dataclasses.replace(e, article_id=f"z{999 - n:03d}") for n, e in enumerate(reports)]
    back = {f"z{999 - n:03d}": e.article_id for n, e in enumerate(reports)}

    def partition(group_of: dict[str, str], name=lambda a: a) -> set[frozenset[str]]:
        groups: dict[str, set[str]] = {}
        for aid, first in group_of.items():
            groups.setdefault(first, set()).add(name(aid))
        return {frozenset(g) for g in groups.values()}

    assert partition(replay(renamed).group_of, back.get) == partition(replay(reports).group_of)
