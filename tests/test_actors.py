from extractors.events.actors import actor_kind, find_actors


def names(sentence, hint=None):
    return [(a.name, a.kind) for a in find_actors(sentence, hint)]


def test_named_groups_by_alias():
    assert names("Al-Shabab fighters stormed the hotel.") == [("Al-Shabaab", "rebel group")]
    assert names("the Huthis fired a drone") == [("Houthis (Ansar Allah)", "rebel group")]
    assert ("Rapid Support Forces (RSF)", "political militia") in names("shelling by the paramilitary RSF")


def test_short_capital_aliases_need_capitals():
    assert names("the saf and the rsf", None) == []


def test_country_adjective_before_a_force_noun_names_that_state():
    assert names("Turkish troops were hit", "Syria") == [("Military Forces of Turkey", "state forces")]
    assert names("Syria's army advanced", "Syria") == [("Military Forces of Syria", "state forces")]
    assert names("Syrian regime strikes hit the town", "Syria")[0] == (
        "Military Forces of Syria",
        "state forces",
    )


def test_bare_state_words_take_the_article_country():
    assert names("the regime shelled the town", "Syria") == [("Military Forces of Syria", "state forces")]
    assert names("police fired tear gas", "Kenya") == [("Police Forces of Kenya", "state forces")]


def test_generic_actors_carry_a_country():
    assert names("gunmen attacked villagers", "Nigeria") == [
        ("Unidentified Armed Group (Nigeria)", "unknown"),
        ("Civilians (Nigeria)", "civilians"),
    ]
    assert names("Syrian rebels entered the town", "Turkey") == [("Rebels (Syria)", "rebel group")]


def test_a_generic_word_after_a_name_is_part_of_it():
    assert names("Boko Haram militants raided the village", "Nigeria") == [
        ("Boko Haram (JAS)", "rebel group")
    ]


def test_actor_kind():
    assert actor_kind("Military Forces of Mali") == "state forces"
    assert actor_kind("Civilians (Mali)") == "civilians"
    assert actor_kind("Al-Shabaab") == "rebel group"
