"""Round 15 coder CPU shortcut (issue 18), ACT_WORDS_GATE: a report with no act word stops before the
article's country, and gives the rows the full computation gives (none)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from extractors.events import coder
from extractors.events.candidates import candidates_in, tells_an_act
from extractors.events.sentences import Sentence, headline_of, split_sentences
from extractors.models import Article

NO_ACT = [
    (
        "en",
        "Central bank holds rates steady",
        "The central bank of Kenya kept its main lending rate at "
        "ten percent on Tuesday, citing easing inflation in Nairobi and Mombasa. Analysts had expected the move.",
    ),
    (
        "en",
        "Rain closes schools in Dhaka",
        "Heavy rain closed schools across Dhaka on Monday. The weather "
        "office said the rain would ease in Rangpur by Wednesday.",
    ),
    (
        "fr",
        "Le festival de Ouagadougou ouvre ses portes",
        "Le festival du cinéma a ouvert samedi à "
        "Ouagadougou. Des milliers de spectateurs sont attendus pendant une semaine.",
    ),
    (
        "es",
        "El Barcelona gana en casa",
        "El equipo ganó dos a cero el domingo en el estadio de la ciudad. "
        "El entrenador elogió a sus jugadores.",
    ),
]

ACT = [
    (
        "en",
        "Gunmen kill five in Zamfara",
        "Gunmen killed five villagers in Zamfara state on Sunday, "
        "police said. The attackers fled on motorcycles.",
    ),
    (
        "fr",
        "Une attaque fait dix morts au Mali",
        "Des hommes armés ont attaqué un village près de Mopti "
        "dimanche, tuant dix civils, selon des sources locales.",
    ),
]


def _article(language: str, title: str, text: str) -> Article:
    url = "http://test.invalid/a"
    return Article(url=url, canonical_url=url, title=title, text=text, language=language,
                   published_at=datetime(2026, 6, 9, 10, 0))  # fmt: skip


def _pieces(language: str, title: str, text: str) -> tuple[list[Sentence], Sentence | None]:
    headline = headline_of(title, text)
    return split_sentences(text, language), Sentence(headline, -1, -1, -1, -1) if headline else None


@pytest.mark.parametrize(("language", "title", "text"), NO_ACT)
def test_a_report_without_an_act_word_stops_before_its_country(monkeypatch, language, title, text):
    sentences, headline = _pieces(language, title, text)
    assert not tells_an_act(sentences, headline, language)
    # the full computation gives no row either: no candidate, and none after them
    assert candidates_in(sentences, headline, date(2026, 6, 9), language, None) == []
    assert coder._coded(sentences, headline, date(2026, 6, 9), "published", language, None) == []

    def boom(*_):
        raise AssertionError("the article's country was read")

    monkeypatch.setattr(coder, "article_country", boom)
    assert coder.code_events(_article(language, title, text)) == []


@pytest.mark.parametrize(("language", "title", "text"), ACT)
def test_a_report_with_an_act_word_is_coded(monkeypatch, language, title, text):
    sentences, headline = _pieces(language, title, text)
    assert tells_an_act(sentences, headline, language)
    asked = []
    country = coder.article_country

    def counted(*args):
        asked.append(args)
        return country(*args)

    monkeypatch.setattr(coder, "article_country", counted)
    assert coder.code_events(_article(language, title, text))
    assert asked
