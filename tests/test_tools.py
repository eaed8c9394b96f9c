"""The coder's command line (`extractors/events/tools.py`) and the commands `make setup` runs."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.events import tools

ROOT = Path(__file__).resolve().parent.parent
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def makefile_modules() -> list[str]:
    return re.findall(r"python -m ((?:extractors|flows|warehouse)\.[\w.]+)", MAKEFILE)


def test_setup_runs_the_tools_module():
    assert makefile_modules() and set(makefile_modules()) == {"extractors.events.tools"}


@pytest.mark.parametrize("module", sorted(set(makefile_modules())))
def test_a_module_run_with_m_is_not_imported_by_its_package(module):
    # runpy warns (and runs the module's code a second time) when importing the package already
    # imported the module it is asked to run as __main__
    package = module.rsplit(".", 1)[0]
    code = f"import sys, {package}; print({module!r} in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def _has_main_block(path: Path) -> bool:
    """Whether a module's top level has an `if __name__ == "__main__":` block."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.If)
            and "__main__" in ast.unparse(node.test)
            and "__name__" in ast.unparse(node.test)
        ):
            return True
    return False


def test_no_module_the_coder_imports_has_an_entry_point_of_its_own():
    # a `__main__` block in a module that importing `extractors.events` loads can only be reached
    # by running the module a second time (runpy); the coder's entry point is `tools` alone
    code = (
        "import sys, extractors.events, extractors.events.tools;"
        "print('\\n'.join(m.__file__ for n, m in sys.modules.items()"
        " if n.startswith('extractors.') and n != 'extractors.events.tools' and getattr(m, '__file__', None)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    loaded = [Path(f) for f in out.stdout.split()]
    assert any(p.name == "gazetteer.py" for p in loaded) and any(p.name == "lexicon.py" for p in loaded)
    assert [p.name for p in loaded if _has_main_block(p)] == []
    assert _has_main_block(ROOT / "extractors" / "events" / "tools.py")


def test_the_build_commands_of_the_makefile_are_accepted(monkeypatch):
    called = []
    monkeypatch.setattr(tools, "build_gazetteer_cache", lambda: called.append("gazetteer") or 0)
    monkeypatch.setattr(tools, "build_pack_caches", lambda codes: called.append(tuple(codes)) or 0)
    for line in re.findall(r"python -m extractors\.events\.tools (.+)", MAKEFILE):
        assert tools.main(line.split()) == 0, line
    assert "gazetteer" in called and any(isinstance(c, tuple) and "en" in c for c in called)
    called.clear()
    assert tools.main(["build"]) == 0
    assert called[0] == "gazetteer" and "fr" in called[1]
    assert tools.main(["build", "packs", "fr", "es"]) == 0 and called[-1] == ("fr", "es")


def test_unknown_commands_print_the_usage(capsys):
    assert tools.main([]) == 2
    assert tools.main(["build", "everything"]) == 2
    assert tools.main(["keys"]) == 2
    assert "python -m extractors.events.tools build" in capsys.readouterr().err


def test_the_pack_checker(tmp_path, capsys):
    assert tools.main(["keys", "en", "air strikes"]) == 0
    assert "'air strikes'" in capsys.readouterr().out
    report = tmp_path / "report.txt"
    report.write_text("The talks went on.\nGunmen opened fire on a bus.\n", encoding="utf-8")
    assert tools.main(["check", "en", str(report)]) == 0
    hits = capsys.readouterr().out.splitlines()
    assert any(h.startswith(f"{report}:2: triggers.") and "'opened fire'" in h for h in hits)
    assert tools.main(["lint", "en"]) == 0
    assert tools.main(["keys", "xx", "word"]) == 2
