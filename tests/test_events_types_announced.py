"""ANNOUNCED_ACT (`extractors/events/announcements.py`): a Strategic development that is its own
announcement keeps the day and place the announcing verb gives (a group's dissolution, a merger, a
base set up, a curfew declared); an arrest announced does not. Every sentence is written for these
tests (invented incidents; real places)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only

STRATEGIC = "Strategic developments"


@pytest.mark.parametrize(
    ("language", "text", "day", "town"),
    [
        ("en", "The armed group announced its dissolution on Monday in Bangui and handed its weapons to the "
               "United Nations mission.", "2025-05-12", "Bangui"),
        ("fr", "Les deux groupes armés ont annoncé leur dissolution lundi à Bangui, lors d'une cérémonie "
               "en présence de la Minusca.", "2025-05-12", "Bangui"),
        ("en", "Two rebel factions announced their merger on Tuesday in Homs, a spokesman said.",
               "2025-05-13", "Homs"),
        ("es", "La guerrilla anunció el martes en Bogotá su disolución como grupo armado.", "2025-05-13", "Bogota"),
    ],
)  # fmt: skip
def test_an_announced_change_keeps_the_announcements_day_and_place(language, text, day, town):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == (STRATEGIC, "Change to group/activity")
    assert str(m.event_date) == day and m.location == town


def test_a_reporting_verb_about_another_act_still_gives_no_day():
    # the arrest is announced, not made, on Monday in Abuja: the announcement's day is no arrest's
    m = only(code_text("Police announced on Monday in Abuja that five suspects had been arrested in Kano last "
                       "week.", language="en", published="2025-05-16"))  # fmt: skip
    assert m.sub_event_type == "Arrests" and m.location == "Kano"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un présumé voleur a été lynché par une foule en colère jeudi à Bukavu."),
        ("fr", "Deux présumés bandits ont été lynchés mardi par la population à Beni."),
    ],
)
def test_a_suspected_thief_lynched_is_mob_violence_not_a_hedge(language, text):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == ("Riots", "Mob violence")


# ---------------------------------------------------------------- a protest's noun is no crowd's noun


def test_no_protest_or_riot_word_reads_as_a_crowd_noun_it_is_not():
    """ "manifestation" is the act, "manifestant" the crowd: a stem they share must not make the act's
    noun a crowd noun (a crowd noun loses to any other act of its clause). Only a word the pack lists
    as both (en "protester", es "turba") is both."""
    from extractors.events.lexicon import available_languages, load_pack
    from extractors.events.reading import read

    clashes = []
    for code in available_languages():
        pack = load_pack(code)
        crowds = {p.phrase for p in pack._phrases if p.label in ("actors.protesters", "actors.rioters")}
        for p in pack._phrases:
            if not p.label.startswith(("triggers.Protests", "triggers.Riots")) or p.phrase in crowds:
                continue
            if any(ch in p.phrase for ch in "*_=.") or " " in p.phrase:
                continue
            r = read(p.phrase, code)
            if len(r.tokens) == 1 and r.hits("actors.protesters", "actors.rioters"):
                clashes.append((code, p.phrase))
    assert clashes == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Сотни жителей Хабаровска в субботу вышли на митинг в поддержку арестованного губернатора."),
        ("fr", "Des centaines de personnes ont pris part samedi à Dakar à une manifestation contre l'arrestation "
               "de l'opposant."),
        ("es", "Cientos de personas participaron el sábado en Caracas en una manifestación contra la detención "
               "de un dirigente opositor."),
    ],
)  # fmt: skip
def test_a_protest_against_an_arrest_is_the_protest(language, text):
    m = only(code_text(text, language=language, published="2025-05-19"))
    assert m.event_type == "Protests"


# ---------------------------------------------------------------- seized arms, a blockade's place


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The army said it had seized a large cache of weapons, including rifles and rocket-propelled "
               "grenades, in a forest near Maiduguri on Thursday."),
        ("en", "Soldiers recovered a weapons haul, among them mortar rounds and grenades, in a raid near Gao on "
               "Tuesday."),
    ],
)  # fmt: skip
def test_weapons_a_seizure_lists_are_what_was_seized(language, text):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == (STRATEGIC, "Disrupted weapons use")


def test_an_act_between_a_reporting_verb_and_a_place_keeps_the_place():
    m = only(code_text("The farmers' union said the blockade in Ludhiana lasted six hours on Friday.",
                       language="en", published="2025-05-16"))  # fmt: skip
    assert m.event_type == "Protests" and m.location == "Ludhiana"


# ---------------------------------------------------------------- crowds: grievances, places, doers


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sw", "Jeshi la polisi mkoani Mwanza limetumia mabomu ya machozi kuwatawanya madereva wa bodaboda "
               "waliokuwa wakiandamana Jumanne kupinga kukamatwa kwa mwenzao."),
        ("en", "Police in Kano fired tear gas on Tuesday to disperse traders who were protesting against the "
               "arrest of their union leader."),
    ],
)  # fmt: skip
def test_the_arrest_a_dispersed_crowd_protests_about_is_its_grievance(language, text):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("fr", "Une marche des femmes contre l'insécurité a été organisée mardi à Butembo.", "Butembo"),
        ("es", "Cientos de campesinos bloquearon la carretera Panamericana en Popayán el lunes.", "Popayan"),
        ("pt", "Manifestantes bloquearam a estrada nacional em Chimoio na terça-feira.", "Chimoio"),
    ],
)  # fmt: skip
def test_marches_and_road_blockades_are_protests(language, text, town):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert m.event_type == "Protests" and m.location == town


def test_a_market_is_no_march():
    m = only(code_text("Une bombe a explosé mardi au marché central de Maroua.", language="fr",
                       published="2025-05-16"))  # fmt: skip
    assert m.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Un grupo de pobladores quemó la comisaría de Juliaca el martes."),
        ("en", "A crowd of residents torched the district office in Kasese on Tuesday."),
    ],
)
def test_a_crowd_of_residents_burning_a_building_riots(language, text):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert m.event_type == "Riots" and m.actor1.startswith("Rioters")


# ---------------------------------------------------------------- Strategic wording


@pytest.mark.parametrize(
    ("language", "text", "sub"),
    [
        ("en", "Authorities in Tunis detained a prominent journalist on Saturday over comments made on the radio.",
               "Arrests"),
        ("fr", "Le gouvernement et les rebelles ont signé samedi à Doha une déclaration de principes.", "Agreement"),
        ("fr", "L'armée a installé un nouveau camp militaire à Mopti, a annoncé l'état-major samedi.",
               "Headquarters or base established"),
        ("es", "Cerca de 300 guerrilleros entregaron sus armas el martes en Icononzo.", "Change to group/activity"),
        ("fr", "Une centaine de combattants se sont rendus aux autorités mardi, à Bria.", "Change to group/activity"),
    ],
)  # fmt: skip
def test_strategic_developments_as_news_words_them(language, text, sub):
    ms = [m for m in code_text(text, language=language, published="2025-05-17") if m.event_type == STRATEGIC]
    assert [m.sub_event_type for m in ms] == [sub] and ms[0].location


@pytest.mark.parametrize(
    ("language", "text", "sub"),
    [
        ("id", "Warga menghakimi seorang terduga pencuri sepeda motor hingga tewas di Bekasi, Minggu.", "Mob violence"),
        ("sw", "Waendesha bodaboda wenye hasira walichoma moto kituo cha polisi huko Kakamega siku ya Jumapili.",
               "Violent demonstration"),
    ],
)  # fmt: skip
def test_mob_justice_and_angry_crowds_burning_riot(language, text, sub):
    m = only(code_text(text, language=language, published="2025-05-17"))
    assert (m.event_type, m.sub_event_type) == ("Riots", sub)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Warga yang marah memprotes kenaikan harga di Medan, Senin."),
        ("sw", "Wafanyabiashara wenye hasira waliandamana mjini Arusha Jumatatu kupinga ongezeko la kodi."),
    ],
)
def test_an_angry_crowd_that_only_protests_is_a_protest(language, text):
    assert only(code_text(text, language=language, published="2025-05-17")).event_type == "Protests"


# ---------------------------------------------------------------- precision: no armed side, one activist


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The two banks announced their merger on Tuesday in Frankfurt, creating the country's largest lender."),
        ("en", "Shareholders approved the merger of the two mining companies at a meeting in Johannesburg on Thursday."),
        ("fr", "Le président a annoncé lundi à Dakar la dissolution de l'Assemblée nationale."),
        ("es", "El presidente anunció el martes en Lima la disolución del Congreso."),
    ],
)  # fmt: skip
def test_a_change_to_a_group_with_no_armed_side_in_the_report_is_no_event(language, text):
    assert code_text(text, language=language, published="2025-05-17") == []


def test_an_armed_groups_merger_stays_an_event():
    m = only(code_text("Two rebel groups announced their merger on Tuesday in Homs.", language="en",
                       published="2025-05-17"))  # fmt: skip
    assert (m.sub_event_type, m.location) == ("Change to group/activity", "Homs")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "اعتقلت قوات الأمن يوم الأحد في بغداد ناشطا بارزا، وفق مصادر أمنية."),
        ("fr", "La police a interpellé mardi à Kankan un militant des droits humains."),
    ],
)
def test_one_activist_arrested_with_no_protest_is_an_arrest(language, text):
    m = only(code_text(text, language=language, published="2025-05-17"))
    assert (m.event_type, m.sub_event_type) == (STRATEGIC, "Arrests")


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("en", "Hundreds of protesters stormed the parliament building in Rabat on Saturday.", "Rabat"),
        ("ar", "اقتحم مئات المحتجين مبنى البرلمان في الرباط يوم السبت.", "Rabat"),
        ("fr", "Des centaines de manifestants ont pris d'assaut le Parlement à Dakar samedi.", "Dakar"),
    ],
)
def test_protesters_storming_a_building_riot(language, text, town):
    m = only(code_text(text, language=language, published="2025-05-17"))
    assert (m.event_type, m.sub_event_type, m.location) == ("Riots", "Violent demonstration", town)
    assert m.actor1.startswith("Rioters (")


def test_police_attacking_protesters_stays_their_intervention():
    m = only(code_text("Police attacked protesters with batons in Lagos on Monday.", language="en",
                       published="2025-05-17"))  # fmt: skip
    assert (m.event_type, m.sub_event_type) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des hommes armés ont bloqué lundi la route entre Djibo et Namssiguia."),
        ("en", "Gunmen blocked the road between Djibo and Namssiguia on Monday."),
    ],
)
def test_armed_men_blocking_a_road_is_no_protest(language, text):
    assert not [
        m for m in code_text(text, language=language, published="2025-05-17") if m.event_type == "Protests"
    ]


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("ar", "أعلنت السلطات يوم الثلاثاء حظر التجول في مدينة البصرة.", "Basrah"),
        ("ru", "В понедельник в Нальчике объявлен режим КТО, сообщили в НАК.", "Nalchik"),
        ("en", "The government announced on Tuesday a state of emergency in Amhara.", "Amhara"),
    ],
)
def test_a_curfew_declared_by_the_authorities_is_a_strategic_other(language, text, town):
    m = only(code_text(text, language=language, published="2025-05-17"))
    assert (m.event_type, m.sub_event_type, m.location) == (STRATEGIC, "Other", town)


def test_a_groups_new_commander_and_allegiance_announced_are_changes():
    ms = code_text("The rebel group announced on Monday in Bunia that it had appointed a new commander.",
                   language="en", published="2025-05-17")  # fmt: skip
    assert [(m.sub_event_type, m.location) for m in ms] == [("Change to group/activity", "Bunia")]
