"""The README's scheduling path, as written: a Prefect server, a process work pool, `prefect deploy
--all` from the repository, and a worker that runs a deployment. Real `prefect` commands."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from warehouse.connection import connect

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parent.parent
PREFECT = Path(sys.executable).with_name("prefect")
ALL = ("ingest", "reprocess", "backfill", "maintenance")


def prefect(args: list[str], env: dict[str, str], timeout: float = 300) -> str:
    done = subprocess.run(
        [str(PREFECT), *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"prefect {' '.join(args)}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def api_json(api: httpx.Client, method: str, path: str, **kwargs: object) -> Any:
    """The API's answer; a busy test server's 5xx is asked again (it answered no JSON body then)."""
    for _attempt in range(5):
        answer = api.request(method, path, **kwargs)  # type: ignore[arg-type]
        if answer.status_code < 500:
            break
        time.sleep(2)
    assert answer.is_success, f"{method} {path}: {answer.status_code} {answer.text[:500]}"
    return answer.json()


def test_deploy_all_registers_the_deployments_and_a_worker_runs_one(
    prefect_api_url: str, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "PREFECT_API_URL": prefect_api_url,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_CLI_PROMPT": "false",
    }
    prefect(["work-pool", "create", "conflictwire", "--type", "process", "--overwrite"], env)
    prefect(["--no-prompt", "deploy", "--all"], env)

    api = httpx.Client(base_url=prefect_api_url, timeout=30)
    deployments = {d["name"]: d for d in api_json(api, "POST", "/deployments/filter", json={})}
    assert set(ALL) <= set(deployments)
    ingest = deployments["ingest"]
    assert ingest["schedules"][0]["schedule"]["interval"] == 900
    assert ingest["global_concurrency_limit"]["limit"] == 1
    assert deployments["maintenance"]["schedules"][0]["schedule"]["cron"] == "30 3 * * *"
    assert not deployments["backfill"]["schedules"]  # manual
    assert "path" in deployments["backfill"]["parameter_openapi_schema"]["properties"]
    assert not deployments["reprocess"]["schedules"]  # manual
    assert "since" in deployments["reprocess"]["parameter_openapi_schema"]["properties"]

    # a worker started from the repository runs the maintenance deployment
    db = tmp_path / "w.duckdb"
    connect(db).close()
    run = api_json(
        api,
        "POST",
        f"/deployments/{deployments['maintenance']['id']}/create_flow_run",
        json={"parameters": {"db_path": str(db), "verify_only": False}},
    )
    prefect(["worker", "start", "--pool", "conflictwire", "--run-once"], env, timeout=300)
    deadline = time.monotonic() + 120
    while True:
        state = api_json(api, "GET", f"/flow_runs/{run['id']}")["state"]["type"]
        if state in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED") or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert state == "COMPLETED"
    assert (tmp_path / "w.snapshot.duckdb").exists()  # maintenance published the snapshot
