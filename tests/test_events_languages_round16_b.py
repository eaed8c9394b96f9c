"""Round 16 language rules (langb: fr, ru, uk, de, tr, id, ar), learned from reading real news in each
language: the dual of a noun for one person is a count of two (DUAL_OF_A_PERSON, pack key
`numbers.dual_endings`: Arabic "مقتل شرطيين", two policemen killed); unidentified gunmen firing at
something fire small arms (GUNMEN_FIRED: "неизвестные обстреляли пост ДПС" is a clash, no shelling);
a state's weapon fired in another state is a strike beside a fire the lead tells (FOREIGN_WEAPON);
a locale's weekday form the pack maps to "none" is no day (NOT_A_DAY: uk "серед", among); a country
right before a place noun or a direction word holds the place, it is no doer (POSSESSED_PLACE); a
people word before a member noun of a force is one of its men (MEMBER_OF_A_FORCE);
pack words (French agents "sous les balles de", "reprendre ... le contrôle", a retaking that tells its
own fight; Russian and Ukrainian passive abductions; French and Arabic one-person nouns); and the
probe reports of tests/round16_langb_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import assert_probe_rows, code_text, only, probe_params
from tests.round16_langb_probes import PROBES, PUBLISHED

# --------------------------------------------------------------------------- DUAL_OF_A_PERSON


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("أسفر الهجوم عن مقتل شرطيين وإصابة ثلاثة آخرين السبت في مدينة الزاوية.", 2),
        ("قتل مدنيان السبت في غارة بطائرة مسيرة على سيارة في ريف إدلب.", 2),
        ("قتلت امرأتان السبت في قصف على حلب.", 2),
        ("أسفر القصف عن مقتل جنديين السبت في مدينة حلب.", 2),
        # "مسعفون" is a word: "مسعفين" may be paramedics (a plural), no count of two
        ("أسفر القصف عن مقتل مسعفين السبت في مدينة حلب.", 0),
        # a number before the nisba's "ين" makes it a plural: the number counts
        ("قتل 5 مدنيين السبت في غارة بطائرة مسيرة على سيارة في ريف إدلب.", 5),
    ],
)  # fmt: skip
def test_the_dual_of_a_person_counts_two(text: str, fatalities: int) -> None:
    assert only(code_text(text, language="ar", published=PUBLISHED)).fatalities == fatalities


def test_a_dual_far_from_any_outcome_word_counts_nobody() -> None:
    # "two doctors" named as the ones who spoke: no count of the dead
    text = "قتل ثلاثة أشخاص السبت في قصف على حلب، بحسب طبيبين في المستشفى."
    assert only(code_text(text, language="ar", published=PUBLISHED)).fatalities == 3


# --------------------------------------------------------------------------- GUNMEN_FIRED


def test_unidentified_gunmen_firing_at_a_post_is_a_clash_not_shelling() -> None:
    text = "В субботу в Ингушетии неизвестные обстреляли пост ДПС, ранены двое полицейских."
    m = only(code_text(text, language="ru", published=PUBLISHED))
    assert (m.sub_event_type, m.actor1) == ("Armed clash", "Unidentified Armed Group (Russia)")


def test_an_army_firing_at_a_town_is_still_shelling() -> None:
    m = only(code_text("В субботу ВСУ обстреляли Донецк, погибли двое.", language="ru", published=PUBLISHED))
    assert m.sub_event_type == "Shelling/artillery/missile attack"


# --------------------------------------------------------------------------- FOREIGN_WEAPON


@pytest.mark.parametrize(
    ("language", "text", "actor1"),
    [
        ("ru", "В субботу украинские беспилотники атаковали нефтебазу в Брянской области, возник пожар, пострадавших нет.",
         "Military Forces of Ukraine"),
        ("uk", "У суботу російські дрони атакували нафтобазу на Київщині, виникла пожежа, постраждалих немає.",
         "Military Forces of Russia"),
    ],
)  # fmt: skip
def test_a_states_drones_striking_another_state_are_a_strike_beside_a_fire(
    language: str, text: str, actor1: str
) -> None:
    # the fire is the strike's doing, no report about a fire; no one hurt, no one named hit
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.actor1) == ("Air/drone strike", actor1)


def test_an_army_drilling_at_home_beside_a_fire_is_still_no_event() -> None:
    text = "В субботу армия провела учения с боевой стрельбой из артиллерии в Брянской области, возник пожар."
    assert code_text(text, language="ru", published=PUBLISHED) == []


# --------------------------------------------------------------------------- NOT_A_DAY and a projectile's hit

UK_KHARKIV = (
    "У ніч на суботу російські війська атакували Харків ударними безпілотниками. Внаслідок влучання в "
    "житлову багатоповерхівку загинули двоє людей, ще 14 отримали поранення, серед них дитина, повідомив "
    "начальник обласної військової адміністрації. На місці працюють рятувальники."
)


def test_among_them_is_no_wednesday_and_the_hit_is_the_strike() -> None:
    # "серед них" (among them) named no Wednesday; "влучання" (a hit) is the drone strike told again
    m = only(code_text(UK_KHARKIV, language="uk", published=PUBLISHED, title="Ворог атакував Харків дронами"))
    assert (str(m.event_date), m.sub_event_type, m.fatalities) == ("2025-11-15", "Air/drone strike", 2)


def test_wednesday_is_still_a_day_in_ukrainian() -> None:
    m = only(code_text("У середу російські дрони атакували Харків, загинули двоє людей.", language="uk",
                       published=PUBLISHED))  # fmt: skip
    assert str(m.event_date) == "2025-11-12"


def test_a_hit_in_russian_is_the_strike_told_again() -> None:
    # (passes on main too: the Russian pack needs no word for the hit; a guard beside the Ukrainian one)
    text = (
        "В ночь на субботу российские войска атаковали Харьков ударными беспилотниками. В результате "
        "попадания в жилую многоэтажку погибли два человека, еще 14 получили ранения, сообщил глава области."
    )
    m = only(code_text(text, language="ru", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Air/drone strike", 2)


# --------------------------------------------------------------------------- pack words


@pytest.mark.parametrize(
    ("language", "text", "sub_event_type", "fatalities", "actor2"),
    [
        # the men after "sous les balles de" fired; the gendarmes before it fell
        ("fr", "Trois gendarmes sont tombés sous les balles de jihadistes samedi près de Kaya.",
         "Armed clash", 3, "Police Forces of Burkina Faso"),
        ("fr", "Un commerçant est mort sous les coups de ses ravisseurs samedi à Kaya.", "Attack", 1,
         "Civilians (Burkina Faso)"),
        # whom the town was taken from stands between the verb and "le contrôle"; a retaking is a fight
        ("fr", "Les FARDC ont repris samedi aux rebelles du M23 le contrôle de Goma.",
         "Government regains territory", 0, None),
        # a singular person next to the killed word: one dead
        ("fr", "Une frappe de drone israélienne a visé samedi une moto près de Tyr, au Liban, tuant son conducteur.",
         "Air/drone strike", 1, None),
        # a passive abduction with no doer named
        ("ru", "В субботу в Мали похищены трое иностранных рабочих.", "Abduction/forced disappearance", 0, None),
        ("uk", "У суботу в Малі викрадені троє іноземних робітників.", "Abduction/forced disappearance", 0, None),
    ],
)  # fmt: skip
def test_round16_b_vocabulary(language: str, text: str, sub_event_type: str, fatalities: int,
                              actor2: str | None) -> None:  # fmt: skip
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == (sub_event_type, fatalities)
    if actor2 is not None:
        assert m.actor2 == actor2


def test_masked_people_throwing_stones_at_the_police_are_rioters() -> None:
    # "Vermummte" (the masked at a demonstration) are no gunmen: no property destruction by an armed group
    m = only(code_text("In Leipzig warfen Vermummte am Samstag Steine auf Polizisten.", language="de",
                       published=PUBLISHED))  # fmt: skip
    assert (m.sub_event_type, m.actor1) == ("Violent demonstration", "Rioters (Germany)")


def test_reinforcements_sent_after_an_attack_are_no_event_of_their_own() -> None:
    text = (
        "Au moins vingt civils ont été tués vendredi soir lors d'une attaque attribuée "
        "aux rebelles des ADF près de Mambasa, dans la province de l'Ituri. L'armée a dépêché des renforts "
        "dans la zone."
    )
    m = only(code_text(text, language="fr", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Attack", 20)


def test_the_verb_that_launched_a_masculine_act_names_its_doer() -> None:
    # "قصف شنته قوات الدعم السريع": shelling that the RSF launched (the object pronoun for a masculine act)
    text = ("قتل مدنيان وأصيب ستة آخرون، اليوم السبت، جراء قصف مدفعي شنته قوات الدعم السريع على أحياء سكنية "
            "في مدينة الفاشر.")  # fmt: skip
    m = only(code_text(text, language="ar", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.actor1) == (
        "Shelling/artillery/missile attack", 2, "Rapid Support Forces (RSF)")  # fmt: skip


def test_a_country_that_holds_the_place_named_after_it_carried_out_nothing() -> None:
    # POSSESSED_PLACE: "Suriye'nin kuzeyindeki Münbiç" is Manbij in Syria's north; no Syrian forces set the bomb
    text = "Suriye'nin kuzeyindeki Münbiç ilçesinde cumartesi günü bomba yüklü bir aracın patlaması sonucu 8 sivil öldü."
    m = only(code_text(text, language="tr", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.actor1) == (
        "Remote explosive/landmine/IED", 8, "Unidentified Armed Group (Syria)")  # fmt: skip


def test_a_country_in_the_possessive_before_its_act_is_still_the_doer() -> None:
    m = only(code_text("Rusya'nın cumartesi günü Harkiv'e düzenlediği füze saldırısında 3 kişi öldü.", language="tr",
                       published=PUBLISHED))  # fmt: skip
    assert m.actor1 == "Military Forces of Russia"


@pytest.mark.parametrize(
    ("text", "sub_event_type", "fatalities", "actor1"),
    [
        # the houses a vague word counts are no dead (numbers.objects)
        ("Bentrokan antarwarga pecah di Kota Tual, Maluku, Sabtu (15/11), menyebabkan dua orang tewas dan "
         "puluhan rumah dibakar.", None, 2, None),
        # the doer right after a passive verb, with no "oleh": the KKB shot them
        ("Dua warga sipil tewas ditembak KKB di Dekai, Papua, Sabtu (15/11).", "Attack", 2, "Rebels (Indonesia)"),
        # MEMBER_OF_A_FORCE: "seorang anggota Brimob" is a policeman (no civilian), shot by the KKB after the verb
        ("Seorang anggota Brimob gugur ditembak KKB di Puncak Jaya, Papua, Sabtu (15/11).", "Armed clash", 1,
         "Rebels (Indonesia)"),
        # a crowd burning a police post is rioting
        ("Massa membakar pos polisi di Jakarta, Sabtu (15/11).", "Violent demonstration", 0, "Rioters (Indonesia)"),
    ],
)  # fmt: skip
def test_round16_b_indonesian_words(text: str, sub_event_type: str | None, fatalities: int,
                                    actor1: str | None) -> None:  # fmt: skip
    m = only(code_text(text, language="id", published=PUBLISHED))
    assert m.fatalities == fatalities
    assert sub_event_type is None or m.sub_event_type == sub_event_type
    assert actor1 is None or m.actor1 == actor1


def test_militants_killed_resisting_arrest_were_not_arrested() -> None:
    # RESISTED_ARREST (ru hedges): "оказавших вооруженное сопротивление при задержании": the clash, no arrest
    text = ("В субботу в Махачкале в ходе контртеррористической операции ликвидированы трое боевиков, "
            "оказавших вооруженное сопротивление при задержании, сообщили в НАК.")  # fmt: skip
    m = only(code_text(text, language="ru", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Armed clash", 3)


def test_a_militant_neutralised_is_one_dead() -> None:
    text = "В субботу в Нальчике нейтрализован боевик, открывший огонь по полицейским."
    m = only(code_text(text, language="ru", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Armed clash", 1)


def test_classes_resuming_is_no_retaking() -> None:
    # "reprendre" tells a fight only beside a capture word: lessons that resume take no town
    events = code_text("Les cours ont repris samedi à Goma.", language="fr", published=PUBLISHED)
    assert all(e.event_type != "Battles" for e in events)


# --------------------------------------------------------------------------- the probe reports

MISSED = {  # probes still missed, each for a reason of its own (the report names them): xfail, not hidden
    # places the gazetteer lacks or resolves to nothing (a camp, a village, a road between two towns, a
    # regency, a district, a desert, a governorate in Arabic): the geo row's classes
    "Boulkessi", "Tin-Akoff", "l'axe Fada-Pama",
    "gedung DPRD Makassar", "صحراء الواحات", "شمال سيناء",
    # crowds: looting by rioters with no riot word; a group stopped before it marched; people on their
    # way to a banned rally (the types row's classes)
    "Randalierer haben", "yürümek isteyen gruba", "se rendaient à un rassemblement",
    # a lynching whose victim's death the text tells only by "son corps"
    "ont lynché samedi",
    # a capture with no fight word: the coder's convention (en "captured" too) is a non-violent transfer
    "Nowoselka",
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    probe_params(PROBES, lambda text: any(k in text for k in MISSED)),
)
def test_round16_b_probe_report(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
