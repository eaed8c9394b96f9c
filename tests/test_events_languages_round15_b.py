"""Round 15 language rules (langb: fr, ru, uk, ar, tr, de, id), learned from reading real news in each
language: a group next to a member noun in an arrest is whom the arrested belong to
(GROUP_OF_THE_ARRESTED, pack key `member_nouns`); a holder named before the act in a verb-final clause
held the place, it did not take it (HOLDER_BEFORE_THE_ACT); a clitic a phrase writes as a word matches
the clitic written onto the next word (ELIDED_CLITIC: "menacé d'attaquer"); two single victims joined
are two dead (PAIR_OF_VICTIMS); "destroyed N fighters" counts N dead only for men (DESTROYED_FIGHTERS,
the ru/uk packs, by GAPPED_OUTCOME); pack words; and the probe reports of tests/round15_b_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import assert_probe_rows, code_text, only, probe_params
from tests.round15_b_probes import PROBES, PUBLISHED

# --------------------------------------------------------------------------- GROUP_OF_THE_ARRESTED


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        ("tr", "Bursa'da cumartesi günü DEAŞ üyesi olduğu belirlenen 6 şüpheli gözaltına alındı.", "Islamic State (IS)"),
        ("tr", "Mersin'de cumartesi günü PKK üyesi 4 kişi yakalandı.", "PKK"),
        ("de", "Fünf mutmaßliche Mitglieder des Islamischen Staates wurden am Samstag in Bochum festgenommen.",
         "Islamic State (IS)"),
    ],
)  # fmt: skip
def test_members_of_a_group_detained_are_an_arrest_of_that_group(
    language: str, text: str, group: str
) -> None:
    # the group names the detained; it did not seize them (no abduction by it)
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.actor2) == ("Arrests", group)
    assert m.actor1 != group


def test_an_armed_group_that_seizes_people_is_still_an_abduction() -> None:
    m = only(code_text("Irak'ın Musul kentinde cumartesi günü silahlı kişiler üç işçiyi kaçırdı.", language="tr",
                       published=PUBLISHED))  # fmt: skip
    assert m.sub_event_type == "Abduction/forced disappearance"


# --------------------------------------------------------------------------- HOLDER_BEFORE_THE_ACT


def test_a_town_in_a_groups_hands_taken_back_is_the_armys_recapture() -> None:
    text = "Sudan ordusu cumartesi günü Hızlı Destek Kuvvetleri'nin elindeki Bara kentini geri aldı."
    m = only(code_text(text, language="tr", published=PUBLISHED))
    assert (m.sub_event_type, m.actor1, m.actor2) == (
        "Government regains territory",
        "Military Forces of Sudan",
        "Rapid Support Forces (RSF)",
    )


def test_a_group_that_takes_a_town_from_its_holder_is_still_its_taker() -> None:
    # the army holds the town (its genitive before "elindeki"), the RSF named first takes it
    text = "Hızlı Destek Kuvvetleri cumartesi günü ordunun elindeki El Faşir kentini ele geçirdi."
    m = only(code_text(text, language="tr", published=PUBLISHED))
    assert (m.actor1, m.actor2) == ("Rapid Support Forces (RSF)", "Military Forces of Sudan")


# --------------------------------------------------------------------------- ELIDED_CLITIC


@pytest.mark.parametrize(
    "text",
    [
        "Le M23 menace d'assiéger Uvira, dans le Sud-Kivu.",
        "Les rebelles ont menacé samedi d'assiéger Uvira.",
        "Les jihadistes ont menacé d'abattre tout avion qui survolerait Djibo.",
    ],
)
def test_a_threat_with_its_clitic_on_the_verb_is_no_event(text: str) -> None:
    # "menacer d'" in the pack: the "d'" is written onto the next verb, not a word of its own
    assert code_text(text, language="fr", published=PUBLISHED) == []


def test_the_act_itself_is_still_coded() -> None:
    m = only(code_text("Le M23 a assiégé Uvira samedi.", language="fr", published=PUBLISHED))
    assert m.sub_event_type == "Armed clash"


# --------------------------------------------------------------------------- PAIR_OF_VICTIMS


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "أطلق مسلحون النار السبت على سيارة في ريف حماة، ما أسفر عن مقتل امرأة وطفلها."),
        ("en", "Gunmen shot dead a woman and her son in Zamfara state, Nigeria, on Saturday."),
        ("en", "Gunmen killed a man and his son in Zamfara state, Nigeria, on Saturday."),
        ("fr", "Des hommes armés ont tué samedi une femme et son enfant près de Djibo."),
    ],
)
def test_two_single_victims_joined_are_two_dead(language: str, text: str) -> None:
    assert only(code_text(text, language=language, published=PUBLISHED)).fatalities == 2


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen killed a man and injured a woman in Zamfara state, Nigeria, on Saturday.", 1),
        ("Gunmen killed a man and a woman in Zamfara state, Nigeria, on Saturday.", 2),
        ("Gunmen killed a man and two women in Zamfara state, Nigeria, on Saturday.", 3),
    ],
)
def test_a_victim_after_an_act_word_or_counted_on_its_own_is_no_pair(text: str, killed: int) -> None:
    assert only(code_text(text, language="en", published=PUBLISHED)).fatalities == killed


# --------------------------------------------------------------------------- DESTROYED_FIGHTERS


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("ru", "В субботу армия Нигера нанесла авиаудар по лагерю боевиков под Диффой, уничтожено около 15 боевиков.", 15),
        ("uk", "У суботу Сили оборони відбили штурм біля Торецька, знищено 25 окупантів.", 25),
    ],
)  # fmt: skip
def test_destroyed_fighters_are_dead(language: str, text: str, killed: int) -> None:
    events = code_text(text, language=language, published=PUBLISHED)
    assert killed in [e.fatalities for e in events]


def test_destroyed_vehicles_are_no_dead() -> None:
    events = code_text("У суботу Сили оборони відбили штурм біля Торецька, знищено 5 танків.", language="uk",
                       published=PUBLISHED)  # fmt: skip
    assert all(e.fatalities == 0 for e in events)


# --------------------------------------------------------------------------- POSTPOSITION_IN_THE_CLAUSE (tr)


@pytest.mark.parametrize(
    "text",
    [
        "M23 cumartesi günü şiddetli çatışmaların ardından Goma kentini ele geçirdi.",
        "M23 cumartesi günü çatışmalardan sonra Goma kentini ele geçirdi.",
    ],
)
def test_a_turkish_postposition_after_a_noun_does_not_part_the_subject_from_its_verb(text: str) -> None:
    # "ardından", "sonra" after a noun (after the clashes) are postpositions, no clause connectors:
    # the subject before them took the town
    m = only(code_text(text, language="tr", published=PUBLISHED))
    assert (m.sub_event_type, m.actor1) == ("Non-state actor overtakes territory", "M23 (March 23 Movement)")


# --------------------------------------------------------------------------- OPEN_END (own_keys)


def test_a_word_the_future_ending_would_take_is_its_own() -> None:
    # tr "*ecek" (will ...) takes "yiyecek" (food): listed in own_keys, the wildcard leaves it alone
    text = "Suriye'de cumartesi günü yiyecek dağıtımı sırasında düzenlenen hava saldırısında 8 sivil öldü."
    m = only(code_text(text, language="tr", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Air/drone strike", 8)


def test_the_future_ending_still_reads_a_future() -> None:
    assert code_text("Ordu gelecek hafta Kidal'e saldıracak.", language="tr", published=PUBLISHED) == []


# --------------------------------------------------------------------------- pack vocabulary


@pytest.mark.parametrize(
    ("language", "text", "sub_event_type", "fatalities"),
    [
        # uk/ru "КАБ": a guided aerial bomb by its abbreviation
        ("uk", "У суботу окупанти скинули КАБ на Костянтинівку, загинула жінка.", "Air/drone strike", 1),
        # ru: a camp attacked is no base established
        ("ru", "В субботу в Нигере боевики напали на военный лагерь под Тиллабери, погибли 12 военнослужащих.",
         "Armed clash", 12),
        # ar "فرقت ... اعتصاما": a sit-in broken up
        ("ar", "فرقت الشرطة السبت بالقوة اعتصاما للعمال أمام مقر الولاية في البصرة.", "Protest with intervention", 0),
        # tr "bomba yüklü bir araç": a car bomb, whatever word stands between
        ("tr", "Mogadişu'da cumartesi günü bomba yüklü bir araç infilak etti, 5 kişi öldü.",
         "Remote explosive/landmine/IED", 5),
        # fr "découvert ... une cache": a weapons cache found
        ("fr", "Des soldats ont découvert samedi une cache d'armes près de Ménaka, au Mali.", "Disrupted weapons use", 0),
        # id "menyita ... senjata": a number between the verb and the weapons
        ("id", "Polisi menyita tiga pucuk senjata api dari sebuah rumah di Jayapura, Sabtu.", "Disrupted weapons use", 0),
        # ru "СБР": the RSF by its Russian abbreviation, the army's foe
        ("ru", "В субботу в Судане армия отбила у СБР город Бара.", "Government regains territory", 0),
    ],
)  # fmt: skip
def test_round15_b_vocabulary(language: str, text: str, sub_event_type: str, fatalities: int) -> None:
    events = code_text(text, language=language, published=PUBLISHED)
    assert (sub_event_type, fatalities) in [(e.sub_event_type, e.fatalities) for e in events]


def test_a_mine_collapse_is_no_conflict_event() -> None:
    text = "انتشل الدفاع المدني السبت جثث ستة عمال قضوا في انهيار منجم للذهب في ولاية نهر النيل."
    assert code_text(text, language="ar", published=PUBLISHED) == []


# --------------------------------------------------------------------------- the probe reports

MISSED = {  # probes still missed, each for a reason of its own (ROUND15.md notes): xfail, not hidden
    # places the gazetteer lacks (a province, a regency, a governorate in Arabic): the geo row's classes
    # (round 16: "province du Sourou" resolves, MISSING_DISTRICTS and ARTICLE_SKIP: off the list)
    # (round 17: Papua's regencies Intan Jaya, Yalimo, Pegunungan Bintang, Mimika resolve, WRITTEN_DISTRICTS)
    # (round 18: "Кабардино-Балкарии" resolves, WRITTEN_REGION_NAMES' Russian rows: off the list)
    "Sukoharjo",
    # (round 16: the Arabic "مقتل شرطيين" counts two, DUAL_OF_A_PERSON)
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    probe_params(PROBES, lambda text: any(k in text for k in MISSED)),
)
def test_round15_b_probe_report(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
