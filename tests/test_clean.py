"""The cleaning layer: each named rule on lines it must drop, and on lines it must keep."""

from __future__ import annotations

import pathlib

import pytest

from extractors.clean import clean_text, is_headline_like, split_dateline

BODY = [
    "Government forces shelled positions held by the rebels east of the city on Monday, residents said.",
    "At least nine people were wounded, according to a doctor at the main hospital.",
    "The army did not comment on the reports.",
]


def cleaned(*lines: str, title: str | None = None, language: str | None = None):
    return clean_text("\n".join(lines), language, title=title)


def rules_fired(result) -> list[str]:
    return [r.rule for r in result.removed_lines]


def test_paragraph_breaks_are_kept_as_blank_lines():
    result = cleaned(*BODY)
    assert result.text == "\n\n".join(BODY)
    assert result.removed_lines == ()


def test_whitespace_is_normalised_and_empty_lines_dropped():
    result = clean_text(
        "  Government  forces\u00a0shelled   positions.  \n\n\n\t\nThe army did not comment.  "
    )
    assert result.text == "Government forces shelled positions.\n\nThe army did not comment."


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Read more: Drought pushes hundreds of families out of northern villages", "teaser"),
        ("READ MORE: Talks collapse over prisoner swap", "teaser"),
        ("[Related: Ceasefire holds for a second night]", "teaser"),
        ("Lire aussi : La saison des pluies menace les récoltes", "teaser"),
        ("Leia também: Chuvas deixam cidades isoladas no norte", "teaser"),
        ("Baca juga: Harga beras naik di pasar tradisional", "teaser"),
        ("Also on example.com Journalists threatened with arrest", "teaser"),
        ("Follow us on FacebookTwitter and Instagram for more", "social"),
        ("Follow Frontline Daily on Twitter and Facebook for live updates.", "social"),
        ("Email the reporter at jdoe@example.com or follow her @jdoe.", "social"),
        ("Follow our full coverage of the elections at https://news.example/elections", "social"),
        ("Share this article: Facebook Twitter WhatsApp Email", "social"),
        ("Like this story? Share it with a friend!", "social"),
        (
            "Sign up for our Morning Brief newsletter and get the day's top stories in your inbox.",
            "newsletter",
        ),
        ("Get the latest headlines delivered to your inbox every morning.", "newsletter"),
        ("If you enjoyed this article, join our members programme today.", "newsletter"),
        ("12 comments", "comments"),
        ("Comments are closed.", "comments"),
        ("Leave a Reply", "comments"),
        ("Reporting by Jane Roe; Editing by John Doe", "credits"),
        ("Associated Press writer Sam Poe contributed to this report.", "credits"),
        ("Photo credit: Ministry of Defence", "credits"),
        ("© 2024 Frontline Daily. All rights reserved.", "credits"),
        ("SOURCE: News agencies", "credits"),
        ("Advertisement", "page_furniture"),
        ("3 min read", "page_furniture"),
        ("Tags: Afghanistan, Security", "page_furniture"),
        ("Filed under: Syria, Middle East |", "page_furniture"),
        ("Updated at 1:23 p.m. ET", "page_furniture"),
        ("This story was updated at 16:30 GMT with the latest casualty figures.", "page_furniture"),
        (
            "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
            "cookie_banner",
        ),
        ("Fighting has intensified around the airport [Getty]", "caption"),
        ("Displaced families wait for food at a camp (AFP)", "caption"),
        ("28 February, 2020", "date_stamp"),
        ("Published February 28, 2020 09:30 GMT", "date_stamp"),
        ("Home | World | Middle East | Africa | Europe | Politics", "nav_line"),
        ("Subscribe to continue reading", "paywall_notice"),
        ("Already a subscriber? Sign in.", "paywall_notice"),
    ],
)
def test_boilerplate_line_is_removed_by_its_rule(line, rule):
    result = cleaned(BODY[0], BODY[1], line, BODY[2])
    assert result.text == "\n\n".join(BODY)
    assert rules_fired(result) == [rule]


@pytest.mark.parametrize(
    "line",
    [
        # long paragraphs that merely mention the same words are article text
        "Officials said they would read more of the intercepted messages before deciding whether the "
        "talks could resume, and that a delegation would travel to the capital next week.",
        "The group said it would follow the ceasefire on Facebook's advice, a claim the company denied "
        "in a statement on Tuesday evening after a meeting with regional officials.",
        "Subscribers to the state news agency's newsletter were the first to learn of the resignation, "
        "which was announced shortly before midnight and confirmed by the presidency the next morning.",
        "The statement was signed in Paris (France) and in Geneva by both delegations.",
        "10 p.m.",  # a time inside a timeline is not a date stamp
        "| Pos | Team | Points |",  # a table row is not a menu
        "Ask the Expert: what does the ceasefire mean for aid deliveries?",
        # ordinary news sentences that share words with a rule
        "Like other officials, the minister announced the decision on Twitter late on Monday.",
        "Reporters were asked to register for the military briefing on Thursday.",
        "The channel lost 10,000 subscribers in a month after the ban.",
        "Copyright disputes between the two broadcasters have dragged on for years.",
        "Topics discussed included border security and refugee returns.",
        "Posted in a video on social media, the clip shows soldiers at the checkpoint.",
        "The EU's rules on cookies require websites to ask for consent.",
        "Witnesses shared the images online (photo evidence was later verified).",
    ],
)
def test_article_lines_are_kept(line):
    result = cleaned(BODY[0], line, BODY[1])
    assert line in result.text
    assert result.removed_lines == ()


def test_related_heading_takes_its_headline_list_with_it_and_stops_at_prose():
    result = cleaned(
        BODY[0],
        "Most read",
        "- Central bank raises interest rates again",
        "- Heavy snow closes mountain pass",
        "Opposition leader returns from exile [VIDEO]",
        BODY[1],
        BODY[2],
    )
    assert result.text == "\n\n".join(BODY)
    assert rules_fired(result) == ["related_heading"] + ["related_block"] * 3


def test_list_items_right_after_a_teaser_go_with_it_but_a_subheading_does_not():
    result = cleaned(
        BODY[0],
        "Related: Ceasefire holds for a second night",
        "- Talks resume in the capital",
        "- Aid reaches the besieged town",
        "What the truce means",
        BODY[1],
    )
    assert result.text == "\n\n".join([BODY[0], "What the truce means", BODY[1]])
    assert rules_fired(result) == ["teaser", "related_block", "related_block"]


def test_multilingual_related_headings():
    for heading in ("Lesen Sie auch", "Noticias relacionadas", "اقرأ أيضا", "Читайте также"):
        result = cleaned(BODY[0], heading, "Une autre histoire sans rapport", BODY[1])
        assert result.text == "\n\n".join(BODY[:2]), heading


def test_repeated_headline_and_deck_are_removed_but_a_first_sentence_is_not():
    title = "Rebels shell army positions east of the city | Frontline Daily"
    result = cleaned(
        "Rebels shell army positions east of the city",
        "Residents report heavy shelling overnight as talks stall",
        *BODY,
        title=title,
    )
    assert result.text == "\n\n".join(BODY)
    assert rules_fired(result) == ["title_repeat", "title_repeat"]
    # no repeat: the first line is the article's and stays
    assert cleaned(*BODY, title=title).text == "\n\n".join(BODY)


def test_a_first_sentence_starting_with_by_is_not_a_byline():
    first = "By Tuesday evening the fighting had stopped."
    assert cleaned(first, *BODY).text.startswith(first)


def test_date_heading_inside_a_timeline_is_kept_but_a_stamp_at_the_top_is_not():
    timeline = [
        f"Paragraph {i} describes what happened during the offensive in some detail." for i in range(8)
    ]
    result = cleaned("12 March 2024", *timeline[:4], "March 3", *timeline[4:])
    assert "March 3" in result.text
    assert "12 March 2024" not in result.text


def test_leading_byline_is_removed():
    result = cleaned("By Mariam Haidari and Tomas Ferreira", *BODY)
    assert result.text == "\n\n".join(BODY)
    assert rules_fired(result) == ["byline"]


def test_click_to_tweet_suffix_is_cut_from_a_pull_quote():
    result = cleaned(BODY[0], "Peace is made by the people who live with its failures.Click To Tweet")
    assert result.text.endswith("Peace is made by the people who live with its failures.")


def test_language_without_spaces_counts_characters_for_length_limits():
    # a 300-character Japanese paragraph is one "word" to str.split; as a paragraph it is long
    paragraph = "市内の病院によると、月曜日の砲撃で少なくとも九人が負傷した。" * 10
    for language in ("ja", None):  # said, or seen from the text itself
        result = cleaned(paragraph + " (AFP)", language=language)
        assert "負傷" in result.text


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        (
            "SANAA, Yemen — Houthi forces said on Monday they had shot down a drone.",
            "SANAA, Yemen",
            "Houthi forces said on Monday they had shot down a drone.",
        ),
        (
            "KABUL (Reuters) - Two rockets hit the diplomatic quarter on Sunday.",
            "KABUL (Reuters)",
            "Two rockets hit the diplomatic quarter on Sunday.",
        ),
        (
            "PARIS, March 3 (AFP) - Talks resumed on Tuesday.",
            "PARIS, March 3 (AFP)",
            "Talks resumed on Tuesday.",
        ),
        (
            "NEW YORK — The council met in emergency session.",
            "NEW YORK",
            "The council met in emergency session.",
        ),
        (
            "Bunia, Democratic Republic of Congo — Shelling resumed at dawn.",
            "Bunia, Democratic Republic of Congo",
            "Shelling resumed at dawn.",
        ),
        (
            "Kharkiv (AP) -- Air raid sirens sounded twice overnight.",
            "Kharkiv (AP)",
            "Air raid sirens sounded twice overnight.",
        ),
    ],
)
def test_split_dateline(paragraph, dateline, rest):
    assert split_dateline(paragraph) == (dateline, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The army — which has denied the reports — said nothing on Monday.",
        "UPDATE — This story has been corrected.",
        "Russia - and its allies - vetoed the resolution.",
        "In Kandahar — a city of five million — markets reopened.",
        "No dateline here at all.",
    ],
)
def test_no_dateline(paragraph):
    assert split_dateline(paragraph) == ("", paragraph)


def test_clean_text_returns_the_dateline_as_a_field_out_of_the_first_sentence():
    result = cleaned("KUNDUZ, Afghanistan (AP) — Gunmen stormed a checkpoint before dawn.", BODY[1])
    assert result.dateline == "KUNDUZ, Afghanistan (AP)"
    assert result.text.startswith("Gunmen stormed a checkpoint before dawn.")


def test_is_headline_like():
    assert is_headline_like("- Heavy snow closes mountain pass")
    assert not is_headline_like("The army did not comment on the reports.")


def test_empty_and_junk_input():
    assert clean_text("").text == ""
    assert clean_text("\n\n  \n").text == ""
    assert clean_text(None).text == ""  # type: ignore[arg-type]


SEED = pathlib.Path(__file__).resolve().parents[2] / "shared" / "seed" / "idlib-2020-02-28.txt"


@pytest.mark.skipif(not SEED.exists(), reason="shared seed report not beside the repo")
def test_seed_report_loses_its_teaser_and_follow_us_tail_and_keeps_its_body():
    raw = SEED.read_text(encoding="utf-8")
    result = clean_text(raw, "en", title=raw.splitlines()[0])
    assert "Read More:" not in result.text
    assert "Follow us on" not in result.text
    assert "min read" not in result.text
    assert "[Getty]" not in result.text
    # every long paragraph of the report survives
    long_paragraphs = [line.strip() for line in raw.splitlines() if len(line.split()) > 25]
    assert long_paragraphs and all(p in result.text for p in long_paragraphs)
