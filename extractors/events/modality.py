"""Is a trigger word reporting something that happened? Modality, negation and background filters.

An ACLED coder codes events that took place: not threats ("threatened to attack"), warnings,
plans, denials, conditionals ("could", "if"), anniversaries, nor running totals ("hundreds have
been killed since May"). These rules look at the clause around a trigger (English only: in other
languages no rule fires, so nothing is filtered by words it cannot read).
"""

from __future__ import annotations

import re

from extractors.events.sentences import clause_start

# Words that, before a trigger in its clause, make it unreal.
_HEDGE_BEFORE = re.compile(
    r"\b(?:would|could|might|(?-i:may)|will|shall|should|must|cannot|"
    r"threat(?:en|ens|ened|ening)?|warn(?:s|ed|ing)?|vow(?:s|ed|ing)?|pledg(?:e|es|ed)|"
    r"plan(?:s|ned|ning)?\s+to|intend(?:s|ed)?|prepar(?:e|es|ed|ing)\s+(?:to|for)|"
    r"aim(?:s|ed|ing)?\s+to|seek(?:s|ing)?\s+to|sought\s+to|want(?:s|ed)?\s+to|"
    r"fail(?:s|ed)?\s+to|unable\s+to|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|"
    r"fear(?:s|ed)?\s+(?:of|that|an?)|risk(?:s|ing)?|if|unless|whether|"
    r"den(?:y|ies|ied|ying)|not|never|no|without|n't|"
    r"anniversary|commemorat\w*|memorial|remember(?:s|ed|ing)?|"
    r"accus(?:e|es|ed|ing)|alleg(?:e|es|ed|ing)\s+that|rumou?rs?|"
    r"prevent(?:s|ed|ing)?|avert(?:ed)?|avoid(?:s|ed)?|ready\s+to|poised\s+to|about\s+to|"
    r"possible|potential|likely|hypothetical|simulat\w*|exercises?|drills?|"
    # habitual or ongoing activity is not one event
    r"continu(?:e|es|ed|ing)\s+to|keeps?\s+on|ongoing|repeated(?:ly)?|routinely|regularly|frequent(?:ly)?|"
    r"often|usually|constant(?:ly)?|daily|nightly)\b",
    re.I,
)

# Running totals and background: the sentence is not about one event.
_AGGREGATE = re.compile(
    r"\b(?:since\s+(?:the\s+)?(?:start|beginning|outbreak|war|conflict|then|\d{4}|early|late|mid|last|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"so\s+far|to\s+date|in\s+recent\s+(?:days|weeks|months|years)|over\s+the\s+(?:past|last)|"
    r"in\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years|decades?)|"
    r"this\s+year|last\s+year|a\s+total\s+of|cumulative|every\s+(?:day|week|month)|"
    r"which\s+began|that\s+began|has\s+raged|have\s+raged|has\s+claimed|"
    # a state that lasts, not one event: "has fought for years", "for decades", "has long contested"
    r"for\s+(?:many\s+|several\s+|some\s+|a\s+few\s+)?(?:years|decades)|(?:has|have)\s+long\s+\w+ed|"
    r"hundreds\s+of\s+thousands|tens\s+of\s+thousands|millions)\b"
    # a war's toll: "the conflict has killed thousands"
    r"|\b(?:war|conflict|insurgency|violence|fighting|campaign)\b[^.;]{0,60}\b(?:has|have|had)\s+"
    r"(?:killed|claimed|left|displaced|uprooted)\b",
    re.I,
)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:\w+est|worst|first|most\s+\w+)\b[^.;]{0,40}$", re.I)
_PAST_YEAR = re.compile(r"\b(?:in|during|since|of)\s+((?:19|20)\d\d)\b", re.I)
_BACKGROUND_CLAUSE = re.compile(r"\b(?:since|until|till|ever\s+since)\s+$", re.I)
_ENGLISH = frozenset({"en", "pcm"})


def is_english(language: str | None) -> bool:
    return (language or "en").lower()[:3] in _ENGLISH or (language or "en").lower().startswith("en")


def is_unreal(sentence: str, start: int, end: int, language: str | None = "en") -> bool:
    """True when the trigger at sentence[start:end] is hedged, negated, planned or threatened."""
    if not is_english(language):
        return False
    cs = clause_start(sentence, start)
    scope = sentence[cs:start]
    if _HEDGE_BEFORE.search(scope):
        return True
    if _BACKGROUND_CLAUSE.search(sentence[max(0, cs - 12) : cs]):
        return True  # "... gathered every day since Kabul fell to the Taliban": a past event recalled
    word = sentence[start:end].lower()
    # "to attack", "to capture": an infinitive is an intention, "to shelling" / "to air strikes" is not
    return bool(re.search(r"\bto\s+$", scope) and not re.search(r"(?:ing|ed|s)$", word))


def is_background(sentence: str, published_year: int | None, language: str | None = "en") -> bool:
    """True for running totals and events of past years ("in 2018", "since May", "so far this year")."""
    if not is_english(language):
        return False
    for m in _AGGREGATE.finditer(sentence):
        if not _SUPERLATIVE_BEFORE.search(sentence[: m.start()]):
            return True
    if published_year:
        for m in _PAST_YEAR.finditer(sentence):
            if int(m.group(1)) < published_year and not _SUPERLATIVE_BEFORE.search(sentence[: m.start()]):
                return True
    return False


# Deaths and blasts that are no conflict event: accidents, disasters, disease, industrial explosions.
_NON_CONFLICT = re.compile(
    r"\b(?:accidents?|crash(?:ed|es)?|collisions?|collided|earthquakes?|floods?|flooding|landslides?|"
    r"mudslides?|storms?|cyclones?|hurricanes?|typhoons?|tornado(?:es)?|wildfires?|stampedes?|drown(?:ed|ing)|"
    r"heat\s?waves?|outbreaks?|cholera|epidemic|pandemic|disease|overdoses?|gas\s+(?:leak|explosion|cylinder)|"
    r"boiler|mine\s+collapse|building\s+collapse|fireworks|electrocuted|lightning)\b",
    re.I,
)


def is_non_conflict(sentence: str, language: str | None = "en") -> bool:
    """True when a sentence's deaths or blast come from an accident, a disaster or disease."""
    return is_english(language) and bool(_NON_CONFLICT.search(sentence))
