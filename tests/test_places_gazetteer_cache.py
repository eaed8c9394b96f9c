"""The gazetteer cache file: where it goes, that it round-trips through the mapped store, that a
broken one is rebuilt, that worker processes share its pages instead of each holding a copy."""

import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from extractors.events import gazetteer, gazetteer_build
from extractors.events.gazetteer import (
    Gazetteer,
    cache_path,
    name_key,
    name_skeleton,
    read_cache,
    write_cache,
)
from extractors.events.gazetteer_store import StoreError, open_store


def tiny_gazetteer() -> Gazetteer:
    columns = {
        "name": ["Saraqib", "Idlib", "Ma‘arrat an Nu‘mān"],
        "country": ["SY", "SY", "SY"],
        "admin1": ["Idlib", "Idlib", "Idlib"],
        "lat": array("d", [35.86, 35.93, 35.65]),
        "lon": array("d", [36.8, 36.63, 36.68]),
        "population": array("q", [34000, 128000, 58000]),
        "kind": ["city", "admin1", "city"],
    }
    keys = {name_key("Saraqib"): 0, name_key("Idlib"): (1, 0), name_key("Maarat al-Numan"): 2}
    skeletons = {name_skeleton(k): v for k, v in keys.items()}
    return Gazetteer(columns, keys, skeletons, {"SY": 1}, {"سراقب": 0, "إدلب": (1, 0)})


def test_cache_path_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(tmp_path))
    path = cache_path()
    assert path.parent == tmp_path
    assert f"v{gazetteer.GAZETTEER_FORMAT}" in path.name


def test_a_changed_build_data_file_names_another_cache_file(monkeypatch, tmp_path):
    """A word list the build reads (place_names.yaml) edited: the old cache is not mapped."""
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(tmp_path))
    gazetteer._build_data_digest.cache_clear()
    shipped = cache_path()
    monkeypatch.setattr(gazetteer, "BUILD_DATA", (*gazetteer.BUILD_DATA, "data/regions.yaml"))
    gazetteer._build_data_digest.cache_clear()
    try:
        assert cache_path() != shipped
        assert cache_path().name.startswith(f"gazetteer-v{gazetteer.GAZETTEER_FORMAT}-")
    finally:
        monkeypatch.undo()
        gazetteer._build_data_digest.cache_clear()
    assert cache_path().name == shipped.name


def test_cache_round_trip(tmp_path):
    path = tmp_path / "g.bin"
    built = tiny_gazetteer()
    write_cache(built, path)
    loaded = read_cache(path)
    assert len(loaded) == len(built) == 3
    assert [p.name for p in loaded.lookup("Saraqeb")] == []  # exact key: a different spelling
    assert [p.name for p in loaded.lookup_skeleton("Saraqeb")] == ["Saraqib"]
    assert loaded.lookup_script("سراقب")[0].name == "Saraqib"
    assert loaded.capital("SY").name == "Idlib"
    for name in ("Idlib", "saraqib", "Maarat al-Numan", "Homs", ""):
        assert loaded.lookup(name) == built.lookup(name), name
        assert loaded.lookup_skeleton(name) == built.lookup_skeleton(name), name
    assert loaded.lookup_script("إدلب") == built.lookup_script("إدلب")
    assert [p.name for p in loaded.lookup("Idlib")] == ["Idlib", "Saraqib"]  # ids keep their order
    assert loaded.place(2).name == "Ma‘arrat an Nu‘mān"
    assert dict(loaded.by_key) == dict(built.by_key) and len(loaded.by_script) == 2
    assert loaded.max_words == built.max_words == 3
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_an_empty_index_round_trips(tmp_path):
    g = tiny_gazetteer()
    path = tmp_path / "g.bin"
    write_cache(Gazetteer({k: getattr(g, a) for k, a in _COLUMN_ATTRS.items()}, g.by_key, {}, {}, {}), path)
    loaded = read_cache(path)
    assert not loaded.by_script and loaded.lookup_skeleton("Saraqib") == [] and loaded.capital("SY") is None


_COLUMN_ATTRS = {
    "name": "_names",
    "country": "_countries",
    "admin1": "_admin1",
    "lat": "_lat",
    "lon": "_lon",
    "population": "_pop",
    "kind": "_kind",
}


@pytest.mark.parametrize("damage", ["not a store", "truncated", "empty"])
def test_a_damaged_file_is_a_store_error(tmp_path, damage):
    path = tmp_path / "g.bin"
    write_cache(tiny_gazetteer(), path)
    data = path.read_bytes()
    path.write_bytes({"not a store": b"not a gazetteer" * 10, "truncated": data[:-9], "empty": b""}[damage])
    with pytest.raises(StoreError):
        open_store(path)


def test_a_broken_cache_file_is_rebuilt_and_replaced(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(tmp_path))
    cache_path().write_bytes(b"not a gazetteer store")
    monkeypatch.setattr(gazetteer_build, "build_gazetteer", tiny_gazetteer)  # the real build takes seconds
    rebuilt = gazetteer._load_gazetteer.__wrapped__()
    assert len(rebuilt) == 3
    assert list(read_cache(cache_path())._names) == ["Saraqib", "Idlib", "Ma‘arrat an Nu‘mān"]


def test_an_unwritable_cache_directory_still_gives_the_built_gazetteer(monkeypatch, tmp_path):
    target = tmp_path / "file-not-dir"
    target.write_text("x")
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(target / "sub"))
    monkeypatch.setattr(gazetteer_build, "build_gazetteer", tiny_gazetteer)
    assert gazetteer._load_gazetteer.__wrapped__().capital("SY").name == "Idlib"


def test_writing_the_cache_removes_files_of_older_formats(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(tmp_path))
    (tmp_path / "gazetteer-v1-0.0-0.0.pickle").write_bytes(b"old")
    (tmp_path / "gazetteer-v6-3.0.2-1.5.1.pickle").write_bytes(b"old")
    write_cache(tiny_gazetteer(), cache_path())
    assert sorted(p.name for p in tmp_path.iterdir()) == [cache_path().name]


_WORKER = """
import sys
from extractors.events.gazetteer import load_gazetteer
if sys.argv[1] == "load":
    g = load_gazetteer()
    assert g.lookup("Idlib") and g.lookup_skeleton("Idleb") and g.lookup_script("حلب")
fields = dict(line.split(":", 1) for line in open("/proc/self/smaps_rollup") if ":" in line)
print(sum(int(fields[f].split()[0]) for f in ("Private_Dirty", "Private_Clean")))
"""


def _private_kb(mode: str) -> int:
    run = subprocess.run([sys.executable, "-c", _WORKER, mode], capture_output=True, text=True, check=True)
    return int(run.stdout.split()[0])


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="needs Linux /proc")
def test_a_process_maps_the_real_gazetteer_instead_of_copying_it():
    """The real cache (built by `make setup`, or here): a process that loads it and looks names up
    holds well under the ~250 MB a private copy took (the mapped pages are shared file cache)."""
    gazetteer.load_gazetteer()  # builds and writes the cache if absent
    assert _private_kb("load") - _private_kb("import") < 40_000
