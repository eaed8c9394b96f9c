"""Round 18 language rules (langa: pt, es, it, ro, sw; issue 13): the Romanian genitive of a doer
written as a case ending (GENITIVE_CASE_AGENT) or with a possessive article (ro `agent_genitives`),
the act's day between its noun and the genitive (DATED_ACT_GENITIVE);
a verb whose participle is an actor noun's form ("s-a soldat cu": VERB_HOMOGRAPH); the second side
a "between" word opens after a joiner that is also an agent marker (sw "na": BETWEEN_JOINER); the
second victim of a pair after an article or object marker and a possessive (PAIR_GAP); the bare dead
of an attack word with no side named (DEAD_OF_AN_ATTACK); pack words
(one_victim kin and trades, pt "custar a vida", ro "și-au găsit sfârșitul", es "ultimar a"); and
the probe reports of tests/round18_langa_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import assert_probe_rows, code_text, only, probe_params
from tests.round18_langa_probes import PROBES, PUBLISHED


def _rows(text: str, language: str) -> list[tuple[str, int | None]]:
    return sorted(
        (m.sub_event_type, m.fatalities) for m in code_text(text, language=language, published=PUBLISHED)
    )


# --------------------------------------------------------------------------- GENITIVE_CASE_AGENT


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # the definite noun's genitive ending (-lor, -ei), no genitive word
        ("Atacul rebelilor asupra orașului Goma a provocat moartea a nouă civili, sâmbătă.", "Rebels"),
        ("Atacul armatei ruse asupra orașului Harkov a provocat moartea a nouă civili, sâmbătă.",
         "Military Forces of Russia"),
        # the indefinite noun's possessive article (al, a, ai, ale)
        ("Un atac al jihadiștilor asupra unui sat de lângă Kidal a provocat moartea a nouă civili, sâmbătă.",
         "Unidentified Armed Group"),
    ],
)  # fmt: skip
def test_a_romanian_genitive_after_an_act_noun_names_its_doer(text: str, doer: str) -> None:
    m = only(code_text(text, language="ro", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Attack", 9)
    assert m.actor1.startswith(doer) and m.actor2.startswith("Civilians")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Atacul jihadiștilor asupra satului a fost respins.", True),
        # the genitive of a word that is only a death word names who died, not who killed
        ("Uciderea jihadiștilor a fost anunțată luni de armată.", False),
    ],
)
def test_the_genitive_ending_names_the_doer_of_an_act_not_of_a_death(text: str, doer: bool) -> None:
    from datetime import date

    from extractors.events.actors import actors_in
    from extractors.events.candidates import candidates_in
    from extractors.events.role_clues import _genitive_case_agent
    from extractors.events.sentences import split_sentences

    c = candidates_in(split_sentences(text, "ro"), None, date(2026, 3, 18), "ro", None)[0]
    armed = next(a for a in actors_in(c.reading, None) if a.armed)
    assert _genitive_case_agent(c.reading, armed, c.trigger) is doer


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # with its genitive word, as before (agent_genitives)
        ("fr", "L'attaque des jihadistes contre un village près de Kidal a fait neuf morts samedi."),
        ("pt", "O ataque dos jihadistas contra uma aldeia perto de Kidal fez nove mortos no sábado."),
        ("ro", "Jihadiștii au atacat sâmbătă un sat de lângă Kidal și au ucis nouă civili."),
    ],
)  # fmt: skip
def test_a_doer_joined_by_a_word_or_before_its_verb_stays(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.actor1) == ("Attack", 9, "Unidentified Armed Group (Mali)")


@pytest.mark.parametrize(
    ("language", "text", "row"),
    [
        # DATED_ACT_GENITIVE: the act's day between its noun and the genitive of its doer
        ("pt", "O ataque de sábado dos insurgentes a Macomia, em Cabo Delgado, vitimou mortalmente nove civis.",
         ("Attack", 9, "Unidentified Armed Group (Mozambique)")),
        ("fr", "L'attaque de lundi des jihadistes contre le village de Kaya a fait douze morts.",
         ("Attack", 12, "Unidentified Armed Group (Burkina Faso)")),
        ("it", "L'attacco di sabato dei jihadisti contro un villaggio vicino a Kidal ha ucciso nove civili.",
         ("Attack", 9, "Unidentified Armed Group (Mali)")),
        ("es", "El ataque del martes de los disidentes contra la estación de policía de Suárez, Cauca, dejó dos muertos.",
         ("Armed clash", 2, "Rebels (Colombia)")),
    ],
)  # fmt: skip
def test_a_day_between_the_act_noun_and_its_genitive_keeps_the_doer(
    language: str, text: str, row: tuple
) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.actor1) == row


# --------------------------------------------------------------------------- VERB_HOMOGRAPH


@pytest.mark.parametrize(
    "text",
    [
        "Atacul jihadiștilor asupra unui sat de lângă Kidal s-a soldat cu nouă morți, sâmbătă.",
        "Un atac cu rachete rusești asupra orașului Dnipro s-a soldat sâmbătă cu nouă morți.",
        "Atacurile cu drone rusești s-au soldat cu nouă morți în regiunea Odesa.",
    ],
)
def test_resulted_in_holds_no_soldier(text: str) -> None:
    # "s-a soldat cu" (resulted in): its participle is the soldier's form, but no soldier was hit
    m = only(code_text(text, language="ro", published=PUBLISHED))
    assert m.fatalities == 9 and m.sub_event_type != "Armed clash"
    assert not (m.actor2 or "").startswith("Military Forces")


def test_a_soldier_is_still_a_soldier() -> None:
    text = "Un soldat ucrainean a murit după ce vehiculul său a călcat pe o mină antitanc în regiunea Harkov."
    m = only(code_text(text, language="ro", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.actor2) == (
        "Remote explosive/landmine/IED", 1, "Military Forces of Ukraine")  # fmt: skip


# --------------------------------------------------------------------------- BETWEEN_JOINER


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Watu kumi wameuawa katika mapigano kati ya jeshi la FARDC na waasi wa M23 karibu na mji wa Goma.",
         {"Military Forces of Democratic Republic of Congo", "M23 (March 23 Movement)"}),
        ("Mapigano makali kati ya wanajeshi wa Somalia na wapiganaji wa al-Shabaab yameua watu tisa katika mji wa Beledweyne.",
         {"Military Forces of Somalia", "Al-Shabaab"}),
    ],
)  # fmt: skip
def test_the_second_side_after_between_and_na_is_a_side(text: str, sides: set) -> None:
    m = only(code_text(text, language="sw", published=PUBLISHED))
    assert m.sub_event_type == "Armed clash" and {m.actor1, m.actor2} == sides


def test_na_after_a_passive_still_names_the_doer() -> None:
    # no "between" word: "waliuawa na polisi" (were killed by the police)
    m = only(
        code_text("Watu watano waliuawa na polisi katika mji wa Kisumu.", language="sw", published=PUBLISHED)
    )
    assert m.actor1 == "Police Forces of Kenya"


def test_between_in_english_is_as_before() -> None:
    text = "Ten people were killed in clashes between the FARDC army and M23 rebels near Goma."
    m = only(code_text(text, language="en", published=PUBLISHED))
    assert {m.actor1, m.actor2} == {
        "Military Forces of Democratic Republic of Congo",
        "M23 (March 23 Movement)",
    }


# --------------------------------------------------------------------------- PAIR_GAP, one_victim


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Homens armados mataram um comerciante e o seu filho no mercado de Pemba, em Cabo Delgado, na segunda-feira."),
        ("es", "Sicarios asesinaron a un comerciante y a su hijo en un mercado de Acapulco, Guerrero, el lunes."),
        ("it", "Un commerciante e suo figlio sono stati uccisi a colpi di pistola a Napoli, lunedì sera."),
        ("ro", "Un fermier și fiul lui au fost uciși de un obuz rusesc în regiunea Herson, luni."),
        ("sw", "Wanamgambo walimuua mkulima na mkewe katika kijiji cha Mpeketoni, kaunti ya Lamu, Jumatatu."),
        ("en", "Gunmen killed a trader and his son at a market in Acapulco on Monday."),
    ],
)  # fmt: skip
def test_a_victim_and_his_kin_are_two_dead(language: str, text: str) -> None:
    assert only(code_text(text, language=language, published=PUBLISHED)).fatalities == 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Homens armados mataram um comerciante e feriram o seu filho em Pemba, Cabo Delgado, na segunda-feira."),
        ("es", "Sicarios asesinaron a un comerciante e hirieron a una mujer en un mercado de Acapulco, Guerrero, el lunes."),
    ],
)  # fmt: skip
def test_a_second_act_between_them_keeps_one_dead(language: str, text: str) -> None:
    assert only(code_text(text, language=language, published=PUBLISHED)).fatalities == 1


# --------------------------------------------------------------------------- DEAD_OF_AN_ATTACK


@pytest.mark.parametrize(
    ("language", "text", "dead"),
    [
        ("es", "Un ataque armado en un bar de Celaya, Guanajuato, dejó seis muertos el sábado.", 6),
        ("es", "El ataque armado contra una fiesta en Celaya, Guanajuato, dejó un saldo de doce muertos el domingo.", 12),
        ("en", "An armed attack on a bar in Celaya left six dead on Saturday.", 6),
        ("it", "Si contano nove morti nell'attacco a un bar di Palermo, sabato.", 9),
        ("ro", "Atacul s-a soldat cu nouă morți la Kidal, sâmbătă.", 9),
        ("fr", "L'attaque a fait neuf morts à Kidal samedi.", 9),
    ],
)  # fmt: skip
def test_the_bare_dead_of_an_attack_with_no_side_are_its_victims(language: str, text: str, dead: int) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Attack", dead) and m.actor2.startswith("Civilians")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a forces' post struck: the fight, read before
        ("Jihadists attacked an army base near Kidal on Sunday. The attack left six dead.", ("Armed clash", 6)),
        # a report of fighting: the attack's dead are the fight's
        ("Fighting broke out near Kidal on Sunday. The attack left six dead.", ("Armed clash", 6)),
    ],
)  # fmt: skip
def test_the_dead_of_an_attack_in_a_report_of_a_fight_stay_the_fights(text: str, row: tuple) -> None:
    assert _rows(text, "en") == [row]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Un ataque armado en Celaya, Guanajuato, dejó dos heridos el sábado."),
        ("it", "Un raid armato a Casoria, in provincia di Napoli, ha lasciato due feriti."),
        ("pt", "O ataque armado a um bar em Maputo deixou três feridos."),
    ],
)  # fmt: skip
def test_the_counted_wounded_of_an_attack_with_no_side_are_its_victims(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Attack", 0) and m.actor2.startswith("Civilians")


def test_the_wounded_of_an_attack_in_a_report_of_a_fight_make_no_attack() -> None:
    assert _rows("The attack in Kidal left two wounded; fighting continued.", "en") == []


def test_deaths_with_no_attack_word_are_no_attack() -> None:
    assert _rows("Six dead in the crash of a bus near Kidal on Sunday.", "en") == []


# --------------------------------------------------------------------------- pack words


@pytest.mark.parametrize(
    ("language", "text", "rows"),
    [
        ("pt", "O ataque dos insurgentes a Macomia, em Cabo Delgado, custou a vida a nove civis no sábado.", [("Attack", 9)]),
        ("ro", "Nouă civili și-au găsit sfârșitul în atacul jihadiștilor asupra unui sat de lângă Kidal, sâmbătă.", [("Attack", 9)]),
        ("es", "Sicarios ultimaron a seis personas en un bar de Celaya, Guanajuato, el sábado.", [("Attack", 6)]),
    ],
)  # fmt: skip
def test_outcome_phrases_of_round_18(language: str, text: str, rows: list) -> None:
    assert _rows(text, language) == rows


def test_dar_de_baja_is_killed_in_an_operation() -> None:
    text = "Las tropas dieron de baja a cinco disidentes en combates en Argelia, Cauca, el martes."
    assert _rows(text, "es") == [("Armed clash", 5)]


def test_a_romanian_square_is_no_town_abroad() -> None:
    # "Piața Universității": a square of the town named after it (`place_words.quarter`), no "Piata"
    text = "Protestatarii au aruncat cu pietre în jandarmi în Piața Universității din București."
    m = only(code_text(text, language="ro", published=PUBLISHED))
    assert (m.sub_event_type, m.country, m.location) == ("Violent demonstration", "Romania", "Bucharest")


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        # WEEKDAY_BEFORE_ITS_OBJECT: the enclitic article puts the object's noun right after the day
        ("ro", "Sute de sindicaliști au pichetat luni sediul Guvernului de la București.", "2026-03-16"),
        ("sw", "Wanamgambo walivamia Jumatatu kituo cha polisi katika kaunti ya Lamu na kuua askari wawili.", "2026-03-16"),
        # where names lead their noun, a weekday before a facility is the site's name (as before)
        ("en", "A bomb exploded at the Friday market in Kano, killing five people.", "2026-03-18"),
    ],
)  # fmt: skip
def test_a_weekday_before_a_facility_noun(language: str, text: str, day: str) -> None:
    assert only(code_text(text, language=language, published=PUBLISHED)).event_date.isoformat() == day


def test_finalising_details_is_no_killing() -> None:
    text = "El gobierno y los sindicatos ultimaron anoche los detalles del acuerdo salarial en Celaya."
    assert _rows(text, "es") == []


# --------------------------------------------------------------------------- probe reports

KNOWN_MISSES = {
    # geo: "de Guanajuato" after a facility noun (and "el estado de Guanajuato", a state named like
    # its capital) finds no place, so the attack has no country
    "Hombres armados asesinaron a cinco personas en un palenque",
    # geo: "Vecinos de una comunidad de Ecatepec": "Ecatepec" with no locative word before it is no
    # place ("en Ecatepec" is)
    "Vecinos de una comunidad de Ecatepec",
    # an arrest days after a riot, of people accused of its clashes, is read as the protest's
    # intervention on the arrest day (ACLED: an arrest event of its own); en and fr read it alike
    "I carabinieri hanno arrestato martedì a Palermo",
}


def _known_miss(text: str) -> bool:
    return any(text.startswith(k) for k in KNOWN_MISSES)


@pytest.mark.parametrize(("language", "title", "text", "expected"), probe_params(PROBES, _known_miss))
def test_round18_langa_probe_report(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
