"""The pack keys `weapon_finds` and `gunfire` in the packs beyond en/fr/es/ar/ru: a laid weapon
found with no one hurt is disrupted weapons use, a roadside bomb then gunfire on armed men is an
armed clash. One case per language family (Romance, Germanic, Nordic, Turkic, Slavic, Bantu,
Austronesian). Every sentence is written for these tests (invented incidents; real places)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only

DISRUPTED = ("Strategic developments", "Disrupted weapons use")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("pt", "Uma mina terrestre foi descoberta por militares junto a uma estrada perto de Montepuez na "
               "terça-feira.", "Montepuez"),
        ("it", "Un ordigno esplosivo è stato trovato dai carabinieri lungo una strada vicino a Herat martedì.",
         "Herat"),
        ("ro", "O bombă artizanală a fost găsită de poliție lângă o școală din Herat marți.", "Herat"),
        ("de", "Soldaten haben am Dienstag bei Herat eine Sprengfalle gefunden.", "Herat"),
        ("nl", "Militairen hebben dinsdag bij Herat een bermbom aangetroffen.", "Herat"),
        ("sv", "En vägbomb hittades av soldater nära Herat på tisdagen.", "Herat"),
        ("no", "En veibombe ble funnet av soldater nær Herat tirsdag.", "Herat"),
        ("da", "En vejsidebombe blev fundet af soldater nær Herat tirsdag.", "Herat"),
        ("uk", "У вівторок поліцейські виявили вибуховий пристрій біля дороги поблизу Херсона.", "Kherson"),
        ("sw", "Bomu la kutegwa ardhini lilipatikana na polisi kando ya barabara karibu na Mandera siku ya "
               "Jumanne.", "Mandera"),
        ("id", "Polisi menemukan bom rakitan di pinggir jalan di Poso pada hari Selasa.", "Poso"),
    ],
)  # fmt: skip
def test_a_laid_weapon_found_is_disrupted_weapons_use(language, text, place):
    m = only(code_text(text, language=language, published="2025-05-14"))
    assert (m.event_type, m.sub_event_type) == DISRUPTED and m.location == place and m.fatalities == 0


@pytest.mark.parametrize(
    ("language", "text", "deaths"),
    [
        ("de", "Eine Armeepatrouille geriet am Dienstag bei Herat nach der Explosion einer Sprengfalle unter "
               "heftigen Beschuss mit Maschinengewehrfeuer, vier Soldaten wurden getötet.", 4),
        ("sw", "Wanamgambo waliushambulia msafara wa wanajeshi karibu na Mandera siku ya Jumanne kwa bomu la "
               "kutegwa ardhini kisha wakafyatua risasi, na kuwaua wanajeshi wanne.", 4),
        ("uk", "У вівторок бойовики підірвали фугас біля колони військових поблизу Херсона, а потім обстріляли "
               "її зі стрілецької зброї.", 0),
        ("id", "Kelompok bersenjata menyerang patroli tentara dengan bom rakitan di Poso pada hari Selasa lalu "
               "melepaskan tembakan, menewaskan empat tentara.", 4),
    ],
)  # fmt: skip
def test_a_bomb_then_gunfire_on_armed_men_is_a_clash(language, text, deaths):
    m = only(code_text(text, language=language, published="2025-05-14"))
    assert (m.event_type, m.sub_event_type) == CLASH and m.fatalities == deaths


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Uma mina terrestre encontrada junto a uma estrada perto de Montepuez matou dois soldados na "
               "terça-feira."),
        ("de", "Zwei Soldaten wurden am Dienstag bei Herat getötet, als eine gefundene Sprengfalle explodierte."),
    ],
)  # fmt: skip
def test_a_find_word_beside_a_bomb_that_killed_is_no_find(language, text):
    m = only(code_text(text, language=language, published="2025-05-14"))
    assert m.event_type == "Explosions/Remote violence" and m.fatalities == 2
