"""Round 14 language rules (langb: fr, ru, uk, de, tr, id, ar), learned from reading real news in each
language: a people noun after the armed doer of a verb-first clause is its victim (OBJECT_AFTER_DOER);
a day named between a killed word and its singular victim keeps them next to each other
(DAY_IN_THE_GAP); a word of force on protesters in a report of no crowd is only the weapon of its
killing (FORCE_ON_NO_CROWD); a verb-first speaker's word for itself counts from the speaker
(SPEAKER_THEN_SELF); a
number before a noun for people counts it, not the actor before it (NEXT_NOUN_COUNTED); a strike of unstated kind takes the kind of the weapon its sentence names
(WEAPON_OF_THE_STRIKE); a capture and the fighting of it in one clause are one capture
(CAPTURE_OF_THE_FIGHT); Indonesian provinces with the compass word after the name (COMPASS_AFTER_NAME,
extractors/data/place_names.yaml); pack words; and the probe reports of tests/round14_b_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from extractors.events.places import find_places
from tests.coding import assert_probe_rows, code_text, only, probe_params
from tests.round14_b_probes import PROBES, PUBLISHED

# --------------------------------------------------------------------------- OBJECT_AFTER_DOER


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون مجهولون رجلا يوم الثلاثاء في مدينة درعا جنوب سوريا.",
        "قتل مسلحون مجهولون مزارعا يوم الثلاثاء في مدينة حمص.",
    ],
)
def test_arabic_gunmen_before_a_man_killed_him(text: str) -> None:
    # killed (verb) unknown gunmen (subject) a man (object): the man is the victim, not the gunmen's noun
    m = only(code_text(text, language="ar", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Attack", 1)
    assert m.actor1 is not None and m.actor1.startswith("Unidentified Armed Group")
    assert m.actor2 is not None and m.actor2.startswith("Civilians")


def test_masked_people_before_their_act_are_still_one_armed_actor() -> None:
    # subject-first Turkish: "maskeli kişiler" (masked persons) stays one armed doer
    m = only(code_text("Maskeli kişiler salı günü Bağdat'ta 18 Türk işçiyi kaçırdı.", language="tr",
                       published=PUBLISHED))  # fmt: skip
    assert (m.sub_event_type, m.actor1) == (
        "Abduction/forced disappearance",
        "Unidentified Armed Group (Iraq)",
    )


# --------------------------------------------------------------------------- DAY_IN_THE_GAP


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "قتلت القوات الإسرائيلية يوم الثلاثاء شابا في مدينة جنين."),
        ("fr", "Des inconnus ont tué mardi soir un commerçant à Bamako."),
    ],
)
def test_a_day_between_the_killing_and_its_one_victim_keeps_the_victim_counted(
    language: str, text: str
) -> None:
    assert only(code_text(text, language=language, published=PUBLISHED)).fatalities == 1


# --------------------------------------------------------------------------- FORCE_ON_NO_CROWD


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "قتلت القوات الإسرائيلية يوم الثلاثاء شابا فلسطينيا برصاص حي خلال اقتحام مدينة جنين."),
        ("en", "Israeli forces killed a young man with live ammunition during a raid on Jenin on Tuesday."),
    ],
)
def test_live_ammunition_in_a_raid_with_no_crowd_is_an_attack_not_a_protest(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.actor1) == ("Attack", 1, "Military Forces of Israel")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ar",
            "أطلقت قوات الأمن الرصاص الحي على المتظاهرين يوم الثلاثاء في بغداد، ما أسفر عن مقتل ثلاثة محتجين.",
        ),
        ("en", "Police fired live ammunition at protesters in Nairobi on Tuesday, killing three."),
    ],
)
def test_live_ammunition_on_protesters_is_still_excessive_force(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Excessive force against protesters", 3)


# --------------------------------------------------------------------------- WEAPON_OF_THE_STRIKE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "У вівторок у Сумах внаслідок удару російської ракети по центру міста загинули 11 людей."),
        (
            "uk",
            "У вівторок у Дніпрі внаслідок удару балістичної ракети по житловому кварталу загинули 11 людей.",
        ),
    ],
)
def test_a_strike_whose_weapon_is_a_missile_is_a_missile_attack(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Shelling/artillery/missile attack", 11)


def test_a_strike_of_the_state_with_no_weapon_named_stays_an_air_strike() -> None:
    m = only(code_text("У вівторок росіяни вдарили по Харкову, загинули двоє людей.", language="uk",
                       published=PUBLISHED))  # fmt: skip
    assert (m.sub_event_type, m.fatalities) == ("Air/drone strike", 2)


# --------------------------------------------------------------------------- CAPTURE_OF_THE_FIGHT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Dschihadisten haben am Dienstag nach heftigen Kämpfen die Stadt Djibo eingenommen."),
        ("fr", "Les rebelles du M23 se sont emparés mardi de la ville de Rubaya après de violents combats avec l'armée."),
    ],
)  # fmt: skip
def test_a_town_taken_after_fighting_in_one_clause_is_a_capture(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert m.sub_event_type == "Non-state actor overtakes territory"


# --------------------------------------------------------------------------- SPEAKER_THEN_SELF


@pytest.mark.parametrize(
    ("text", "sub_event_type", "fatalities"),
    [
        ("أعلن الجيش السوداني يوم الثلاثاء أنه قتل 20 مسلحا في سنجة.", "Armed clash", 20),
        (
            "أعلن الجيش السوداني يوم الثلاثاء أنه استعاد السيطرة على مدينة سنجة.",
            "Government regains territory",
            0,
        ),
    ],
)
def test_an_arabic_speaker_who_says_it_acted_is_the_doer(
    text: str, sub_event_type: str, fatalities: int
) -> None:
    # verb-first: announced (the army) (on Tuesday) that it ...: "it" follows the speaker, not the verb
    m = only(code_text(text, language="ar", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.actor1) == (
        sub_event_type,
        fatalities,
        "Military Forces of Sudan",
    )


# --------------------------------------------------------------------------- NEXT_NOUN_COUNTED


@pytest.mark.parametrize(
    "text",
    [
        "Diyarbakır'da salı günü silahlı kişiler bir adamı öldürdü.",
        # "muhtar" (a village headman): a civilian
        "Diyarbakır'da salı günü silahlı kişiler bir muhtarı öldürdü.",
    ],
)
def test_a_turkish_number_between_the_gunmen_and_a_man_counts_the_man(text: str) -> None:
    # subject, object, verb: "bir" (one) opens the noun after it, the gunmen are not counted by it
    m = only(code_text(text, language="tr", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.actor1, m.actor2) == (
        "Attack",
        1,
        "Unidentified Armed Group (Turkey)",
        "Civilians (Turkey)",
    )


def test_a_noun_first_count_still_counts_its_noun() -> None:
    m = only(code_text("Waandamanaji wawili waliuawa na polisi mjini Nairobi Jumanne.", language="sw",
                       published=PUBLISHED))  # fmt: skip
    assert (m.fatalities, m.actor2) == (2, "Police Forces of Kenya")


# --------------------------------------------------------------------------- COMPASS_AFTER_NAME (id)


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Papua Tengah", "Central Papua"),
        ("Kalimantan Timur", "East Kalimantan"),
        ("Sulawesi Selatan", "South Sulawesi"),
        ("Nusa Tenggara Timur", "East Nusa Tenggara"),
    ],
)
def test_an_indonesian_province_with_its_compass_word_after_the_name_resolves(name: str, region: str) -> None:
    # Indonesian puts the direction after the name, as Romance names do: keyed direction first
    places = find_places(f"Polisi menangkap dua orang di {name} pada Selasa.", None, "id")
    assert [(p.name, p.kind) for p in places] == [(region, "admin1")]


def test_a_clash_placed_only_by_its_new_province_is_coded() -> None:
    m = only(code_text("Seorang prajurit TNI gugur dalam kontak tembak dengan KKB di Kabupaten Puncak, Papua Tengah, "
                       "pada Selasa.", language="id", published=PUBLISHED))  # fmt: skip
    # (round 16: the regency the gazetteer lacks in Central Papua is kept by name, at its province:
    # OWN_REGION for another region of its own country, no Puncak of West Java)
    assert (m.sub_event_type, m.fatalities, m.location, m.admin1) == (
        "Armed clash",
        1,
        "Puncak",
        "Central Papua",
    )


# --------------------------------------------------------------------------- pack vocabulary


@pytest.mark.parametrize(
    ("language", "text", "sub_event_type", "fatalities"),
    [
        # ru "отбили у" (took back from): a recapture; "отбили атаку" stays a repelled attack
        ("ru", "Во вторник правительственные войска отбили у боевиков город Хомс.", "Government regains territory", 0),
        # tr "yeniden ele geçirdi" (took again)
        ("tr", "Mali ordusu salı günü Kidal kentinin kontrolünü yeniden ele geçirdi.", "Government regains territory", 0),
        # de: a drone on its own
        ("de", "Die Huthi-Miliz hat am Dienstag eine Drohne auf Tel Aviv abgefeuert; ein Mann wurde getötet.",
         "Air/drone strike", 1),
        # de "gelyncht": lynched, one man killed
        ("de", "Ein wütender Mob hat am Dienstag in Sialkot einen Mann gelyncht.", "Mob violence", 1),
        # uk "пікетували" (picketed)
        ("uk", "У вівторок у Львові студенти пікетували обласну адміністрацію з вимогою відставки ректора.",
         "Peaceful protest", 0),
    ],
)  # fmt: skip
def test_round14_b_vocabulary(language: str, text: str, sub_event_type: str, fatalities: int) -> None:
    events = code_text(text, language=language, published=PUBLISHED)
    assert (sub_event_type, fatalities) in [(e.sub_event_type, e.fatalities) for e in events]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Во вторник житель Новосибирска напал с ножом на прохожих, погибла женщина."),
        ("uk", "У вівторок мешканець Житомира напав з ножем на перехожих, загинула жінка."),
    ],
)
def test_a_resident_with_a_knife_is_one_assailant_no_mob(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Attack", 1)


# --------------------------------------------------------------------------- the probe reports

MISSED = {  # probes still missed, each for a reason of its own (see ROUND14.md notes): xfail, not hidden
    "толпа разгромила кафе",  # (round 16: "неизвестные обстреляли пост ДПС" passes, GUNMEN_FIRED)
    "скинув вибухівку", "зі стрілецької зброї",
    "bei einer Razzia", "kantor DPRD",
    "menghakimi", "Kabupaten Banyuwangi",
    # "محافظة الأنبار" passes since round 15 (WRITTEN_REGION_NAMES); round 17: "обстрілу Куп'янська"
    # (APOSTROPHE_IN_NAME) and Papua's regencies (WRITTEN_DISTRICTS: Beoga, Nduga, Yahukimo, Pegunungan
    # Bintang, Intan Jaya) pass: off the list
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    probe_params(PROBES, lambda text: any(k in text for k in MISSED)),
)
def test_round14_b_probe_report(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
