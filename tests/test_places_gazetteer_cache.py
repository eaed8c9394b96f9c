"""The gazetteer cache file: where it goes, that it round-trips, that a broken one is rebuilt."""

import pickle
from array import array

from extractors.events import gazetteer
from extractors.events.gazetteer import Gazetteer, cache_path, name_key, name_skeleton, write_cache


def tiny_gazetteer() -> Gazetteer:
    columns = {
        "name": ["Saraqib", "Idlib"],
        "country": ["SY", "SY"],
        "admin1": ["Idlib", "Idlib"],
        "lat": array("d", [35.86, 35.93]),
        "lon": array("d", [36.8, 36.63]),
        "population": array("q", [34000, 128000]),
        "kind": ["city", "admin1"],
    }
    keys = {name_key("Saraqib"): 0, name_key("Idlib"): 1}
    skeletons = {name_skeleton(k): v for k, v in keys.items()}
    return Gazetteer(columns, keys, skeletons, {"SY": 1}, {"سراقب": 0})


def test_cache_path_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(tmp_path))
    path = cache_path()
    assert path.parent == tmp_path
    assert f"v{gazetteer.GAZETTEER_FORMAT}" in path.name


def test_cache_round_trip(tmp_path):
    path = tmp_path / "g.pickle"
    write_cache(tiny_gazetteer(), path)
    state = pickle.loads(path.read_bytes())
    loaded = Gazetteer(
        state["columns"], state["by_key"], state["by_skeleton"], state["capitals"], state["by_script"]
    )
    assert [p.name for p in loaded.lookup("Saraqeb")] == []  # exact key: a different spelling
    assert [p.name for p in loaded.lookup_skeleton("Saraqeb")] == ["Saraqib"]
    assert loaded.lookup_script("سراقب")[0].name == "Saraqib"
    assert loaded.capital("SY").name == "Idlib"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_a_broken_cache_file_is_rebuilt_and_replaced(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(tmp_path))
    cache_path().write_bytes(b"not a pickle")
    monkeypatch.setattr(gazetteer, "build_gazetteer", tiny_gazetteer)  # the real build takes seconds
    rebuilt = gazetteer._load_gazetteer.__wrapped__()
    assert len(rebuilt) == 2
    assert pickle.loads(cache_path().read_bytes())["columns"]["name"] == ["Saraqib", "Idlib"]


def test_writing_the_cache_removes_files_of_older_formats(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(tmp_path))
    old = tmp_path / "gazetteer-v1-0.0-0.0.pickle"
    old.write_bytes(b"old")
    write_cache(tiny_gazetteer(), cache_path())
    assert sorted(p.name for p in tmp_path.iterdir()) == [cache_path().name]
