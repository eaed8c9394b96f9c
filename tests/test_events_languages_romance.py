"""Round 12 Romance language rules (fr, es, pt, it, ro): a word for one before a killed noun, a city known by
its own name, an alternate name an act's word hit, and vocabulary classes of the Romance packs.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from extractors.events.fatalities import sentence_fatalities
from extractors.events.lexicon import load_pack
from extractors.events.places import find_places
from tests.coding import code_text, only

PUBLISHED = "2025-05-14"  # a Wednesday

# --------------------------------------------------------------------------- ONE_DEAD: "un mort", "one dead"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "L'explosion d'une mine a fait un mort et deux blessés à Tahoua mardi."),
        ("es", "La explosión de una mina dejó un muerto y dos heridos en Arequipa el martes."),
        ("pt", "A explosão de uma mina fez um morto e dois feridos em Chimoio na terça-feira."),
        ("it", "L'esplosione di una mina ha causato un morto e due feriti a Lecce martedì."),
        ("ro", "Explozia unei mine a făcut un mort și doi răniți la Craiova marți."),
        ("en", "The mine blast left one dead and two injured in Tahoua on Tuesday."),
    ],
)  # fmt: skip
def test_a_word_for_one_before_a_killed_noun_counts_one_dead(language: str, text: str) -> None:
    assert only(code_text(text, language=language, published=PUBLISHED)).fatalities == 1


def test_a_word_for_one_before_a_body_of_people_or_a_toll_is_no_dead() -> None:
    # "corpo de bombeiros" (a fire brigade): the killed noun "corpo" is a body of people, not a body
    (m,) = code_text("A explosão atingiu um corpo de bombeiros em Chimoio na terça-feira.", language="pt",
                     published=PUBLISHED)  # fmt: skip
    assert m.fatalities == 0
    (m,) = code_text("A death toll of 12 was given after the blast in Tahoua on Tuesday.", language="en",
                     published=PUBLISHED)  # fmt: skip
    assert m.fatalities == 12


# --------------------------------------------------------------------------- places: OWN_NAME_FIRST, ALTERNATE_AFTER_ACT


def test_a_large_city_known_by_the_name_is_taken_before_a_bigger_alternate() -> None:
    # GeoNames lists "Porto" among Bordeaux's alternate names: the Portuguese city is meant
    m = only(code_text("Milhares de manifestantes concentraram-se no Porto na terça-feira.", language="pt",
                       published=PUBLISHED))  # fmt: skip
    assert (m.country, m.location) == ("Portugal", "Porto")
    places = find_places("Police dispersed protesters in Porto on Tuesday.", None, "en")
    assert [(p.name, p.country) for p in places] == [("Porto", "Portugal")]


def test_a_town_known_only_by_an_alternate_name_is_still_read_where_no_own_one_is_large() -> None:
    # "Londres" is a village's own name in Argentina, too small to stand before London
    places = find_places("Deux policiers ont été blessés à Londres lundi.", None, "fr")
    assert [(p.name, p.country) for p in places] == [("London", "United Kingdom")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russian forces bombed Kiev on Tuesday."),
        ("ro", "Rușii au atacat Kievul cu drone."),
    ],
)  # fmt: skip
def test_an_alternate_name_right_after_an_act_is_the_city_it_hit(language: str, text: str) -> None:
    assert [(p.name, p.kind) for p in find_places(text, None, language)] == [("Kyiv", "city")]


def test_an_alternate_name_with_neither_cue_nor_act_stays_unread() -> None:
    # no act's word and no locative before it: "Kiev" here is no place the text locates
    assert [p.name for p in find_places("Kiev Lane is a song.", None, "en")] != ["Kyiv"]


# --------------------------------------------------------------------------- pack vocabulary


@pytest.mark.parametrize(
    ("language", "text", "sub_event_type", "fatalities"),
    [
        # killed in action
        ("fr", "Neuf militaires sont tombés au combat lundi lors d'une attaque jihadiste contre leur poste près de Koudougou.",
         "Armed clash", 9),
        ("es", "Dos soldados cayeron en combate con guerrilleros el martes en zona rural de Popayán, Colombia.",
         "Armed clash", 2),
        ("pt", "Dois militares tombaram em combate contra os insurgentes perto de Lichinga, em Moçambique, na terça-feira.",
         "Armed clash", 2),
        ("it", "Tre soldati sono caduti in combattimento contro i jihadisti vicino a Tahoua, in Niger, martedì.",
         "Armed clash", 3),
        ("ro", "Doi militari au căzut la datorie în luptele cu rebelii lângă Bunia, în Congo, marți.", "Armed clash", 2),
        # beaten or burnt to death
        ("it", "Un ladro è stato picchiato a morte dalla folla a Kano martedì.", "Mob violence", 1),
        ("fr", "Un voleur présumé a été battu à mort par la foule à Bouaké mardi.", "Mob violence", 1),
        ("ro", "Un bărbat a fost bătut până la moarte de o mulțime furioasă la Bacău marți.", "Mob violence", 1),
        ("es", "Un presunto ladrón fue golpeado hasta la muerte por una turba en Puebla el martes.", "Mob violence", 1),
        # shot dead
        ("ro", "Doi polițiști au fost împușcați mortal de bărbați înarmați în Balucistan, Pakistan, luni.",
         "Armed clash", 2),
        # a fight verb
        ("fr", "Les miliciens se sont accrochés avec l'armée mardi près de Bunia, en RDC, faisant quatre morts.",
         "Armed clash", 4),
        # a crowd of protesters gathered
        ("ro", "Mii de protestatari s-au adunat marți la Iași.", "Peaceful protest", 0),
        # an Italian police detention
        ("it", "Gli agenti hanno fermato cinque sospetti terroristi a Bologna martedì.", "Arrests", 0),
    ],
)  # fmt: skip
def test_romance_vocabulary_classes(language: str, text: str, sub_event_type: str, fatalities: int) -> None:
    events = code_text(text, language=language, published=PUBLISHED)
    assert (sub_event_type, fatalities) in [(e.sub_event_type, e.fatalities) for e in events]


def test_romanian_target_prepositions_locate_the_city_struck() -> None:
    # "asupra" (upon) opens what an attack hit, "deasupra" (above) what was shot down over
    (m,) = code_text("Un atac cu drone asupra Harkovului a ucis trei civili marți.", language="ro",
                     published=PUBLISHED)  # fmt: skip
    assert (m.sub_event_type, m.fatalities, m.location) == ("Air/drone strike", 3, "Kharkiv")
    (m,) = code_text("Apărarea antiaeriană a doborât zece drone deasupra Kievului marți.", language="ro",
                     published=PUBLISHED)  # fmt: skip
    assert (m.sub_event_type, m.location) == ("Disrupted weapons use", "Kyiv")


def test_a_spanish_verb_form_stemmed_like_a_place_noun_keeps_its_city() -> None:
    # "Puebla" would stem like "pueblo" (a settlement noun, no town's name): own_keys keeps it a name
    places = find_places("Vecinos protestaron en Puebla el martes.", None, "es")
    assert [(p.name, p.country) for p in places][:1] == [("Puebla", "Mexico")]


# --------------------------------------------------------------------------- SETTLEMENT_HIT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The attack on a village in Borno left seven dead on Tuesday."),
        ("fr", "L'attaque contre un village du Borno a fait sept morts mardi."),
        ("es", "El ataque contra una aldea del estado de Borno dejó siete muertos el martes."),
        ("pt", "O ataque a uma aldeia do Borno fez sete mortos na terça-feira."),
        ("ro", "Atacul asupra unui sat din Borno a făcut șapte morți marți."),
    ],
)  # fmt: skip
def test_the_dead_of_a_village_an_attack_struck_are_its_people(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.event_type, m.sub_event_type, m.fatalities, m.actor2) == (
        "Violence against civilians",
        "Attack",
        7,
        "Civilians (Nigeria)",
    )


def test_an_attack_on_a_settlement_restating_a_shelling_joins_it_and_a_fight_keeps_its_sides() -> None:
    text = ("L'artillerie a bombardé un camp de déplacés près de Tawila, au Soudan, dimanche. "
            "L'attaque contre le camp a fait quatre morts.")  # fmt: skip
    m = only(code_text(text, language="fr", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Shelling/artillery/missile attack", 4)
    text = ("Des combats ont opposé l'armée aux jihadistes près de Tahoua dimanche. "
            "L'attaque contre le village a fait quatre morts.")  # fmt: skip
    assert [e.sub_event_type for e in code_text(text, language="fr", published=PUBLISHED)] == ["Armed clash"]
    # no attack word, only deaths: no attack on the village's people is told
    assert code_text("Sept morts dans un village du Borno mardi.", language="fr", published=PUBLISHED) == []


# --------------------------------------------------------------------------- non-conflict words are no common word's key


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "ieri sera a Kaduna"),  # "Serie A" (football) read "sera a"
        ("it", "tagliato la gola"),  # "gol" (a goal) read in "gola" (throat)
        ("fr", "ils ont cru que"),  # "crue" (a flood) read in "cru" (believed)
        ("es", "un pibe de 17 años"),  # "PIB" (GDP) read in "pibe"
        ("pt", "um bairro cheio de deslocados"),  # "cheia" (a flood) read in "cheio" (full)
        ("pt", "um tempo seco"),  # "seca" (a drought) read in "seco" (dry)
    ],
)  # fmt: skip
def test_a_non_conflict_word_is_read_only_as_itself(language: str, text: str) -> None:
    assert "modality.non_conflict" not in {m.label for m in load_pack(language).find(text)}


def test_an_italian_evening_of_yesterday_is_no_football_league() -> None:
    m = only(code_text("Uomini armati hanno ucciso quattro civili ieri sera a Kaduna, in Nigeria.", language="it",
                       published=PUBLISHED))  # fmt: skip
    assert (m.sub_event_type, m.fatalities, str(m.event_date)) == ("Attack", 4, "2025-05-13")


# --------------------------------------------------------------------------- local officials are civilians


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen shot dead the mayor in Tumaco on Tuesday."),
        ("fr", "Des hommes armés ont abattu le maire de Koudougou mardi."),
        ("pt", "Homens armados assassinaram o régulo da aldeia em Mueda, Moçambique, na terça-feira."),
    ],
)  # fmt: skip
def test_a_local_official_shot_dead_is_one_civilian_killed(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.actor2.split(" (")[0]) == ("Attack", 1, "Civilians")


# --------------------------------------------------------------------------- common words are no trigger's stem

EVENT_CLASSES = ("triggers", "generic_violence", "outcomes.killed")


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("fr", "père"),  # a father, no "périr"
        ("fr", "exécutif"),  # the executive, no "exécuter"
        ("es", "ejecutivo"),
        ("es", "sitio"),  # a place, no siege
        ("es", "enfrente"),  # in front, no "enfrentar"
        ("es", "redes"),  # networks, no raid ("redada")
        ("es", "explotación"),  # exploitation, no blast
        ("pt", "tirou"),  # took, no shot ("tiro")
        ("pt", "investimento"),  # an investment, no assault ("investida")
        ("pt", "morro"),  # a hill, no "morrer"
        ("pt", "executivo"),
        ("it", "per"),  # for, no "perire"
        ("it", "giustizia"),  # justice, no "giustiziare"
        ("it", "freddo"),  # cold, no "freddare"
        ("it", "rete"),  # a network, no raid ("retata")
        ("it", "marca"),  # a brand, no march
        ("it", "attento"),  # careful, no attack ("attentato")
        ("it", "prigione"),  # a prison, no captivity
        ("it", "razza"),  # a breed, no rocket
        ("it", "rivolto"),  # addressed, no revolt
        ("ro", "atenție"),  # attention, no attack ("atentat")
        ("ro", "executiv"),
        ("fr", "heurté"),  # (a car) hit, no clash ("heurts")
        ("fr", "visa"),  # no "viser"
        ("fr", "manifestement"),  # plainly, no protest
        ("fr", "protestants"),  # the faith, no protest
        ("es", "Morelos"),  # the state, no "morir"
        ("es", "Matías"),  # a name, no "matar"
        ("es", "atento"),  # attentive, no attack ("atentado")
        ("es", "Baleares"),  # no "baleó"
        ("pt", "Matos"),  # a name or bush, no "matar"
        ("pt", "pilha"),  # a pile, no "pilhar"
        ("pt", "atento"),
        ("it", "scontrino"),  # a receipt, no clash ("scontri")
        ("it", "Moro"),  # no "morire"
        ("it", "sparito"),  # vanished, no "sparare"
        ("it", "rap"),  # no "rapire"
        ("it", "artificio"),  # fireworks, no bomb disposal ("artificiere")
        ("ro", "rap"),  # no "răpi"
    ],
)  # fmt: skip
def test_a_common_word_is_no_event_word(language: str, word: str) -> None:
    labels = {m.label for m in load_pack(language).find(word)}
    assert not [label for label in labels if label.startswith(EVENT_CLASSES)]


@pytest.mark.parametrize(
    ("language", "word", "label"),
    [
        ("fr", "périrent", "outcomes.killed"),
        ("es", "redada", "triggers.Strategic developments.Arrests"),
        ("es", "explotó", "triggers.Explosions/Remote violence.explosion"),
        ("pt", "tiros", "generic_violence"),
        ("it", "perirono", "outcomes.killed"),
        ("it", "giustiziati", "outcomes.killed"),
        ("it", "razzi", "triggers.Explosions/Remote violence.Shelling/artillery/missile attack"),
        ("it", "attentato", "generic_violence"),
        ("ro", "atentatul", "generic_violence"),
        ("fr", "heurts", "triggers.Battles.Armed clash"),
        ("es", "baleado", "generic_violence"),
        ("it", "scontri", "triggers.Battles.Armed clash"),
        ("it", "rapiti", "triggers.Violence against civilians.Abduction/forced disappearance"),
        ("it", "sparato", "generic_violence"),
        ("ro", "răpit", "triggers.Violence against civilians.Abduction/forced disappearance"),
    ],
)  # fmt: skip
def test_the_event_word_itself_is_still_read(language: str, word: str, label: str) -> None:
    assert label in {m.label for m in load_pack(language).find(word)}


# --------------------------------------------------------------------------- an operation is no fight


def test_a_military_sweep_launched_after_an_attack_is_no_clash_of_its_own() -> None:
    text = ("Une vingtaine de civils ont été tués dimanche dans l'attaque d'un village de la province du Loroum, "
            "dans le nord du Burkina Faso. Des individus armés ont ouvert le feu sur les habitants du village de "
            "Tangaye. Une opération de ratissage a été lancée par l'armée dans la zone.")  # fmt: skip
    events = code_text(text, language="fr", published=PUBLISHED)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 20)]


# --------------------------------------------------------------------------- vague quantities


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("pt", "Cerca de duas dezenas de pessoas morreram no ataque.", 20),  # two tens
        ("pt", "Várias pessoas morreram no ataque.", 3),  # the feminine of "vários"
        ("pt", "Várias dezenas de pessoas morreram no ataque.", 24),  # several dozen (en "several dozen")
        ("fr", "Plusieurs dizaines de personnes ont été tuées dans l'attaque.", 24),
        ("es", "Varias decenas de personas murieron en el ataque.", 24),
        ("it", "Alcune decine di persone sono morte nell'attacco.", 24),
        ("it", "Due decine di persone sono morte nell'attacco.", 20),
    ],
)  # fmt: skip
def test_romance_vague_quantities(language: str, text: str, figure: int) -> None:
    assert sentence_fatalities(text, language) == figure


# --------------------------------------------------------------------------- a French strike


def test_a_french_strike_noun_is_a_strike_of_unstated_kind() -> None:
    # "frappe" (en "strike") names a strike from the air or afar; the verb "frapper" stays a generic hit
    m = only(code_text("Les autorités ont confirmé le bilan.", language="fr", published=PUBLISHED,
                       title="Ukraine : des frappes russes font 12 morts à Kharkiv"))  # fmt: skip
    assert (m.event_type, m.fatalities, m.location) == ("Explosions/Remote violence", 12, "Kharkiv")


# --------------------------------------------------------------------------- VICTIM_PRONOUN


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen shot him dead in Tumaco on Tuesday."),
        ("es", "Los sicarios entraron en la casa y lo mataron a tiros en Tumaco el martes."),
    ],
)  # fmt: skip
def test_a_victim_pronoun_next_to_a_killing_is_one_civilian(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.actor2) == ("Attack", 1, "Civilians (Colombia)")


def test_a_pronoun_standing_for_an_actor_named_before_is_no_civilian() -> None:
    text = (
        "The commander of the rebels was killed by soldiers in Tumaco; the army said it killed him in a raid."
    )
    m = only(code_text(text, language="en", published=PUBLISHED))
    assert (m.sub_event_type, m.actor2) == ("Armed clash", "Rebels (Colombia)")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Sicarios asesinaron al comerciante en Tumaco el martes."),
        ("fr", "Des hommes armés ont abattu le commerçant devant sa boutique à Koudougou mardi."),
        ("it", "Uomini armati hanno ucciso il commerciante davanti al suo negozio a Kano martedì."),
        ("pt", "Homens armados mataram o comerciante à porta da sua loja em Chimoio na terça-feira."),
        ("ro", "Bărbați înarmați l-au ucis pe comerciant în fața magazinului la Kano marți."),
    ],
)  # fmt: skip
def test_a_singular_victim_no_article_counts_is_one_dead(language: str, text: str) -> None:
    assert only(code_text(text, language=language, published=PUBLISHED)).fatalities == 1


def test_spanish_fighters_surrendering_to_a_force_change_their_group() -> None:
    m = only(code_text("Un centenar de guerrilleros del ELN se entregaron al Ejército en Arauca el martes.",
                       language="es", published=PUBLISHED))  # fmt: skip
    assert (m.sub_event_type, m.actor1) == ("Change to group/activity", "ELN")
    # a prize handed to its winner is no surrender
    assert (
        code_text("El premio se entregó al ganador en Bogotá el martes.", language="es", published=PUBLISHED)
        == []
    )
