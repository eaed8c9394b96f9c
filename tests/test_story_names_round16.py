"""OTHER_PERSON_SAME_WORD (`story_words.shared_names`): two full names that share one word and
differ in another are two people, no name in common; a name and its own part still match. The
project's own sentences."""

from __future__ import annotations

from datetime import datetime

from extractors.stories import story_score
from extractors.story_evidence import story_evidence
from extractors.story_words import names_in, shared_names

T = datetime(2025, 5, 7, 12, 0)


def names(text: str, lang: str = "en") -> frozenset[str]:
    return frozenset(names_in(text, (), lang))


def test_two_people_with_one_first_name_share_no_name() -> None:
    a = names("The governor's office said that Idris Mahamat, a nurse, was among those hurt.")
    b = names("Le préfet a indiqué que le chef du village, Idris Abakar, avait été arrêté.", "fr")
    assert {"idris mahamat"} <= a and {"idris abakar"} <= b
    assert shared_names(a, b) == (0, False)


def test_a_surname_alone_is_still_the_person_the_full_name_is() -> None:
    a = names("Police spokesman Idris Mahamat said the curfew would hold until Friday.")
    b = names("Selon le porte-parole de la police, Mahamat, le couvre-feu sera maintenu.", "fr")
    count, specific = shared_names(a, b)
    assert count == 1 and specific


def test_a_riot_and_the_next_days_arrests_do_not_link_on_a_shared_first_name() -> None:
    """Same town, same day named, a small figure each: with the names the only specific thing,
    two other people of one first name link nothing."""
    riot = story_evidence(
        "a", "", "Youths fought the police in Abeche on Tuesday and 6 people died. Idris Mahamat, "
        "a shopkeeper, said his store was burned.", "en", T,
    )  # fmt: skip
    arrests = story_evidence(
        "b", "", "La police a arrêté 9 jeunes mardi à Abéché. Le gouverneur Idris Abakar a "
        "promis des sanctions.", "fr", T,
    )  # fmt: skip
    assert not story_score(riot, arrests).specific
