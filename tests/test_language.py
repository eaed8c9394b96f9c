from __future__ import annotations

import pytest

from extractors.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Government forces shelled rebel positions east of the city on Monday, residents said, and at least "
            "nine people were wounded.",
            "en",
        ),
        (
            "Des affrontements ont éclaté samedi soir entre des manifestants et la police dans le centre de la "
            "capitale, selon des témoins.",
            "fr",
        ),
        (
            "Bei einem Angriff auf einen Kontrollpunkt im Norden des Landes sind am Dienstag vier Polizisten "
            "getötet worden.",
            "de",
        ),
        (
            "Las fuerzas del gobierno bombardearon posiciones rebeldes al este de la ciudad el lunes, según "
            "vecinos de la zona.",
            "es",
        ),
        ("قالت مصادر طبية إن ثلاثة مدنيين قتلوا وأصيب ستة آخرون في غارة جوية استهدفت سوقا شعبيا.", "ar"),
        ("В результате обстрела приграничного села в ночь на четверг погибли два человека.", "ru"),
        (
            "Forças do governo bombardearam posições rebeldes a leste da cidade na segunda-feira, disseram "
            "moradores.",
            "pt",
        ),
    ],
)
def test_detects_the_language_of_a_news_paragraph(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "   ", "OK", "12:30 | 4-1", None])
def test_too_little_text_is_undetermined(text):
    assert detect_language(text) is None


def test_long_text_is_sampled_from_its_middle():
    # boilerplate-looking openings and endings in another language do not decide a long article
    body = "Les forces gouvernementales ont bombardé des positions rebelles à l'est de la ville. " * 60
    text = "Home World Politics Sport Video " * 3 + body + " Follow us Subscribe Newsletter" * 3
    assert detect_language(text) == "fr"


def _texts_in_many_scripts() -> list[str]:
    import random

    rng = random.Random(7)
    base = [
        "Government forces shelled rebel positions east of the city on Monday, residents said.",
        "Des affrontements ont éclaté samedi soir entre des manifestants et la police.",
        "قالت مصادر طبية إن ثلاثة مدنيين قتلوا وأصيب ستة آخرون في غارة جوية.",
        "В результате обстрела приграничного села в ночь на четверг погибли два человека.",
        "武装分子周二袭击了北部一个村庄，造成至少五人死亡。",
        "गुरुवार रात हुए हमले में दो सुरक्षाकर्मी घायल हो गए।",
        "ทหารสองนายได้รับบาดเจ็บจากระเบิดข้างทางในจังหวัดชายแดนภาคใต้",
        "ALL CAPITALS HEADLINE ABOUT A CEASEFIRE",
        "",
        "x",
    ]
    texts = list(base)
    for text in base:  # pieces cut anywhere, also inside a multi-byte character's encoding
        for _ in range(5):
            start = rng.randrange(len(text) or 1)
            texts.append(text[start : start + rng.randint(1, 60)])
    for _ in range(40):  # noise from many blocks of Unicode
        texts.append("".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(1, 200))))
    texts.append(" ".join(base) * 4)
    return texts


def test_the_vectorised_feature_walk_answers_as_py3langid_does():
    from extractors.language import _classify, _identifier

    for text in _texts_in_many_scripts():
        assert _classify(text) == _identifier().classify(text), text


def test_py3langids_automaton_forgets_its_start_within_the_walks_window():
    from extractors.language import DFA_ORDER, automaton_order

    order = automaton_order()
    assert order is not None and order <= DFA_ORDER


def test_a_damaged_model_cache_is_written_again(monkeypatch, tmp_path):
    from extractors import language

    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(tmp_path))
    path = language.model_cache_path()
    path.mkdir(parents=True)
    (path / "ptc.npy").write_bytes(b"not an array")
    arrays = language._model_arrays()
    assert arrays is not None and arrays[0].shape == language._identifier().nb_ptc.shape
    assert sorted(p.name for p in path.iterdir()) == sorted(
        [f"{name}.npy" for name in language._ARRAYS] + ["classes.json"]
    )
