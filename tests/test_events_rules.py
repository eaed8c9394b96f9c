"""General rules of the event coder, each on short reports written for these tests (invented
incidents; real places and groups): the updated toll beats the earlier one, a blamed group is the
perpetrator, goods seized are no territory, arrests at a protest are its intervention, the seat of
officials is no event place, towns the gazetteer lacks, durative background, other-language actors."""

from datetime import date

import pytest

from extractors.events.actors import find_actors, find_foreign_actors
from extractors.events.fatalities import death_figures
from extractors.events.locate import event_places
from extractors.events.modality import is_background
from extractors.events.roles import attributed_agent
from extractors.models import EventMention
from tests.coding import code_text, only


def coded(text: str, published: str, title: str = "", language: str = "en") -> list[EventMention]:
    return code_text(text, language=language, published=published, title=title)


# ---------------------------------------------------------------- updated tolls


@pytest.mark.parametrize(
    ("sentence", "current", "earlier"),
    [
        ("The number of police officers killed in the ambush outside Diffa on Friday has climbed to 11, "
         "a regional official said.", [11], []),
        ("The death toll stood earlier at six.", [], [6]),
        ("The toll from the blast rose to 23 on Sunday, up from 15 given on Saturday.", [23], [15]),
        ("An initial toll of eight dead was given by the mayor.", [], [8]),
        ("Twelve herders were initially reported killed.", [], [12]),
        ("Officials had previously put the number of dead at 30.", [], [30]),
        ("The first raid killed four people.", [4], []),
    ],
)  # fmt: skip
def test_a_figure_given_as_the_earlier_count_is_superseded(sentence, current, earlier):
    figures = death_figures(sentence)
    assert [f.value for f in figures if not f.superseded] == current
    assert [f.value for f in figures if f.superseded] == earlier


def test_the_number_of_injured_rising_is_no_toll():
    assert death_figures("The number of people wounded in the market blast has risen to 40.") == []


def test_the_updated_toll_wins_over_an_earlier_one_stated_later_in_the_article():
    text = (
        "The number of Chadian soldiers killed when a roadside bomb hit their patrol near Bol on Saturday has "
        "risen to 17, after three of the injured died overnight, the army said on Monday.\n\n"
        "The army had earlier given a toll of 14. Nine wounded soldiers were flown to N'Djamena."
    )
    m = coded(text, "2025-03-10")[0]
    assert m.fatalities == 17 and m.event_date == date(2025, 3, 8)
    assert m.sub_event_type == "Remote explosive/landmine/IED" and m.country == "Chad"


# ---------------------------------------------------------------- blamed groups


@pytest.mark.parametrize(
    ("sentence", "hint", "name"),
    [
        ("Local officials blamed the jihadist group Boko Haram, which is active in the area.", "Cameroon",
         "Boko Haram (JAS)"),
        ("The governor blamed the killings on al-Shabab.", "Kenya", "Al-Shabaab"),
        ("The Arakan Army said it had carried out the attack.", "Myanmar", "Arakan Army"),
        ("ISWAP, which is active around the lake, claimed responsibility late on Sunday.", "Nigeria",
         "Islamic State West Africa Province (ISWAP)"),
    ],
)  # fmt: skip
def test_a_blamed_or_claiming_group_is_the_attributed_agent(sentence, hint, name):
    agent = attributed_agent(sentence, find_actors(sentence, hint))
    assert agent is not None and agent.name == name


@pytest.mark.parametrize(
    "sentence",
    ["Villagers blamed bandits for the raid.", "No group has claimed the attack.",
     "Boko Haram denied any role in the killings."],
)  # fmt: skip
def test_generic_blame_or_no_claim_names_no_agent(sentence):
    assert attributed_agent(sentence, find_actors(sentence, "Nigeria")) is None


def test_gunmen_in_the_event_sentence_give_way_to_the_group_the_article_blames():
    text = (
        "Gunmen killed seven traders at a market in Mora in northern Cameroon on Thursday, officials said.\n\n"
        "The attackers fled on motorbikes towards the border. Officials blamed Boko Haram, which has "
        "repeatedly struck the area."
    )
    m = only(coded(text, "2025-02-14"))
    assert m.event_type == "Violence against civilians" and m.actor1 == "Boko Haram (JAS)"
    assert m.fatalities == 7 and m.country == "Cameroon"


# ---------------------------------------------------------------- territory vs clash


def test_weapons_seized_after_a_repelled_attack_are_no_territory_change():
    text = (
        "Four Burkinabe soldiers and about twenty attackers were killed when militants attacked a military post "
        "at Djibasso on Tuesday, the army said. The army said rifles and ammunition had been seized."
    )
    kinds = [(m.event_type, m.sub_event_type) for m in coded(text, "2025-05-07")]
    assert kinds and kinds[0] == ("Battles", "Armed clash")
    assert ("Battles", "Government regains territory") not in kinds


def test_a_town_that_was_seized_is_still_a_territory_change():
    # taken after a fight: a battle; taken where the troops had pulled back and no one fought: ACLED's
    # non-violent transfer of territory (the place still changed hands; the goods rule does not apply)
    text = "The town of Mueda was seized by insurgents on Monday after two days of clashes with government troops."
    m = coded(text, "2025-06-03")[0]
    assert (m.event_type, m.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    text = "The town of Mueda was seized by insurgents on Monday after government troops pulled back."
    m = coded(text, "2025-06-03")[0]
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")
    assert m.location == "Mueda"


# ---------------------------------------------------------------- arrests at protests


def test_arrests_at_a_protest_are_its_intervention_not_a_separate_event():
    text = (
        "Hundreds of students marched through Dakar on Wednesday to protest against the closure of their "
        "university.\n\nPolice said 23 people had been detained for damaging property."
    )
    m = only(coded(text, "2025-04-02"))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Protest with intervention")
    assert m.actor1 == "Protesters (Senegal)" and m.actor2 == "Police Forces of Senegal"


def test_arrests_on_another_day_stay_their_own_event():
    text = (
        "Hundreds of students marched through Dakar on Wednesday to protest against the closure of their "
        "university.\n\nOn Friday police arrested four student leaders at their homes in Thies."
    )
    kinds = [(m.event_type, m.sub_event_type) for m in coded(text, "2025-04-05")]
    assert ("Strategic developments", "Arrests") in kinds
    assert ("Protests", "Peaceful protest") in kinds


# ---------------------------------------------------------------- places


def test_the_seat_of_officials_is_no_event_place():
    places = event_places("Protesters in Aden called on officials in Riyadh to pay salaries.", "Yemen")
    assert [p.name for p in places] == ["Aden"]


@pytest.mark.xfail(
    reason="pack coder: unlisted towns after a settlement noun are found, their province / distance estimate is not yet wired",
    strict=False,
)
def test_a_town_the_gazetteer_lacks_is_kept_with_its_province():
    text = "Rebels took control of the town of Kashebere in North Kivu province on Saturday."
    town = next(p for p in event_places(text, "Democratic Republic of Congo") if p.name == "Kashebere")
    assert town.country == "Democratic Republic of Congo" and town.geo_precision == 3
    assert town.latitude is not None and abs(town.latitude - -0.9) < 1.5  # the province's centroid
    m = coded(text, "2025-06-09")[0]
    assert m.location == "Kashebere" and m.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.xfail(
    reason="pack coder: unlisted towns after a settlement noun are found, their province / distance estimate is not yet wired",
    strict=False,
)
def test_a_town_the_gazetteer_lacks_is_placed_by_its_stated_distance():
    text = "Gunmen raided Kurmin Dodo, a farming village about 20 kilometres south of Katsina, on Friday."
    town = next(p for p in event_places(text, "Nigeria") if p.name == "Kurmin Dodo")
    assert town.geo_precision == 2
    assert abs(town.latitude - (10.52 - 20 / 111.2)) < 0.05 and abs(town.longitude - 7.44) < 0.05


def test_a_known_place_or_a_country_after_a_town_cue_is_not_invented():
    assert [p.name for p in event_places("Police dispersed marchers in the city of Mombasa.", "Kenya")] == [
        "Mombasa"
    ]
    assert all(p.kind != "village" for p in event_places("the town of Chad", "Chad"))


# ---------------------------------------------------------------- background and other languages


def test_a_lasting_state_is_background_not_an_event():
    assert is_background("The group has fought for years to overthrow the government.", 2025)
    assert is_background("Militias have long contested the district.", 2025)
    assert not is_background("The group fought the army for hours on Monday.", 2025)


def test_french_generic_actors_make_an_attack_on_civilians():
    actors = find_foreign_actors("Des hommes armés ont tué 9 villageois près de Fada.", "fr", "Burkina Faso")
    assert [(a.name, a.kind) for a in actors] == [
        ("Unidentified Armed Group (Burkina Faso)", "unknown"),
        ("Civilians (Burkina Faso)", "civilians"),
    ]
    text = "Des hommes armés ont tué au moins 9 villageois samedi près de Fada N'Gourma, selon des sources locales."
    m = only(coded(text, "2025-09-08", title="Burkina Faso : neuf villageois tués", language="fr"))
    assert (m.event_type, m.sub_event_type) == ("Violence against civilians", "Attack")
    assert m.actor1 == "Unidentified Armed Group (Burkina Faso)" and m.fatalities == 9
    assert m.event_date == date(2025, 9, 6)


# ---------------------------------------------------------------- roles and parts of one event


def test_gunmen_who_killed_at_least_some_people_acted():
    text = "Gunmen killed at least nine farmers in a raid on Riyom in Plateau state on Sunday, police said."
    m = only(coded(text, "2025-07-14"))
    assert m.event_type == "Violence against civilians" and m.fatalities == 9
    assert m.actor1 == "Unidentified Armed Group (Nigeria)" and m.actor2 == "Civilians (Nigeria)"


def test_attackers_burning_homes_is_part_of_their_attack_not_a_riot():
    text = (
        "Gunmen killed at least nine farmers in a raid on Riyom in Plateau state on Sunday, police said.\n\n"
        "The attackers set fire to dozens of homes before fleeing."
    )
    kinds = [(m.event_type, m.sub_event_type) for m in coded(text, "2025-07-14")]
    assert kinds == [("Violence against civilians", "Attack")]


def test_a_riot_by_a_crowd_is_still_a_riot():
    text = "Angry youths set fire to a police station in Jos, Nigeria, on Sunday after a trader was arrested."
    assert coded(text, "2025-07-14")[0].event_type == "Riots"


def test_protesters_shot_dead_make_the_protest_one_of_excessive_force():
    text = (
        "Riot police fired tear gas on Thursday to break up a march by opposition supporters in Lusaka. "
        "Three protesters were shot dead, a hospital official said."
    )
    m = only(coded(text, "2025-11-06"))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert m.fatalities == 3 and m.actor2 == "Police Forces of Zambia"


def test_the_police_make_the_arrests_even_when_they_only_report_them():
    text = "Police said on Monday that 14 suspected smugglers had been arrested in Maradi."
    m = only(coded(text, "2025-02-11"))
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Arrests")
    assert m.actor1 == "Police Forces of Niger"


def test_undated_looting_after_a_capture_is_part_of_it():
    text = (
        "Insurgents captured the town of Lichinga in Niassa province on Monday after a day of "
        "fighting with Mozambican troops, residents said.\n\nThe insurgents later looted shops and burned the "
        "market."
    )
    m = only(coded(text, "2025-08-12"))
    assert (m.event_type, m.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    assert m.event_date == date(2025, 8, 11) and m.country == "Mozambique"


def test_looting_with_its_own_date_stays_an_event():
    text = (
        "Insurgents captured the town of Lichinga in Niassa province on Monday after a day of "
        "fighting with Mozambican troops, residents said.\n\nOn Wednesday armed men looted the port warehouses "
        "in Pemba."
    )
    kinds = [(m.event_type, m.sub_event_type) for m in coded(text, "2025-08-14")]
    assert ("Strategic developments", "Looting/property destruction") in kinds


def test_a_longer_alias_wins_over_a_short_capital_one():
    actors = find_actors("ELN guerrillas and FARC dissidents attacked the base.", "Colombia")
    farc = next(a for a in actors if a.name == "FARC dissidents")
    assert farc.end - farc.start == len("FARC dissidents")


def test_a_toll_that_rose_on_a_later_day_updates_the_event_of_the_earlier_day():
    text = (
        "Five Colombian soldiers were killed on Sunday when FARC dissidents attacked a military base in "
        "Cauca province, the defence ministry said. The toll rose to six on Monday after a wounded soldier died."
    )
    m = only(coded(text, "2025-01-21"))
    assert (m.event_type, m.sub_event_type) == ("Battles", "Armed clash")
    assert m.actor1 == "FARC dissidents" and m.actor2 == "Military Forces of Colombia"
    assert m.fatalities == 6 and m.event_date == date(2025, 1, 19)
