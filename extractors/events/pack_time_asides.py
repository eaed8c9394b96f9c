"""`TimeAsides`, the time asides of `LanguagePack` (`language_pack.py` mixes it in): TIME_ASIDES, where a
phrase may skip a day named inside it (ASIDE_WORDS at most), from the pack's time words and dateparser's
locale data of the pack (`locale_info`, WEEKDAY_KEYS).
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import TYPE_CHECKING

from extractors.events.pack_phrases import _WORD, Token

if TYPE_CHECKING:
    from extractors.events.language_pack import LanguagePack

WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ASIDE_WORDS = 4  # "le dimanche 12 dernier" is the longest aside a phrase skips
_FOLDED = itemgetter(3)  # a `Token`'s `folded` (its fourth field)


class TimeAsides:
    """`LanguagePack`'s time asides (a mixin: `fold` and `data` are `LanguagePack`'s)."""

    def _time_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """Folded words of a time aside: (strong, weak). Strong: weekday names (the locale data's
        and the pack's `weekday_names`) and one-word relative dates ("hier", "ayer"); weak: the other
        words of relative-date phrases and the pack's weekday words ("le", "dernier", "pasado")."""
        if "_time_word_sets" not in self.__dict__:
            info = locale_info(self)
            strong: set[str] = {
                self.fold(str(w)) for w in (self.data.get("relative_dates") or {}).get("weekday_names") or {}
            }
            for day in WEEKDAY_KEYS:
                forms = [str(f) for f in info.get(day, [])]
                longest = max(forms, key=len, default="")
                for form in forms:
                    if form == longest or sum(c.isalpha() for c in form) >= 4:
                        strong.update(self.fold(m.group()) for m in _WORD.finditer(form))
            weak: set[str] = set()
            rd = self.data.get("relative_dates") or {}
            for key in ("today", "yesterday", "day_before_yesterday", "last_night", "this_morning", "tonight",
                        "weekday_words", "previous"):  # fmt: skip
                for phrase in rd.get(key) or []:
                    words = [self.fold(m.group()) for m in _WORD.finditer(str(phrase).rstrip("*"))]
                    if len(words) == 1 and key in ("today", "yesterday"):
                        strong.update(words)
                    else:
                        weak.update(words)
            self.__dict__["_time_word_sets"] = (frozenset(strong), frozenset(weak - strong))
        return self.__dict__["_time_word_sets"]

    def time_asides(self, tokens: Sequence[Token]) -> dict[int, tuple[int, ...]]:
        """TIME_ASIDES: where a phrase may skip a day named inside it ("ont pris dimanche le contrôle",
        "tomaron el domingo el control"): token index -> the indexes after each aside starting
        there (runs of time words of at most ASIDE_WORDS words holding a strong one)."""
        strong, weak = self._time_words()
        if not strong:
            return {}
        if strong.isdisjoint(map(_FOLDED, tokens)):
            return {}  # (no aside without a strong time word; the folds walked in C, no list made)
        kinds = [2 if t.folded in strong else 1 if t.folded in weak else 0 for t in tokens]
        out: dict[int, tuple[int, ...]] = {}
        for i in [k for k, kind in enumerate(kinds) if kind]:  # (no aside starts at a word of no time)
            ends = []
            seen_strong = False
            for j in range(i, min(len(tokens), i + ASIDE_WORDS)):
                if not kinds[j]:
                    break
                seen_strong = seen_strong or kinds[j] == 2
                if seen_strong:
                    ends.append(j + 1)
            if ends:
                out[i] = tuple(ends)
        return out


def locale_info(pack: LanguagePack) -> dict:
    """dateparser's locale data for a pack (its own code, its lemmatiser's, the pack it extends,
    else English): month and weekday names, relative expressions."""
    from dateparser.languages.loader import default_loader

    codes = [
        pack.code,
        str(pack.data.get("lemmatizer") or "").partition(":")[2],
        pack.data.get("extends") or "",
    ]
    for code in [c for c in codes if c] + ["en"]:
        try:
            return default_loader.get_locale(code).info
        except (KeyError, ValueError):
            continue
    return {}
