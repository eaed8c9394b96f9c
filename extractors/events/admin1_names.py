"""Names of first-level regions in other languages, for the gazetteer (`extractors/data/admin1_names.tsv`).

GeoNames, as the installed packages ship it, names a province, governorate, oblast or republic
in English only ("Diyala", "Dagestan", "Crimea"), so a report in Russian or Ukrainian ("в
Дагестане", "в Криму") never met its region. The ISO 3166-2 translations that the iso-codes
project keeps (shipped by `pycountry` as gettext catalogues, one per language) name every
first-level subdivision of every country in some 70 languages. The file is built from them once
(`python -m extractors.events.admin1_names build`, with `pycountry` installed: it is no runtime
dependency) and read by the gazetteer's build (`names_by_region`).

Each row: country (ISO alpha-2), the subdivision's ISO code, its English (romanised) name,
a language, and the subdivision's name in that language where it differs from the English one.
The gazetteer joins a row to its GeoNames region through the romanisation-tolerant key of the
English name (`name_skeleton`), within the country. A name is also added without the region
nouns its language's pack lists (`place_words.region`, `district`): the words after the last of
them, else those before the first ("Автономная Республика Крым" -> "Крым", "Republik Dagestan"
-> "Dagestan").

ISO_OWN_NAMES: each region's own ISO 3166-2 name is a row too (language `iso`): the standard
writes many in the country's language ("Jawa Timur", "Sumatera Utara", "Shabeellaha Hoose",
"Tigrai", "Donetska oblast"), as its own press does, where GeoNames writes "East Java" or "Lower
Shabeelle"; a name made only of words of some pack ("Centre", "Nord") is left out. GEOGRAPHICAL_UNIT:
a top level of the standard that has no administration of its own (Indonesia's island groups,
"Jawa", "Sumatera") gives way to the level under it, its provinces, which are GeoNames' regions.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from functools import cache
from importlib import resources
from pathlib import Path

DATA_FILE = "data/admin1_names.tsv"
# WRITTEN_REGION_NAMES: names kept by hand for the languages pycountry has no ISO 3166-2 catalogue
# of (Arabic: the governorates and states of Iraq, Syria, Yemen, Sudan and Lebanon as their own
# administrations write them), same columns, each name written bare (no region noun to drop: "ريف"
# is a district noun and also part of "ريف دمشق"); a name that is also a common word ("البحر
# الأحمر", the Red Sea; "الجزيرة", Gezira and the channel; "الشمالية", northern) is left out. The
# English column is the name that meets the GeoNames region (`gazetteer_build._add_region_names`):
# ISO's where it meets one region, else GeoNames' own spelling ("Rif-dimashq": ISO's "Rīf Dimashq"
# also meets Dimashq; "Mont-Liban", "Omran", "Amanat Al Asimah": ISO's meet none, or Sanaa). Rows
# checked in round 16 against pycountry's codes and names and the Arabic names GeoNames gives the
# seats (37 of the 70 met there); five added (Amran, Amanat al-Asimah, North Kordofan, Beirut,
# Mount Lebanon). Round 18 (langb): the everyday Russian (and Ukrainian) names of republics whose ISO
# name is an adjective with its region noun ("Чеченская республика": `bare_name` leaves only the
# adjective): "Чечня", "Кабардино-Балкария", "Карачаево-Черкесия" ("в Чечне" by the pack's endings).
WRITTEN_FILE = "data/admin1_names_extra.tsv"
OWN_NAME = "iso"  # the language column of a region's own ISO 3166-2 name (ISO_OWN_NAMES)
GEOGRAPHICAL_UNIT = "Geographical unit"  # an ISO top level with no administration (Indonesia's islands)
LANGUAGES = ("ru", "uk", "tr", "fr", "es", "it", "de", "nl", "ro", "id", "pt", "hi")  # languages with a pack


def build(out: Path) -> int:
    """Write the data file from pycountry's catalogues; the number of rows written."""
    import gettext

    import pycountry  # build-time only

    rows = []
    top = [s for s in pycountry.subdivisions if s.parent_code is None]
    units = {s.code for s in top if s.type == GEOGRAPHICAL_UNIT}
    top = sorted((s for s in pycountry.subdivisions if (s.parent_code is None and s.code not in units)
                  or s.parent_code in units), key=lambda s: s.code)  # fmt: skip
    rows += [(s.country_code, s.code, s.name, OWN_NAME, s.name) for s in top]
    for lang in LANGUAGES:
        try:
            catalogue = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        for s in top:
            name = catalogue.gettext(s.name)
            if name and name != s.name:
                rows.append((s.country_code, s.code, s.name, lang, name))
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(("country", "code", "name", "language", "translated"))
        writer.writerows(rows)
    return len(rows)


@cache
def _pack(language: str) -> dict:
    import yaml

    text = resources.files("extractors").joinpath(f"data/lang/{language}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


def _region_nouns(language: str) -> frozenset[str]:
    """The pack's nouns for a region or district, case-folded (the pack's own words)."""
    words = _pack(language).get("place_words") or {}
    return frozenset(str(w).casefold() for key in ("region", "district") for w in words.get(key) or [])


def _pack_words(language: str) -> frozenset[str]:
    """Every word of the pack's phrases, case-folded: the language's vocabulary, never a region's
    name ("हवाई", air, is also Hawaii)."""
    found: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(key)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            found.update(w.strip("*=_.").casefold() for w in node.split())

    walk({k: v for k, v in _pack(language).items() if k not in ("demonyms", "code", "name")})
    return frozenset(found)


def bare_name(name: str, nouns: frozenset[str]) -> str:
    """The name without its region nouns: the words after the last, else before the first ("" if none)."""
    words = name.replace(",", " ").split()
    at = [i for i, w in enumerate(words) if w.casefold() in nouns]
    if not at:
        return ""
    after, before = words[at[-1] + 1 :], words[: at[0]]
    return " ".join(after or before)


@cache
def names_by_region() -> dict[tuple[str, str], tuple[str, ...]]:
    """(country alpha-2, English name) -> the region's names in other languages, each also
    without its language's region nouns (`bare_name`); a name made only of words of the
    language's pack is left out (`_pack_words`)."""
    files = resources.files("extractors")
    rows = [(row, True) for row in _rows(files.joinpath(DATA_FILE).read_text(encoding="utf-8"))]
    rows += [(row, False) for row in _rows(files.joinpath(WRITTEN_FILE).read_text(encoding="utf-8"))]
    languages = sorted(({row["language"] for row, _ in rows} | set(LANGUAGES)) - {OWN_NAME})
    nouns = {lang: _region_nouns(lang) for lang in languages}
    vocabulary = {lang: _pack_words(lang) for lang in languages}
    nouns[OWN_NAME] = frozenset().union(*(nouns[lang] for lang in LANGUAGES))
    vocabulary[OWN_NAME] = frozenset().union(*vocabulary.values())  # "Centre", "Nord": words of a pack
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row, with_bare in rows:
        if "†" in row["name"]:
            continue  # a code the standard withdrew
        names, lang = out[(row["country"], row["name"])], row["language"]
        bare = bare_name(row["translated"], nouns[lang]) if with_bare else ""
        for name in (row["translated"], bare):
            if not name or name in names:
                continue
            if all(w.casefold() in vocabulary[lang] for w in name.replace(",", " ").split()):
                continue  # words of the language, not a name
            names.append(name)
    return {k: tuple(v) for k, v in out.items()}


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


if __name__ == "__main__":
    if sys.argv[1:2] == ["build"]:
        target = Path(__file__).resolve().parents[1] / DATA_FILE
        print(f"{build(target)} rows -> {target}")
    else:
        print(__doc__)
