"""Shared fixtures. Prefect runs against a temporary home and, for flow tests, under
`prefect_test_harness` (a real temporary Prefect server, started once per session)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile


def _temporary_prefect_home() -> None:
    """PREFECT_HOME for a session started without one: a temporary directory, removed when the
    session ends (one empty directory per session was left in /tmp before). A PREFECT_HOME given
    (`make test` sets one) is used as it is, and no directory is made."""
    if "PREFECT_HOME" in os.environ:
        return
    home = tempfile.mkdtemp(prefix="conflictwire-prefect-")
    os.environ["PREFECT_HOME"] = home
    atexit.register(shutil.rmtree, home, ignore_errors=True)


_temporary_prefect_home()
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse.duckdb"


@pytest.fixture(scope="session")
def demo_warehouse(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse filled by `conflictwire demo`, once per session. Read it, or copy it first
    (`copy_of_demo`) to change it."""
    from typer.testing import CliRunner

    from flows.cli import app

    os.environ.setdefault("CONFLICTWIRE_PER_HOST_DELAY_S", "0")
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = CliRunner().invoke(app, ["demo", "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def copy_of_demo(demo_warehouse: Path, tmp_path: Path) -> Path:
    import shutil

    from warehouse.raw_store import raw_dir

    target = tmp_path / "demo.duckdb"
    shutil.copyfile(demo_warehouse, target)
    if raw_dir(demo_warehouse).is_dir():  # the stored pages' files (`warehouse.raw_store`)
        shutil.copytree(raw_dir(demo_warehouse), raw_dir(target))
    return target


@pytest.fixture(scope="session")
def prefect_api_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `prefect server start` for tests that run commands in other processes (one per
    session: a start costs 10-20 s). It dies with the test process, kill -9 included."""
    from flows.prefect_server import start_server, stop_server

    home = tmp_path_factory.mktemp("prefect-server-home")
    old = os.environ.get("PREFECT_HOME")
    os.environ["PREFECT_HOME"] = str(home)
    try:
        server, api = start_server()
    finally:
        if old is None:
            os.environ.pop("PREFECT_HOME", None)
        else:
            os.environ["PREFECT_HOME"] = old
    yield api
    stop_server(server)
