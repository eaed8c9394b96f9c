"""The coder's lead events as the reports' own texts correct them (`extractors/story_leads.py`:
TEXT_DAY_OVER_CODER, PLACE_FROM_TEXT), on the project's own sentences; and the generated cases'
coder slips (`story_cases.SLIPS`, `slipped`)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from story_cases import make_cases, slipped

from extractors.merge import mention_rows
from extractors.models import EventMention
from extractors.stories import story_score
from extractors.story_evidence import story_evidence

MONDAY = datetime(2025, 3, 17, 9, 30)
SUNDAY, THURSDAY, FRIDAY = date(2025, 3, 16), date(2025, 3, 13), date(2025, 3, 14)

EN = (
    "A drone strike on a bus station in Konotop killed 7 people on Sunday, regional officials said. "
    "Rescuers worked through the night to clear the rubble, and the town's mayor asked residents to "
    "stay in shelters. Shelling had already hit the outskirts on Thursday."
)
FR = (
    "Sept personnes ont été tuées dimanche par une frappe de drone sur une gare routière de Konotop, "
    "dans le nord de l'Ukraine, selon les autorités régionales. Les secours ont fouillé les décombres "
    "toute la nuit."
)


def strike(**changes) -> EventMention:
    base = EventMention(
        event_date=SUNDAY, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        actor1="Military Forces of Russia", actor2="Civilians (Ukraine)", actor1_kind="state forces",
        actor2_kind="civilians", actor1_country="Russia", actor2_country="Ukraine", country="Ukraine",
        admin1="Sumy", location="Konotop", latitude=51.24, longitude=33.20, fatalities=7, geo_precision=1,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)


def evidence(text: str, lang: str, mention: EventMention, aid: str, published: datetime = MONDAY):
    rows = mention_rows(aid, f"outlet-{aid}", published, [mention])
    return story_evidence(aid, "", text, lang, published, rows)


def test_a_coder_day_its_own_lead_never_names_gives_way_to_the_day_both_leads_name() -> None:
    """TEXT_DAY_OVER_CODER: the English report's coder took Thursday (a background sentence's day)
    for the strike its lead dates on Sunday; the French report's lead says Sunday too."""
    slipped_day = evidence(EN, "en", strike(event_date=THURSDAY), "en")
    right = evidence(FR, "fr", strike(), "fr")
    assert SUNDAY.toordinal() in slipped_day.lead_days and THURSDAY.toordinal() not in slipped_day.lead_days
    score = story_score(slipped_day, right)
    assert "lead_apart" not in score.parts
    assert score.parts.get("lead") and score.links()
    # a day slip of two (no `lead_apart`, but no agreeing leads either) is read on Sunday as well
    two_off = evidence(EN, "en", strike(event_date=FRIDAY), "en")
    assert story_score(two_off, right).parts.get("lead")


def test_leads_the_texts_date_on_other_days_keep_their_days() -> None:
    """The same town and kind another day (the French lead says Thursday): the texts' days differ,
    so the coder's days stand and the leads are days apart."""
    sunday = evidence(EN, "en", strike(), "en")
    thursday_text = FR.replace("dimanche", "jeudi")
    thursday = evidence(thursday_text, "fr", strike(event_date=THURSDAY), "fr")
    score = story_score(sunday, thursday)
    assert "lead_apart" in score.parts and "lead" not in score.parts
    assert not score.links()


def test_a_lead_the_coder_placed_nowhere_takes_its_reports_first_place() -> None:
    """PLACE_FROM_TEXT: the French report's coder missed the country (no place for its lead); the
    text names Konotop, which the gazetteer resolves: the leads agree at the town."""
    unplaced = strike(country="", admin1="", location="", latitude=None, longitude=None, geo_precision=3)
    nowhere = evidence(FR, "fr", unplaced, "fr")
    placed = evidence(EN, "en", strike(), "en")
    assert nowhere.places and nowhere.places[0].name == "Konotop"
    score = story_score(nowhere, placed)
    assert score.parts.get("lead") == 1.5


def test_a_lead_the_coder_placed_keeps_its_place() -> None:
    """A lead with a country keeps the coder's place, even where the text's first place is another."""
    elsewhere = strike(admin1="Kharkiv", location="Kupiansk", latitude=49.71, longitude=37.62)
    placed_elsewhere = evidence(FR, "fr", elsewhere, "fr")
    score = story_score(placed_elsewhere, evidence(EN, "en", strike(), "en"))
    assert "lead" not in score.parts


def test_the_generated_cases_slip_only_on_reports_the_coder_codes() -> None:
    reports = make_cases(40, seed=7)
    kinds = {r.coder_slip for r in reports}
    assert {"country", "day", "lead", "family"} <= kinds
    assert not any(r.coder_slip for r in reports if r.coder_misses)
    mention = strike()
    second = strike(fatalities=3, event_date=FRIDAY)
    for r in reports:
        out = slipped([mention, second], r)
        if r.coder_slip == "country":
            assert all(not m.country and not m.location for m in out)
        elif r.coder_slip == "day":
            assert out[0].event_date != mention.event_date and out[1:] == [second]
        elif r.coder_slip == "lead":
            assert out == [second]
        elif r.coder_slip == "family":
            assert out[0].event_type == "Battles" and out[1:] == [second]
        else:
            assert out == [mention, second]


GUNMEN_EN = (
    "Gunmen killed 11 villagers in an attack on a market in Konotop on Sunday, regional officials said."
)
CLASH_FR = (
    "Onze personnes ont été tuées dimanche dans des combats à Konotop, dans le nord de l'Ukraine, "
    "selon les autorités régionales."
)


def attack(**changes) -> EventMention:
    base = {"event_type": "Violence against civilians", "sub_event_type": "Attack", "fatalities": 11,
            "actor1": "Unidentified Armed Group (Ukraine)", "actor1_kind": "unknown", "actor1_country": "Ukraine"}  # fmt: skip
    return strike(**{**base, **changes})


def test_one_toll_on_one_day_read_as_two_armed_acts_is_no_family_apart() -> None:
    """TOLL_OVER_FAMILY: one outlet's killing of 11 villagers, another's fighting that killed 11 the
    same Sunday: the coder read one as an attack on civilians, the other as a clash."""
    attacked = evidence(GUNMEN_EN, "en", attack(), "en")
    fought = evidence(CLASH_FR, "fr", attack(event_type="Battles", sub_event_type="Armed clash"), "fr")
    assert 11 in attacked.lead_numbers & fought.lead_numbers
    parts = story_score(attacked, fought).parts
    assert "family_apart" not in parts and "lead_family_differs" not in parts


def test_other_tolls_or_an_arrest_keep_the_families_apart() -> None:
    attacked = evidence(GUNMEN_EN, "en", attack(), "en")
    other_toll = evidence(CLASH_FR.replace("Onze", "Quatre"), "fr",
                          attack(event_type="Battles", sub_event_type="Armed clash", fatalities=4), "fr")  # fmt: skip
    assert "family_apart" in story_score(attacked, other_toll).parts
    arrests_text = "La police a arrêté onze suspects dimanche à Konotop, dans le nord de l'Ukraine."
    arrested = evidence(arrests_text, "fr", attack(event_type="Strategic developments", sub_event_type="Arrests",
                                                  fatalities=0), "fr")  # fmt: skip
    assert "family_apart" in story_score(attacked, arrested).parts


def test_one_toll_on_one_day_in_two_towns_keeps_the_families_apart() -> None:
    """The same toll the same Sunday in another town (Kupiansk, far from Konotop) is another act."""
    attacked = evidence(GUNMEN_EN, "en", attack(), "en")
    elsewhere = attack(event_type="Battles", sub_event_type="Armed clash", admin1="Kharkiv", location="Kupiansk",
                       latitude=49.71, longitude=37.62)  # fmt: skip
    fought = evidence(CLASH_FR.replace("Konotop", "Kupiansk"), "fr", elsewhere, "fr")
    assert "family_apart" in story_score(attacked, fought).parts
