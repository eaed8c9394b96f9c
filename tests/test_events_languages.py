"""The event coder in languages other than English: the headline's event leads, the type comes from
that language's words, a toll stays with the event whose sentence (or clause) gives it, the wounded
are not counted, and the other languages' rules leave English coding alone.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from extractors.events.fatalities import foreign_death_figures
from extractors.events.taxonomy import find_triggers
from extractors.models import EventMention
from tests.coding import code_text

AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def coded(text: str, published: str, language: str, title: str = "") -> list[EventMention]:
    return code_text(text, language=language, published=published, title=title)


def kind(m: EventMention) -> tuple[str, str]:
    return m.event_type, m.sub_event_type


@pytest.mark.xfail(
    reason="pack coder: the retaliation clause's toll is not yet kept apart from the earlier strike",
    strict=False,
)
def test_norwegian_headline_retaliation_leads_over_the_earlier_strike() -> None:
    text = (
        "Russland har svart med nye angrep nord i Kharkiv-regionen etter at 9 russiske soldater ble drept "
        "i et ukrainsk droneangrep i Belgorod onsdag. Ifølge militære kilder svarer Russland med "
        "droneangrep mot de ukrainske stillingene ved Kharkiv.\n\n"
        "Minst 14 ukrainske soldater ble drept i disse angrepene, mens ytterligere to ble såret av "
        "artilleriild mot stillinger ved Sumy, opplyste hæren torsdag kveld."
    )
    mentions = coded(text, "2025-03-06", "no", title="Minst 14 ukrainske soldater drept i russiske angrep")
    lead = mentions[0]
    assert kind(lead) == AIR
    assert lead.actor1 == "Military Forces of Russia"
    assert lead.fatalities == 14  # the toll of the headline's event, not the 9 of Wednesday's strike
    earlier = [m for m in mentions if m.actor1 == "Military Forces of Ukraine"]
    assert len(earlier) == 1 and earlier[0].fatalities == 9 and mentions.index(earlier[0]) > 0
    assert str(earlier[0].event_date) == "2025-03-05"
    # the shelling clause is its own event, with no one dead (two wounded), and the 14 stays out of it
    shelled = [m for m in mentions if kind(m) == SHELLING]
    assert all(m.fatalities == 0 for m in shelled)


def test_danish_semicolon_keeps_each_toll_with_its_own_event() -> None:
    text = (
        "Ved et luftangreb mod et marked i Kharkiv blev 9 civile dræbt søndag; samme dag blev 4 soldater "
        "dræbt under artilleribeskydning af Sumy."
    )
    mentions = coded(text, "2025-05-12", "da")
    by_kind = {kind(m): m for m in mentions}
    assert set(by_kind) == {AIR, SHELLING}
    assert by_kind[AIR].fatalities == 9 and by_kind[AIR].location == "Kharkiv"
    assert by_kind[SHELLING].fatalities == 4 and by_kind[SHELLING].location == "Sumy"


def test_swedish_wounded_are_not_counted_dead() -> None:
    assert [f.value for f in foreign_death_figures("Minst 5 personer dödades och 18 skadades.", "sv")] == [5]
    assert [f.value for f in foreign_death_figures("18 personer skadades och 3 dödades.", "sv")] == [3]
    # small numbers written as words are read too ("fem" = 5), and "tre skadades" is not dead
    assert [f.value for f in foreign_death_figures("fem soldater dödades och tre skadades.", "sv")] == [5]
    text = "Minst 5 personer dödades och 18 skadades när en bilbomb exploderade i Kismayo på lördagen."
    (m,) = coded(text, "2025-02-16", "sv")
    assert kind(m) == IED and m.fatalities == 5 and m.country == "Somalia"


def test_german_attack_words_and_adjective_agent() -> None:
    text = (
        "Bei einem türkischen Drohnenangriff auf ein Dorf nahe Kobani sind am Montag 10 Kämpfer verletzt "
        "und 6 getötet worden."
    )
    (m,) = coded(text, "2025-04-08", "de", title="Türkische Drohnen greifen Stellungen in Nordsyrien an")
    assert kind(m) == AIR
    assert m.actor1 == "Military Forces of Turkey"
    assert m.fatalities == 6 and str(m.event_date) == "2025-04-07"  # the 10 wounded are not dead


def test_dutch_roadside_bomb_counts_the_dead_not_the_wounded() -> None:
    text = (
        "In Kandahar zijn zondag 6 militairen omgekomen door een bermbom, terwijl 11 anderen gewond raakten."
    )
    (m,) = coded(text, "2025-06-02", "nl")
    assert kind(m) == IED and m.fatalities == 6 and m.country == "Afghanistan"


def test_romanian_shelling_with_victims_named_by_adjective() -> None:
    text = (
        "Cel puțin 8 civili au fost uciși și alți 15 au fost răniți în tirurile de artilerie rusești "
        "asupra orașului Odesa, marți."
    )
    (m,) = coded(text, "2025-01-15", "ro")
    assert kind(m) == SHELLING
    assert m.fatalities == 8 and m.location == "Odesa"
    assert m.actor1 == "Military Forces of Russia" and m.actor2 == "Civilians (Ukraine)"


def test_turkish_soldiers_named_before_a_death_word_were_hit() -> None:
    text = (
        "Hakkari'de PKK'lı teröristlerin yola döşediği el yapımı patlayıcının infilak etmesi sonucu 2 Türk "
        "askeri şehit oldu, 4 asker yaralandı."
    )
    (m,) = coded(text, "2025-07-21", "tr")
    assert kind(m) == IED and m.fatalities == 2  # the 4 wounded are not dead
    # the soldiers who died were hit; they did not carry the attack out
    assert (m.actor1, m.actor2) == ("PKK", "Military Forces of Turkey")


def test_country_adjectives_and_force_nouns_of_these_languages() -> None:
    from extractors.events.actors import find_foreign_actors
    from extractors.events.countries import country_from_demonym

    assert {w: country_from_demonym(w) for w in ("tyrkiske", "syriska", "turcești", "Türk", "Turkse")} == {
        "tyrkiske": "Turkey", "syriska": "Syria", "turcești": "Turkey", "Türk": "Turkey", "Turkse": "Turkey",
    }  # fmt: skip
    (a,) = find_foreign_actors("de syriske regjeringsstyrkene trakk seg tilbake", "no", "Syria")
    assert a.name == "Military Forces of Syria"
    (b,) = find_foreign_actors("regimets soldater trakk seg tilbake", "no", "Syria")
    assert b.name == "Military Forces of Syria"


def test_other_language_words_do_not_fire_in_english() -> None:
    # "angrep", "mens", "dog" are trigger or clause words only in Scandinavian text
    assert find_triggers("The dog angrep ran off, mens and women laughed.", "en") == []
    # English keeps reading a sentence whole: one event, its toll, no clause split at a semicolon
    text = "Turkish drone strikes hit Syrian army positions near Homs on Friday; 12 soldiers were killed."
    (m,) = coded(text, "2025-03-01", "en")
    assert kind(m) == AIR and m.fatalities == 12 and m.actor1 == "Military Forces of Turkey"
