"""Language of an article's text: py3langid (maintained fork of langid.py, offline, 97 languages).

Chosen over the alternatives that run offline from a PyPI package: it ships its model inside the
wheel (no weights download), classifies a few kilobytes in well under a millisecond and returns
calibrated probabilities, so short or mixed text can be answered with "don't know" (None).
"""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Long enough to be decisive, short enough to keep the per-article cost flat.
SAMPLE_CHARS = 800
# Below this many letters a guess is noise (a caption, a headline fragment).
MIN_LETTERS = 20
# Calibrated probability under which the text is called undetermined.
MIN_CONFIDENCE = 0.5


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _sample(text: str) -> str:
    """The middle of long texts: openings and endings carry most leftover boilerplate."""
    if len(text) <= SAMPLE_CHARS:
        return text
    start = (len(text) - SAMPLE_CHARS) // 2
    return text[start : start + SAMPLE_CHARS]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when too short or not decisive."""
    sample = _sample(text or "")
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    language, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE or len(language) != 2:
        return None
    return language
