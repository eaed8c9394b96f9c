"""The event coder on articles written for these tests (tests/fixtures/events), end to end
through sentences, triggers, modality, actors, dates, fatalities and places."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from extractors.events import code_events
from extractors.events.modality import is_background, is_unreal
from extractors.events.taxonomy import TAXONOMY, find_triggers, is_valid, load_triggers
from extractors.models import Article, EventMention

FIXTURES = Path(__file__).parent / "fixtures" / "events"


def article(name: str, language: str | None = "__header__") -> Article:
    head, body = (FIXTURES / name).read_text(encoding="utf-8").split("\n\n", 1)
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    published = datetime.fromisoformat(meta["published"]).replace(tzinfo=UTC)
    lang = meta["language"] if language == "__header__" else language
    return Article(url="https://example.org/a", canonical_url="https://example.org/a", title=meta["title"],
                   text=body.strip(), published_at=published, language=lang)  # fmt: skip


def only(mentions: list[EventMention]) -> EventMention:
    assert len(mentions) == 1, mentions
    return mentions[0]


def test_air_strike_on_civilians_is_explosions_with_latest_toll():
    m = only(code_events(article("hodeidah_airstrike.txt")))
    assert (m.event_type, m.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert m.actor1 == "Saudi-led coalition" and m.actor1_kind == "state forces"
    assert m.actor2 == "Civilians (Yemen)" and m.actor2_kind == "civilians"
    assert (
        m.event_date == date(2019, 7, 16) and m.date_precision == "day"
    )  # "on Tuesday", published Wednesday
    assert m.fatalities == 26  # the toll "had risen to twenty-six"; the 40 wounded are not dead
    assert m.country == "Yemen"
    assert m.latitude is not None and abs(m.latitude - 14.8) < 0.3 and abs(m.longitude - 42.95) < 0.3
    assert 0.0 <= m.confidence <= 1.0
    assert "fish market" in m.sentence


def test_threats_warnings_denials_and_anniversaries_are_not_events():
    assert code_events(article("threats_only.txt")) == []


def test_government_recapture_and_a_separate_clash():
    mentions = code_events(article("kidal_recapture.txt"))
    kinds = [(m.event_type, m.sub_event_type) for m in mentions]
    assert kinds[0] == ("Battles", "Government regains territory")
    assert mentions[0].actor1 == "Military Forces of Mali" and mentions[0].actor2 == "Rebels (Mali)"
    assert mentions[0].location == "Kidal" and mentions[0].event_date == date(2023, 11, 14)
    assert ("Battles", "Armed clash") in kinds
    assert all(m.fatalities == 0 for m in mentions)


def test_protest_dispersed_by_police():
    m = only(code_events(article("lagos_protest.txt")))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Protest with intervention")
    assert m.actor1 == "Protesters (Nigeria)" and m.actor2 == "Police Forces of Nigeria"
    assert m.event_date == date(2024, 2, 5) and m.location == "Lagos"


def test_abduction_with_a_killing_is_one_fatal_attack_on_civilians():
    m = only(code_events(article("kaduna_abduction.txt")))
    assert m.event_type == "Violence against civilians"
    assert m.sub_event_type == "Attack" and m.fatalities == 1
    assert m.actor1 == "Unidentified Armed Group (Nigeria)" and m.country == "Nigeria"
    assert m.event_date == date(2024, 3, 7)


def test_french_article_uses_the_french_lexicon_only():
    m = only(code_events(article("french_frappe.txt")))
    assert (m.event_type, m.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert m.fatalities == 13 and m.event_date == date(2024, 3, 17) and m.country == "Mali"
    # "protestation" / "attaque" in French never fire the English protest or attack rules
    assert all(x.event_type != "Protests" for x in code_events(article("french_frappe.txt")))


def test_english_rules_do_not_fire_on_an_article_in_a_language_without_a_lexicon():
    assert code_events(article("hodeidah_airstrike.txt", language="sw")) == []


def test_empty_text_gives_no_events():
    a = Article(url="u", canonical_url="u", title="", text="", published_at=None)
    assert code_events(a) == []


def test_no_publication_date_gives_undated_events_not_guessed_ones():
    a = article("hodeidah_airstrike.txt")
    undated = Article(
        url=a.url, canonical_url=a.url, title=a.title, text=a.text, published_at=None, language="en"
    )
    m = only(code_events(undated))
    assert m.event_date is None and m.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Rebels threatened to attack the airport.", "attack"),
        ("The army could launch air strikes within days.", "air strikes"),
        ("The ministry denied that its jets had bombed the market.", "bombed"),
        ("The group continues to carry out attacks in the region.", "attacks"),
        ("They prepared to strike the base.", "strike"),
        ("Crowds have gathered there every day since the city fell to the rebels.", "fell to"),
    ],
)
def test_unreal_triggers(sentence, word):
    start = sentence.index(word)
    assert is_unreal(sentence, start, start + len(word))


def test_real_trigger_after_a_clause_break():
    s = "The minister warned of reprisals, as an air strike on the barracks left 12 soldiers dead."
    start = s.index("air strike")
    assert not is_unreal(s, start, start + len("air strike"))


@pytest.mark.parametrize(
    "sentence",
    ["More than 1,000 civilians have been killed since the war began.",
     "The conflict, now in its sixth year, has killed thousands of people.",
     "In 2018 the two sides agreed a ceasefire."],
)  # fmt: skip
def test_background_sentences(sentence):
    assert is_background(sentence, 2020)


def test_superlative_is_not_a_running_total():
    assert not is_background("It was the deadliest attack on the army since 2017.", 2020)


def test_every_trigger_is_in_the_taxonomy_or_a_named_placeholder():
    assert sum(len(v) for v in TAXONOMY.values()) == 25 and len(TAXONOMY) == 6
    placeholders = {"explosion", "territory"}
    for t in load_triggers():
        assert (
            is_valid(t.event_type, t.sub_event_type)
            or t.event_type == "violence"
            or t.sub_event_type in placeholders
        )


def test_strongest_trigger_wins_overlaps():
    found = find_triggers("A suicide car bomb exploded at the gate.", "en")
    assert found[0].trigger.sub_event_type == "Suicide bomb"


def test_dateline_reporting_dates_and_running_totals_are_not_the_event():
    mentions = code_events(article("nyala_dateline.txt"))
    shelling = mentions[0]
    assert (shelling.event_type, shelling.sub_event_type) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert shelling.event_date == date(
        2024, 6, 16
    )  # "on Sunday": not the dateline's June 18, not "said on Monday"
    assert shelling.location == "Nyala" and shelling.geo_precision == 2  # "near Nyala", not Khartoum
    assert shelling.fatalities == 9  # the toll "later rose to nine"; the initial four is superseded
    assert shelling.actor1 == "Rapid Support Forces (RSF)" and shelling.actor2 == "Civilians (Sudan)"
    # the separate raid is its own event; "tens of thousands killed since then" is no event at all
    raid = mentions[1]
    assert (raid.event_type, raid.sub_event_type, raid.fatalities) == (
        "Violence against civilians",
        "Attack",
        3,
    )
    assert len(mentions) == 2
    assert all(m.country == "Sudan" for m in mentions)  # "officials in Washington" place nothing abroad


def test_a_claim_of_responsibility_names_the_perpetrator_and_restatements_merge():
    m = only(code_events(article("kabul_claim.txt")))
    assert (m.event_type, m.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")
    assert m.actor1 == "Islamic State Khorasan Province (ISIS-K)" and m.actor1_kind == "rebel group"
    assert m.fatalities == 6  # four soldiers and two civilians
    assert m.event_date == date(2022, 9, 5) and m.location == "Kabul"


def test_german_article_reads_actors_dates_and_the_later_toll():
    m = only(code_events(article("german_luftangriff.txt")))
    assert (m.event_type, m.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert m.actor1 == "Military Forces of Syria" and m.actor2 == "Military Forces of Turkey"
    assert m.fatalities == 12 and m.event_date == date(2020, 3, 1) and m.country == "Syria"


def test_events_come_main_event_first():
    mentions = code_events(article("kidal_recapture.txt"))
    assert mentions[0].sub_event_type == "Government regains territory"


def inline(text: str, published: str, title: str = "") -> list[EventMention]:
    when = datetime.fromisoformat(published).replace(tzinfo=UTC)
    return code_events(
        Article(url="u", canonical_url="u", title=title, text=text, published_at=when, language="en")
    )


def test_a_clause_joined_by_as_shares_the_date_of_its_sentence():
    text = (
        "The interior ministry on Tuesday accused the opposition of stirring unrest in the north of the country, "
        "as 14 Nigerien soldiers were killed in an ambush by jihadists near Tillaberi amid rising insecurity."
    )
    m = only(inline(text, "2024-06-12"))  # published Wednesday
    assert m.event_date == date(2024, 6, 11)
    assert m.fatalities == 14 and m.country == "Niger"


def test_passive_capture_of_a_town_is_a_territory_change_dated_in_weeks():
    text = "The Sudanese town of Wad Madani was captured by government forces two weeks ago after heavy fighting."
    m = only(inline(text, "2023-05-20"))
    assert (m.event_type, m.sub_event_type) == ("Battles", "Government regains territory")
    assert m.event_date == date(2023, 5, 6) and m.date_precision == "week"


def test_language_is_detected_when_the_caller_gives_none():
    # a French article handed over without a language is not read with the English rules
    a = article("french_frappe.txt", language=None)
    m = only(code_events(a))
    assert m.fatalities == 13 and m.event_date == date(2024, 3, 17)


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were killed in Kano on Sunday when a bus collided with a truck, police said.",
        "A gas cylinder explosion killed four people at a restaurant in Kismayo on Monday.",
        "Turkey protested to Russia on Monday over the shelling of its observation posts in Syria's Homs.",
    ],
)
def test_accidents_and_diplomatic_protests_are_not_conflict_events(text):
    assert all(
        m.event_type not in ("Violence against civilians", "Protests") for m in inline(text, "2021-05-11")
    )
    assert not any(m.sub_event_type == "Remote explosive/landmine/IED" for m in inline(text, "2021-05-11"))


def test_a_fight_between_two_sides_names_both_in_order():
    text = "Heavy clashes between the Sudanese army and the Rapid Support Forces killed 12 fighters in Omdurman on Friday."
    m = only(inline(text, "2023-06-10"))
    assert (m.event_type, m.sub_event_type) == ("Battles", "Armed clash")
    assert m.actor1 == "Military Forces of Sudan (SAF)" and m.actor2 == "Rapid Support Forces (RSF)"
    assert m.fatalities == 12 and m.event_date == date(2023, 6, 9)
