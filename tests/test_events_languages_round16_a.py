"""Round 16 language rules (langa: pt, es, it, ro, sw): the army that announces an act it did with its
subject dropped ("anunciou que retomou", "a anunțat că a cucerit": PRO_DROP_SELF, pack key
`complementisers`); the forces a speaker calls its own ("trupele sale": SPEAKERS_OWN_FORCES); a
foreign state's forces taking a place overtake it (FOREIGN_FORCES_OVERTAKE); a place taken after its
defenders withdrew is no battle, one conquered is (pack keys `unopposed_takeovers`,
`forced_takeovers`), nor is one retaken "after driving out" its holders (FORCE_TOLD_AFTER); the
Romanian "mai" (more) is no May (MONTH_IN_ANOTHER_PHRASE); a "de" after a plain noun is no passive's
agent (AGENT_OF_A_PASSIVE); a clash word whose only other side is civilians is an attack
(ONE_ARMED_SIDE); a weekday's own day number is no count (WEEKDAY_AND_ITS_DAY); a weekday and the
part of the day after it are skipped before an object (DAY_NAME_IN_THE_GAP, PART_OF_THE_DAY); the
number that counts the killers is no toll (COUNTED_DOERS); pack words (mines run over, weapons
seized in Swahili, Romanian "soldat", the Portuguese adjective "revoltados", "assinar __ acordo");
and the probe reports of tests/round16_a_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.events.dates import dates_in
from extractors.events.reading import read
from tests.coding import assert_probe_rows, code_text, only, probe_params
from tests.round16_a_probes import PROBES, PUBLISHED


def _rows(text: str, language: str) -> list[tuple[str, int | None]]:
    return [(m.sub_event_type, m.fatalities) for m in code_text(text, language=language, published=PUBLISHED)]


# --------------------------------------------------------------------------- PRO_DROP_SELF


@pytest.mark.parametrize(
    ("language", "text", "sub_event_type", "actor"),
    [
        ("pt", "O exército anunciou na terça-feira que retomou o controlo da vila de Quissanga, em Cabo Delgado, após dois dias de combates.",
         "Government regains territory", "Military Forces of Mozambique"),
        ("es", "El ejército sudanés anunció el martes que recuperó el control de la ciudad de Um Ruwaba tras expulsar a las RSF.",
         "Government regains territory", "Military Forces of Sudan"),
        ("ro", "Armata rusă a anunțat marți că a cucerit satul Petrivka din regiunea Donețk, după lupte grele.",
         "Non-state actor overtakes territory", "Military Forces of Russia"),
        ("it", "L'esercito russo ha annunciato martedì che ha conquistato il villaggio di Petrivka, nella regione di Donetsk.",
         "Non-state actor overtakes territory", "Military Forces of Russia"),
        ("sw", "Jeshi la Congo limesema Jumanne kwamba limeukomboa mji wa Walikale kutoka kwa waasi wa M23.",
         "Government regains territory", "Military Forces of Democratic Republic of Congo"),
    ],
)  # fmt: skip
def test_a_speaker_that_drops_its_subject_did_the_act(
    language: str, text: str, sub_event_type: str, actor: str
) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.actor1) == (sub_event_type, actor)


def test_a_speaker_that_drops_its_subject_killed_those_it_names() -> None:
    text = "O exército anunciou na terça-feira que matou dez insurgentes perto de Mueda, em Cabo Delgado."
    m = only(code_text(text, language="pt", published=PUBLISHED))
    assert (m.sub_event_type, m.actor1, m.fatalities) == ("Armed clash", "Military Forces of Mozambique", 10)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a subject of its own after the complementiser: the police did it, the army only reports
        ("pt", "O exército disse na terça-feira que a polícia matou dois insurgentes perto de Mueda, em Cabo Delgado."),
        ("es", "El Ejército informó el martes que la Policía abatió a dos disidentes en Argelia, Cauca."),
    ],
)  # fmt: skip
def test_an_act_with_its_own_subject_after_the_speaker_is_that_subjects(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert m.actor1.startswith("Police Forces of")


def test_a_passive_after_the_speaker_is_no_act_of_the_speaker() -> None:
    # "că a fost ucis": an auxiliary of the passive between, the army reports its soldier's death
    text = "Armata ucraineană a anunțat marți că a fost ucis un soldat lângă Kupiansk, în regiunea Harkov."
    assert all(
        m.actor1 != "Military Forces of Ukraine" for m in code_text(text, language="ro", published=PUBLISHED)
    )


# --------------------------------------------------------------------------- SPEAKERS_OWN_FORCES


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Ministerul rus al Apărării a anunțat marți că trupele sale au cucerit satul Petrivka din regiunea Donețk."),
        ("pt", "O Ministério da Defesa russo anunciou na terça-feira que as suas tropas conquistaram a aldeia de Petrivka, na região de Donetsk."),
    ],
)  # fmt: skip
def test_the_troops_a_speaker_calls_its_own_are_the_speakers(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.actor1) == (
        "Non-state actor overtakes territory",
        "Military Forces of Russia",
    )


# --------------------------------------------------------------------------- FOREIGN_FORCES_OVERTAKE


def test_a_foreign_army_taking_a_village_by_force_overtakes_it() -> None:
    text = "Russian forces captured the village of Petrivka in the Donetsk region on Tuesday after heavy fighting."
    m = only(code_text(text, language="en", published=PUBLISHED))
    assert (m.sub_event_type, m.actor1) == (
        "Non-state actor overtakes territory",
        "Military Forces of Russia",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a foreign army that backs the government retakes a town from insurgents: regains
        "Rwandan troops recaptured the town of Mocimboa da Praia from insurgents on Tuesday.",
        # an army retaking a town of its own country
        "Russian forces recaptured the village of Sudzha in the Kursk region on Tuesday.",
    ],
)
def test_a_state_retaking_from_insurgents_or_at_home_regains(text: str) -> None:
    assert (
        only(code_text(text, language="en", published=PUBLISHED)).sub_event_type
        == "Government regains territory"
    )


# --------------------------------------------------------------------------- takeovers: retreat, conquest, after


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "I ribelli dell'M23 hanno conquistato martedì la città di Uvira, nel Sud Kivu, dopo la ritirata dell'esercito congolese."),
        ("ro", "Rebelii M23 au cucerit marți orașul Uvira, în estul RD Congo, după retragerea armatei congoleze."),
        ("pt", "Os rebeldes do M23 conquistaram na terça-feira a cidade de Uvira, no Kivu do Sul, após a retirada do exército congolês."),
        ("es", "Los rebeldes del M23 conquistaron el martes la ciudad de Uvira, en Kivu del Sur, tras la retirada del ejército congoleño."),
    ],
)  # fmt: skip
def test_a_town_conquered_after_its_defenders_withdrew_is_a_non_violent_transfer(
    language: str, text: str
) -> None:
    assert (
        only(code_text(text, language=language, published=PUBLISHED)).sub_event_type
        == "Non-violent transfer of territory"
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "I ribelli dell'M23 hanno conquistato martedì la città di Uvira, nel Sud Kivu."),
        ("ro", "Rebelii M23 au cucerit marți orașul Uvira, în estul RD Congo."),
    ],
)  # fmt: skip
def test_a_town_conquered_is_taken_by_force(language: str, text: str) -> None:
    assert (
        only(code_text(text, language=language, published=PUBLISHED)).sub_event_type
        == "Non-state actor overtakes territory"
    )


def test_a_town_retaken_after_driving_out_its_holders_was_taken_by_force() -> None:
    # FORCE_TOLD_AFTER: the clause the "after" word opens right after the capture holds a word of force
    text = (
        "El ejército sudanés recuperó el martes el control de la ciudad de Um Ruwaba tras expulsar a las RSF."
    )
    assert (
        only(code_text(text, language="es", published=PUBLISHED)).sub_event_type
        == "Government regains territory"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Insurgentes ocuparam na terça-feira a aldeia de Mbau, no distrito de Mocímboa da Praia.",
        "Insurgentes ocuparam na terça-feira a sede distrital de Quissanga, em Cabo Delgado.",
    ],
)
def test_portuguese_villages_and_district_towns_occupied_change_hands(text: str) -> None:
    m = only(code_text(text, language="pt", published=PUBLISHED))
    assert m.sub_event_type in ("Non-violent transfer of territory", "Non-state actor overtakes territory")


# --------------------------------------------------------------------------- MONTH_IN_ANOTHER_PHRASE


@pytest.mark.parametrize(
    "text",
    [
        "Mai târziu, o rachetă a lovit un bloc de locuințe din Dnipro.",
        "Câteva ore mai târziu, o rachetă a lovit un bloc de locuințe din Dnipro.",
        "Doi soldați au murit, iar mai mult de zece au fost răniți.",
    ],
)
def test_romanian_more_is_no_may(text: str) -> None:
    assert dates_in(read(text, "ro"), date(2026, 3, 18)) == []


def test_romanian_may_is_still_may() -> None:
    found = dates_in(read("Atacul a avut loc pe 5 mai la Dnipro.", "ro"), date(2026, 3, 18))
    assert [d.value.month for d in found] == [5]


def test_the_second_town_hit_hours_later_is_its_own_event() -> None:
    text = ("Rusia a lansat marți un val de drone asupra orașului Harkov, ucigând patru oameni. Câteva ore mai "
            "târziu, o rachetă a lovit un bloc de locuințe din Dnipro, unde au murit alți doi civili.")  # fmt: skip
    rows = code_text(text, language="ro", published=PUBLISHED)
    assert sorted((m.location, m.sub_event_type, m.fatalities) for m in rows) == [
        ("Dnipro", "Shelling/artillery/missile attack", 2),
        ("Kharkiv", "Air/drone strike", 4),
    ]


# --------------------------------------------------------------------------- AGENT_OF_A_PASSIVE


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Rusia a lansat marți un val de drone asupra orașului Harkov, ucigând patru oameni.", "Military Forces of Russia"),
        # the passive's agent after an act word: Ukraine was hit, no doer
        ("Ucraina a fost atacată marți de drone rusești; patru oameni au murit la Harkov.", "Military Forces of Russia"),
    ],
)  # fmt: skip
def test_a_genitive_de_after_a_noun_is_no_passive_agent(text: str, actor: str) -> None:
    assert only(code_text(text, language="ro", published=PUBLISHED)).actor1 == actor


# --------------------------------------------------------------------------- ONE_ARMED_SIDE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Homens armados emboscaram na terça-feira um camião de passageiros perto de Macomia, em Cabo Delgado, matando quatro pessoas."),
        ("es", "Hombres armados emboscaron el martes un autobús de pasajeros en la vía entre Tame y Saravena, en Arauca, y mataron a cuatro personas."),
        ("en", "Gunmen ambushed a passenger bus near Macomia in Cabo Delgado on Tuesday, killing four people."),
    ],
)  # fmt: skip
def test_an_ambush_of_civilians_is_an_attack(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Attack", 4)
    assert m.actor2.startswith("Civilians")


def test_an_ambush_of_a_convoy_stays_a_clash() -> None:
    text = "Insurgentes emboscaram na terça-feira uma coluna militar perto de Macomia, em Cabo Delgado, matando quatro soldados."
    m = only(code_text(text, language="pt", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Armed clash", 4)


# --------------------------------------------------------------------------- WEEKDAY_AND_ITS_DAY


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El Ejército dijo el pasado martes 17 que abatió a tres disidentes en Argelia, Cauca."),
        ("pt", "O exército disse na terça-feira, 17, que matou três insurgentes perto de Mueda, em Cabo Delgado."),
    ],
)  # fmt: skip
def test_a_weekdays_own_day_number_is_no_count(language: str, text: str) -> None:
    assert only(code_text(text, language=language, published=PUBLISHED)).fatalities == 3


def test_a_number_counting_people_after_a_weekday_stays_a_count() -> None:
    found = dates_in(read("On Tuesday 17 soldiers were killed.", "en"), date(2026, 3, 18))
    assert [d.text for d in found] == ["Tuesday"]


# --------------------------------------------------------------------------- DAY_NAME_IN_THE_GAP, PART_OF_THE_DAY


def test_the_object_after_a_weekday_and_its_night_is_the_victim() -> None:
    text = "Sicarios asesinaron el martes por la noche a un comerciante en Cúcuta, Norte de Santander."
    m = only(code_text(text, language="es", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Attack", 1)
    assert m.actor2.startswith("Civilians")


def test_a_weekday_with_its_article_is_one_day_in_the_gap() -> None:
    r = read("Un sicario mató el martes a un comerciante.", "es")
    killed, victim = 2, 7  # "mató" ... "comerciante": "el martes" and "a un" between
    assert r.gap_without_days(killed + 1, victim) == 2


# --------------------------------------------------------------------------- COUNTED_DOERS


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Dos sicarios mataron el martes a un comerciante en Cúcuta, Norte de Santander."),
        ("pt", "Dois homens armados mataram na terça-feira um comerciante em Pemba, Cabo Delgado."),
        ("it", "Due sicari hanno ucciso martedì un commerciante a Caserta."),
        ("ro", "Doi bărbați înarmați au ucis marți un comerciant la Tiraspol."),
        ("en", "Two gunmen killed a shopkeeper in Kano on Tuesday."),
    ],
)  # fmt: skip
def test_the_killers_counted_are_no_toll(language: str, text: str) -> None:
    assert only(code_text(text, language=language, published=PUBLISHED)).fatalities == 1


@pytest.mark.parametrize(
    ("language", "text", "fatalities"),
    [
        ("es", "Dos policías murieron el martes en un ataque en Cúcuta, Norte de Santander.", 2),
        ("es", "Cinco militares mataron el martes a tres disidentes en Tibú, Norte de Santander.", 3),
        ("en", "Two soldiers were killed in an ambush near Kano on Tuesday.", 2),
    ],
)  # fmt: skip
def test_the_dead_counted_stay_the_toll(language: str, text: str, fatalities: int) -> None:
    assert only(code_text(text, language=language, published=PUBLISHED)).fatalities == fatalities


# --------------------------------------------------------------------------- pack words


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Un soldat ucrainean a murit marți după ce vehiculul său a trecut peste o mină lângă Kupiansk."),
        ("pt", "Um soldado morreu na terça-feira quando a sua viatura passou por cima de uma mina perto de Mueda, em Cabo Delgado."),
        ("it", "Un soldato è morto martedì quando il suo blindato è finito su una mina vicino a Kidal, in Mali."),
    ],
)  # fmt: skip
def test_a_vehicle_that_ran_onto_a_mine_set_it_off(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Remote explosive/landmine/IED", 1)


def test_weapons_seized_in_swahili_are_disrupted_weapons_use() -> None:
    text = "Wanajeshi wa Somalia walikamata silaha na mabomu Jumanne katika eneo la Afgoye."
    assert "Disrupted weapons use" in [s for s, _ in _rows(text, "sw")]


def test_outraged_residents_who_lynch_are_a_mob() -> None:
    # "revoltados" (outraged) is no riot word: the lynching is the act
    text = (
        "Moradores revoltados lincharam na terça-feira um suspeito de roubo no bairro de Muhalaze, na Matola."
    )
    assert _rows(text, "pt") == [("Mob violence", 1)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "O governo e a Renamo assinaram na terça-feira em Maputo um acordo para o desarmamento dos guerrilheiros."),
        ("ro", "Rusia și Ucraina au semnat marți la Istanbul un acord privind schimbul a 300 de prizonieri de război."),
    ],
)  # fmt: skip
def test_an_agreement_signed_with_a_day_and_a_place_between(language: str, text: str) -> None:
    assert [s for s, _ in _rows(text, language)] == ["Agreement"]


# --------------------------------------------------------------------------- the retaliation


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Israel bombardeou na terça-feira a cidade de Tiro, no sul do Líbano, matando quatro pessoas. "
               "Em retaliação, o Hezbollah disparou dezenas de foguetes contra o norte de Israel."),
        ("ro", "Israelul a bombardat marți orașul Tir, în sudul Libanului, ucigând patru persoane. "
               "Ca răspuns, Hezbollah a lansat zeci de rachete asupra nordului Israelului."),
        ("it", "Israele ha bombardato martedì la città di Tiro, nel sud del Libano, uccidendo quattro persone. "
               "In risposta, Hezbollah ha lanciato decine di razzi contro il nord di Israele."),
    ],
)  # fmt: skip
def test_the_retaliation_is_a_second_event_of_its_own_doer(language: str, text: str) -> None:
    # RETALIATION_IS_ANOTHER_ACT (and MARKER_ACROSS_A_COMMA: "Em retaliação, o" opens no cause)
    rows = code_text(text, language=language, published=PUBLISHED)
    assert sorted(m.actor1 for m in rows) == ["Hezbollah", "Military Forces of Israel"]


def test_a_sentence_that_restates_the_strike_stays_one_event() -> None:
    text = ("Israel bombardeou na terça-feira a cidade de Tiro, no sul do Líbano, matando quatro pessoas. "
            "Os mísseis atingiram um prédio residencial.")  # fmt: skip
    assert len(code_text(text, language="pt", published=PUBLISHED)) == 1


# --------------------------------------------------------------------------- the probe reports

KNOWN_MISSES = {
    # geo: "pelas ruas de Lisboa" finds no place (Lisboa is also a district's name; "pelas" an agent
    # word), so the march has no place and gives no row ("pelas ruas do Porto" is found)
    "Milhares de professores marcharam pacificamente",
    # "bombardear" alone is shelling; an army's bombing of a camp or of villages is mostly from the air,
    # but the verb does not say so
    "Guerrilleros del ELN atacaron el martes una patrulla",
    "Armata israeliană a bombardat marți",
    # the second batch: settlers' raid with a death told after a semicolon reads as property
    # destruction only (the killing has no doer of its own and is not joined to the raid)
    "Decine di coloni israeliani hanno attaccato",
    # "bomba de combustível" (a petrol station) reads as a bomb, and "assaltantes" (robbers) are no
    # armed noun, so the two killers are counted as dead
    "Dois assaltantes mataram na terça-feira",
    # "por la tarde" is no pack phrase of a part of the day (PART_OF_THE_DAY): the victim after it is
    # not found and the two killers are counted as dead
    "Dos sicarios en motocicleta asesinaron",
}


def _known_miss(text: str) -> bool:
    return any(text.startswith(k) for k in KNOWN_MISSES)


@pytest.mark.parametrize(("language", "title", "text", "expected"), probe_params(PROBES, _known_miss))
def test_round16_a_probe_report(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
