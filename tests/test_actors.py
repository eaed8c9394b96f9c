import pytest

from extractors.events.actors import find_actors
from extractors.events.named_actors import actor_kind
from extractors.events.reading import read
from extractors.events.speaker_clues import is_speaker
from extractors.events.state_doers import adjective_agent
from extractors.events.taxonomy import find_triggers


def names(sentence, hint=None):
    return [(a.name, a.kind) for a in find_actors(sentence, hint)]


def test_named_groups_by_alias():
    assert names("Al-Shabab fighters stormed the hotel.") == [("Al-Shabaab", "rebel group")]
    assert names("the Huthis fired a drone") == [("Houthis (Ansar Allah)", "rebel group")]
    assert ("Rapid Support Forces (RSF)", "political militia") in names("shelling by the paramilitary RSF")


def test_short_capital_aliases_need_capitals():
    assert names("the saf and the rsf", None) == []


def test_country_adjective_before_a_force_noun_names_that_state():
    assert names("Turkish troops were hit", "Syria") == [("Military Forces of Turkey", "state forces")]
    assert names("Syria's army advanced", "Syria") == [("Military Forces of Syria", "state forces")]
    assert names("Syrian regime strikes hit the town", "Syria")[0] == (
        "Military Forces of Syria",
        "state forces",
    )


def test_bare_state_words_take_the_article_country():
    assert names("the regime shelled the town", "Syria") == [("Military Forces of Syria", "state forces")]
    assert names("police fired tear gas", "Kenya") == [("Police Forces of Kenya", "state forces")]


def test_generic_actors_carry_a_country():
    assert names("gunmen attacked villagers", "Nigeria") == [
        ("Unidentified Armed Group (Nigeria)", "unknown"),
        ("Civilians (Nigeria)", "civilians"),
    ]
    assert names("Syrian rebels entered the town", "Turkey") == [("Rebels (Syria)", "rebel group")]


def test_a_generic_word_after_a_name_is_part_of_it():
    assert names("Boko Haram militants raided the village", "Nigeria") == [
        ("Boko Haram (JAS)", "rebel group")
    ]


def test_actor_kind():
    assert actor_kind("Military Forces of Mali") == "state forces"
    assert actor_kind("Civilians (Mali)") == "civilians"
    assert actor_kind("Al-Shabaab") == "rebel group"


# ---------------------------------------------------------------- speakers and adjectives (roles)


def _speakers(sentence: str, language: str, hint: str = "Kenya") -> list[tuple[str, bool]]:
    r = read(sentence, language)
    return [(a.name, is_speaker(r, a)) for a in find_actors(sentence, hint, language)]


@pytest.mark.parametrize(
    ("sentence", "language", "speaker"),
    [
        ("A roadside bomb killed or wounded eight people on Tuesday, the police and the county commissioner said.", "en",
         "Police Forces of Kenya"),
        ("Gunmen killed five villagers, according to police.", "en", "Police Forces of Kenya"),
        ("Police also said gunmen killed five villagers.", "en", "Police Forces of Kenya"),
        ("Des hommes armés ont tué cinq villageois, selon la police.", "fr", "Police Forces of Kenya"),
        ("Bei dem Anschlag wurden fünf Dorfbewohner getötet, teilte die Polizei mit.", "de",
         "Police Forces of Kenya"),
        ("A spokesman for the police said five villagers were killed.", "en", "Police Forces of Kenya"),
        ("أعلنت الشرطة الكينية مقتل خمسة أشخاص في هجوم", "ar", "Police Forces of Kenya"),
    ],
)  # fmt: skip
def test_who_reports_an_event_takes_no_part_in_it(sentence, language, speaker):
    found = dict(_speakers(sentence, language))
    assert found[speaker] is True
    assert not any(v for k, v in found.items() if k != speaker)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The army said it killed 20 militants near the border.", "en"),
        ("L'armée a affirmé qu'elle avait tué 20 jihadistes.", "fr"),
        ("Soldiers killed three militants on Monday.", "en"),
        ("Al-Shabaab said its fighters carried out the ambush.", "en"),
    ],
)
def test_a_speaker_that_names_itself_the_doer_and_a_claim_stay_actors(sentence, language):
    assert not any(v for _, v in _speakers(sentence, language))


@pytest.mark.parametrize(
    ("sentence", "language", "agent"),
    [
        ("Turkish drone strikes hit the village.", "en", "Military Forces of Turkey"),
        ("Turkish military drone strikes hit the village.", "en", "Military Forces of Turkey"),
        ("Un raid aérien syrien a frappé Homs.", "fr", "Military Forces of Syria"),
        ("Russische Luftangriffe trafen die Stadt.", "de", "Military Forces of Russia"),
        ("غارة جوية أميركية على منطقة يكلا", "ar", "Military Forces of United States"),
        # a demonym after a preposition qualifies a place; one next to another actor is that actor's
        ("Car bombs in Somali ministries claimed dozens of lives.", "en", None),
        ("أعلنت الشرطة الصومالية مقتل 10 أشخاص في تفجير", "ar", None),
    ],
)
def test_a_demonym_on_the_trigger_names_the_attacking_state(sentence, language, agent):
    r = read(sentence, language)
    found = {a.name for t in find_triggers(sentence, language) if (a := adjective_agent(r, t))}
    assert found == ({agent} if agent else set())


def _coded(text: str, published: str, language: str = "en", title: str = ""):
    from datetime import UTC, datetime

    from extractors.events import code_events
    from extractors.models import Article

    when = datetime.fromisoformat(published).replace(tzinfo=UTC)
    return code_events(
        Article(url="u", canonical_url="u", title=title, text=text, published_at=when, language=language)
    )


def test_victims_are_not_the_other_side_and_a_background_group_is_no_actor():
    text = (
        "Several American soldiers were among those killed in a bombing outside the airport in Kandahar on "
        "Thursday, the Pentagon said.\n\n"
        "The blast tore through crowds at the main gate, where families had waited for days since the city "
        "fell to the Taliban."
    )
    (m,) = _coded(text, "2025-08-29")
    assert m.actor2 == "Military Forces of United States" and m.fatalities == 3
    assert m.actor1 == "Unidentified Armed Group (Afghanistan)"


def test_the_speaker_of_a_bombing_report_is_neither_side():
    text = (
        "A bomb went off at a bus stop in Garissa on Tuesday, killing at least 12 civilians, "
        "the police and the county commissioner said."
    )
    (m,) = _coded(text, "2025-10-05")
    assert m.actor2 == "Civilians (Kenya)" and "Police" not in m.actor1 and m.fatalities == 12


@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("Бойцы ЧВК «Вагнер» вошли в центр города.", "ru", "Wagner Group"),
        ("Командир вагнеровцев заявил о захвате штаба.", "ru", "Wagner Group"),
        ("هجوم لحركة الشباب في مقديشو", "ar", "Al-Shabaab"),
        ("Les shebab ont revendiqué l'attaque.", "fr", "Al-Shabaab"),
        ("قصفت قوات الدعم السريع مخيم أبو شوك", "ar", "Rapid Support Forces (RSF)"),
        ("Des combattants de l'État islamique ont attaqué le village.", "fr", "Islamic State (IS)"),
    ],
)
def test_named_groups_in_other_scripts_and_spellings(sentence, language, name):
    assert name in [a.name for a in find_actors(sentence, None, language)]


@pytest.mark.parametrize(
    ("sentence", "language", "acts"),
    [
        ("NATO member Turkey launched drone strikes on Kurdish positions.", "en", False),
        ("Turkey, a NATO member, struck targets in northern Iraq.", "en", False),
        ("L'OTAN a condamné les frappes turques.", "fr", False),
        ("NATO air strikes hit Benghazi overnight.", "en", True),
        ("Des frappes de l'OTAN ont touché Benghazi.", "fr", True),
    ],
)
def test_an_alliance_a_country_belongs_to_is_no_attacker(sentence, language, acts):
    assert ("NATO" in [a.name for a in find_actors(sentence, None, language)]) is acts


def test_a_riot_without_a_force_takes_the_civilians_it_hit_as_actor2():
    text = (
        "Rioters torched the district office and dozens of shops in Timika on Monday.\n\n"
        "Residents were beaten as the riot spread to the market."
    )
    (m,) = _coded(text, "2025-09-23")
    assert (m.event_type, m.actor1, m.actor2) == ("Riots", "Rioters (Indonesia)", "Civilians (Indonesia)")


def test_a_group_that_took_its_state_is_its_forces_from_that_day():
    # ACLED: the Taliban are "Military Forces of Afghanistan" from 15 August 2021 on; an insurgent group before
    from tests.coding import code_text

    text = "Taliban fighters attacked an army checkpoint in Helmand on Sunday, killing four soldiers."
    late = code_text(text, language="en", published="2025-10-15")[0]
    early = code_text(text, language="en", published="2019-06-10")[0]
    assert (late.actor1, late.actor1_kind, late.actor1_country) == (
        "Military Forces of Afghanistan", "state forces", "Afghanistan")  # fmt: skip
    assert early.actor1 == "Taliban"


def test_the_pakistani_taliban_are_not_the_afghan_taliban():
    names = {
        a.name for a in find_actors("Pakistani Taliban fighters attacked a police post in Bannu.", None, "en")
    }
    assert names == {"Tehrik-i-Taliban Pakistan (TTP)"}
    names = {
        a.name for a in find_actors("The TTP claimed the attack on the police post in Bannu.", None, "en")
    }
    assert names == {"Tehrik-i-Taliban Pakistan (TTP)"}
