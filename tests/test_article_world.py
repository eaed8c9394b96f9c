"""Pages laid out by the shared replay tool (shared/tools/world.py: cookie banner, navigation, a "Read
more" teaser, a "Most read" box, share bar, footer) around reports written here: the cleaned text must
be the report, paragraph for paragraph, and none of the clutter."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from extractors.article import extract_article
from extractors.models import RawPage

WORLD = Path(__file__).resolve().parents[2] / "shared" / "tools" / "world.py"

REPORTS = {
    "en": [
        "Two soldiers were killed and three wounded when their patrol vehicle struck a roadside bomb near the "
        "border town of Amdar on Wednesday, the defence ministry said.",
        "The ministry said the patrol had been clearing the road ahead of a supply convoy. No group has said it "
        "planted the device.",
        "It was the third such attack in the area this month, after a lull of almost a year.",
        "Local leaders called on the government to reopen talks with armed groups in the district.",
    ],
    "fr": [
        "Deux soldats ont été tués et trois autres blessés mercredi lorsque leur véhicule a sauté sur un engin "
        "explosif près de la ville frontalière d'Amdar, a indiqué le ministère de la Défense.",
        "Selon le ministère, la patrouille sécurisait la route avant le passage d'un convoi de ravitaillement.",
        "Il s'agit de la troisième attaque de ce type dans la zone ce mois-ci, après près d'un an d'accalmie.",
    ],
}
OTHER_HEADLINES = [
    "Central bank holds rates steady",
    "Storm closes ports along the coast",
    "Opposition names new leader",
    "Wheat harvest falls short of forecasts",
    "Court delays verdict in corruption trial",
    "Teachers end month-long strike",
]
CLUTTER = [
    "cookies",
    "Accept",
    "Home |",
    "Read more",
    "Most read",
    "Share this article",
    "Follow us",
    "newsletter",
    "All rights reserved",
    "Privacy policy",
    *OTHER_HEADLINES,
]


@pytest.fixture(scope="module")
def world():
    if not WORLD.exists():
        pytest.skip("shared/tools/world.py not beside the repo")
    spec = importlib.util.spec_from_file_location("world", WORLD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", sorted(REPORTS))
def test_world_page_gives_the_report_and_none_of_the_clutter(world, language):
    paragraphs = REPORTS[language]
    meta = {
        "title": "Roadside bomb kills two soldiers near Amdar",
        "published": "2024-02-07",
        "lang": language,
    }
    html = world.render(meta, paragraphs, "Border Herald", OTHER_HEADLINES, random.Random(3))
    url = "http://127.0.0.1:8000/border-herald/abc123.html"
    article = extract_article(RawPage(url, url, 200, html.encode("utf-8"), {"content-type": "text/html"}))
    assert article.page_kind == "article"
    assert article.text == "\n\n".join(paragraphs)
    for clutter in CLUTTER:
        assert clutter not in article.text, clutter
    assert article.language == language
    assert article.title == meta["title"]
    assert article.site_name == "Border Herald"
    assert article.published_at is not None and article.published_at.date().isoformat() == "2024-02-07"
