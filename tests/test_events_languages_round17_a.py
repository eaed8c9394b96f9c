"""Round 17 language rules (langa: pt, es, it, ro, sw): a range whose opener and figures have one
word between them (an article, the counted noun: OPENER_REACH) and whose lower figure reaches its
outcome through the range (RANGE_AS_ONE); a comma, a list joiner and a day opening another act's
clause (JOINED_DAY_OPENS_AN_ACT); a mob's own place between it and its act (PLACE_OF_THE_MOB); the
army's answer that kills "twenty of them", the attackers named before it (PARTITIVE_ANTECEDENT);
Romanian pack words (the definite singular victim, drones downed over a night, the air force
striking); and the probe reports of tests/round17_langa_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import assert_probe_rows, code_text, only, probe_params
from tests.round17_langa_probes import PROBES, PUBLISHED


def _rows(text: str, language: str) -> list[tuple[str, int | None]]:
    return sorted(
        (m.sub_event_type, m.fatalities) for m in code_text(text, language=language, published=PUBLISHED)
    )


# --------------------------------------------------------------------------- OPENER_REACH, RANGE_AS_ONE


@pytest.mark.parametrize(
    ("language", "text", "fatalities"),
    [
        # an article after the opener and after the joiner
        ("it", "Tra i dieci e i quindici miliziani di al-Shabaab sono stati uccisi in un raid aereo statunitense vicino a Kismayo.", 10),
        # noun-first: the counted noun between the opener and the lower figure
        ("sw", "Kati ya watu kumi na kumi na watano wameuawa katika mapigano kati ya jamii mbili za wafugaji katika kaunti ya Marsabit.", 10),
        # as before: nothing between
        ("it", "Tra dieci e quindici civili sono stati uccisi in un attacco di jihadisti vicino a Kidal.", 10),
        ("en", "Between 10 and 15 civilians were killed in an attack by gunmen near Kidal.", 10),
    ],
)  # fmt: skip
def test_a_range_with_a_word_after_its_opener_counts_its_lower_figure(
    language: str, text: str, fatalities: int
) -> None:
    assert only(code_text(text, language=language, published=PUBLISHED)).fatalities == fatalities


def test_two_figures_after_an_opener_with_other_words_between_are_no_range() -> None:
    # the word after the joiner is not the word after the opener: a list, not a range
    text = "Tra i soldati due sono stati uccisi e dieci feriti in un attacco di jihadisti vicino a Kidal."
    assert only(code_text(text, language="it", published=PUBLISHED)).fatalities == 2


# --------------------------------------------------------------------------- JOINED_DAY_OPENS_AN_ACT


@pytest.mark.parametrize(
    ("language", "text", "rows"),
    [
        ("pt", "Insurgentes atacaram na segunda-feira a vila de Macomia, matando três pessoas, e na terça-feira invadiram a localidade de Mucojo, onde mataram mais duas.",
         [("Attack", 2), ("Attack", 3)]),
        ("es", "Sicarios atacaron el lunes un bar en Celaya, matando a tres personas, y el martes asesinaron a dos comerciantes en Irapuato.",
         [("Attack", 2), ("Attack", 3)]),
        ("en", "Gunmen attacked a village near Kano on Monday, killing three people, and on Tuesday they killed two more in Zaria.",
         [("Attack", 2), ("Attack", 3)]),
    ],
)  # fmt: skip
def test_a_joiner_and_a_day_after_a_comma_open_another_act(language: str, text: str, rows: list) -> None:
    assert _rows(text, language) == rows


@pytest.mark.parametrize(
    ("language", "text", "toll"),
    [
        ("en", "Gunmen attacked a village near Kano on Sunday, and on Monday officials said 12 people had been killed.", 12),
        ("es", "Hombres armados atacaron el domingo un bar de Celaya, y el lunes la Fiscalía informó que murieron siete personas.", 7),
    ],
)  # fmt: skip
def test_a_joined_day_that_reports_the_toll_is_the_acts_day_of_report(
    language: str, text: str, toll: int
) -> None:
    # the part after the day reports: its outcome word is the act's toll, the act keeps its own day
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.fatalities, m.event_date.isoformat()) == (toll, "2026-05-10")


def test_a_joiner_and_a_day_with_no_act_of_their_own_stay_with_the_act() -> None:
    # the part after the day has no trigger: it joins the act before it
    text = "Insurgentes atacaram na segunda-feira a vila de Macomia, matando três pessoas, e na terça-feira a polícia chegou ao local."
    assert _rows(text, "pt") == [("Attack", 3)]


# --------------------------------------------------------------------------- PLACE_OF_THE_MOB


def test_a_mob_named_with_its_place_before_its_act_is_a_mob() -> None:
    text = "Pobladores de una comunidad de Puebla golpearon y prendieron fuego a dos hombres acusados de robar niños; uno de ellos murió."
    assert _rows(text, "es") == [("Mob violence", 1)]


# --------------------------------------------------------------------------- PARTITIVE_ANTECEDENT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Guerrilleros atacaron el lunes un caserío de Tibú, Norte de Santander, y mataron a nueve campesinos. "
               "El Ejército persiguió a los atacantes y mató a veinte de ellos."),
        ("pt", "Insurgentes atacaram na segunda-feira uma aldeia de Macomia, matando nove civis. "
               "O exército perseguiu os atacantes e matou vinte deles."),
        ("ro", "Jihadiștii au atacat luni un sat din regiunea Tillaberi, ucigând nouă civili. "
               "Armata i-a urmărit pe atacatori și a ucis 20 dintre ei."),
        # the partitive clitic before the act (it pack key `partitive_clitics`)
        ("it", "Miliziani jihadisti hanno attaccato lunedì un villaggio nella regione di Tillaberi, in Niger, "
               "uccidendo nove civili. L'esercito ha poi inseguito gli assalitori e ne ha uccisi venti."),
        ("en", "Jihadist militants attacked a village in the Tillaberi region of Niger on Monday, killing nine civilians. "
               "The army then pursued the attackers and killed twenty of them."),
    ],
)  # fmt: skip
def test_the_armys_answer_killing_twenty_of_them_is_a_clash_of_its_own(language: str, text: str) -> None:
    assert _rows(text, language) == [("Armed clash", 20), ("Attack", 9)]


def test_allies_joined_before_the_act_are_no_antecedent() -> None:
    text = ("Jihadists attacked a village near Maiduguri on Monday, killing nine civilians. "
            "The army and the militia killed twenty of them.")  # fmt: skip
    assert not any("Militia" in m.actor2 for m in code_text(text, language="en", published=PUBLISHED))


# --------------------------------------------------------------------------- ro pack words


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the definite singular victim ("șoferul"): one dead
        ("Un convoi umanitar a fost lovit luni de o dronă rusească lângă Herson; șoferul a murit.", ("Air/drone strike", 1)),
        # drones downed, a night and a count between the verb and its noun
        ("Apărarea antiaeriană a Ucrainei a doborât peste noapte 45 de drone lansate de Rusia.", ("Disrupted weapons use", 0)),
        # the air force struck: an air strike, not a clash with those it killed
        ("Aviația israeliană a lovit marți o clădire din sudul Beirutului, ucigând patru membri Hezbollah.", ("Air/drone strike", 4)),
    ],
)  # fmt: skip
def test_romanian_pack_words(text: str, row: tuple) -> None:
    assert _rows(text, "ro") == [row]


# --------------------------------------------------------------------------- the probe reports

KNOWN_MISSES = {
    # geo: "per le vie di Napoli" finds no place ("per le strade di Napoli" does), so the march
    # gives no row (as pt "pelas ruas de Lisboa", round 16)
    "Migliaia di studenti hanno sfilato",
    # people arrested as suspected of preparing violence at protests read as a protest's intervention
    "Poliția din Republica Moldova a reținut",
    # "a preluat controlul" names no fight: the coder makes it a non-violent transfer; the probe
    # expects the overtaking a claimed capture of a town on a front line is (left as first written)
    "Armata rusă susține că a preluat",
    # geo: "no distrito de Nangade" with no province after it finds no place ("em Mueda" does)
    "Um grupo armado matou quatro camponeses",
    # an attack on armed men and their answer at one place and day are one battle with both sides'
    # dead (ACLED): es reads "una patrulla" as police and the answer's army as another pair (two
    # clashes, 2 and 4); pt and sw keep the answer's toll only (8, 3)
    "Disidentes de las FARC atacaron el domingo",
    "Insurgentes emboscaram no sábado",
    "Wanamgambo wa al-Shabaab walishambulia kituo",
    # the second act told after ", iar luni" has no place of its own the gazetteer finds ("într-o
    # localitate vecină"): the abduction gives no row
    "Rebelii au atacat duminică un sat",
    # geo: an agreement signed abroad ("mjini Doha") between DRC parties gives no row ("mjini Goma" does)
    "Serikali ya DRC na waasi wa M23 wametia saini",
}


def _known_miss(text: str) -> bool:
    return any(text.startswith(k) for k in KNOWN_MISSES)


@pytest.mark.parametrize(("language", "title", "text", "expected"), probe_params(PROBES, _known_miss))
def test_round17_langa_probe_report(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
