"""Scheduled rebuilds: `newsledger serve` checks its options and its server up front, and the
served deployment's runs build, then report "up to date", visible through the Prefect API."""
from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import main, parse_interval


@pytest.mark.parametrize("text, seconds", [
    ("1h", 3600), ("30m", 1800), ("1h30m", 5400), ("1d", 86400), ("1w", 604800),
    ("90", 90), (" 2H ", 7200),
])
def test_interval(text, seconds):
    assert parse_interval(text) == dt.timedelta(seconds=seconds)


@pytest.mark.parametrize("args, message", [
    (["--interval", "often"], "not like 30m, 1h"),
    (["--interval", "1h-5m"], "not like 30m, 1h"),
    (["--interval", "30s"], "shorter than a minute"),
    (["--corpus", "no/such/folder"], "does not exist"),
    (["--license", "All rights reserved"], "neither an SPDX id"),
])
def test_serve_option_mistakes_are_one_line(args, message):
    result = CliRunner().invoke(main, ["serve", *args])
    assert result.exit_code == 2, result.output
    assert message in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("url, message", [
    (None, "needs a Prefect server: start one with `prefect server start`"),
    ("http://127.0.0.1:9/api", "cannot reach the Prefect server"),
])
def test_serve_without_a_server_says_how_to_start_one(monkeypatch, seed_corpus, url, message):
    import flows.serve

    monkeypatch.setattr(flows.serve, "api_url", lambda: url)
    result = CliRunner().invoke(main, ["serve", "--corpus", str(seed_corpus)])
    assert result.exit_code == 2, result.output
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_scheduled_runs_build_then_report_up_to_date(prefect_harness, seed_corpus, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.runner import Runner
    from prefect.settings import PREFECT_LOGGING_LEVEL, temporary_settings

    from flows.build import BuildParameters
    from flows.serve import check_server, deployment

    check_server()
    params = BuildParameters(corpus=[str(seed_corpus)], out=str(tmp_path / "ds"), cache=None)
    served = deployment(params, dt.timedelta(hours=1), "test-serve")

    async def run_once(runner: Runner, deployment_id) -> tuple[object, list[str]]:
        async with get_client() as client:
            run = await client.create_flow_run_from_deployment(deployment_id)
            await runner.start(run_once=True)
            run = await client.read_flow_run(run.id)
            logs = [log.message for log in await client.read_logs()
                    if log.flow_run_id == run.id]
            return run, logs

    async def scenario():
        runner = Runner(name="test-serve", limit=1, query_seconds=1)
        deployment_id = await runner.add_deployment(served)
        async with get_client() as client:
            registered = await client.read_deployment(deployment_id)
        first, first_logs = await run_once(runner, deployment_id)
        second, second_logs = await run_once(runner, deployment_id)
        return registered, (first, first_logs), (second, second_logs), \
            await scheduled_by_the_server(deployment_id)

    async def scheduled_by_the_server(deployment_id) -> list:
        """What the server's scheduler does with the interval schedule (the code path that
        SQLAlchemy 2.1 breaks in Prefect 3.8): the next runs, an interval apart."""
        from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId

        async with get_client() as client:
            response = await client._client.post(f"/deployments/{deployment_id}/schedule",
                                                 json={"min_runs": 3, "max_runs": 3})
            response.raise_for_status()
            runs = await client.read_flow_runs(deployment_filter=DeploymentFilter(
                id=DeploymentFilterId(any_=[deployment_id])))
            return sorted(r.expected_start_time for r in runs if r.state.is_scheduled())

    with temporary_settings(updates={PREFECT_LOGGING_LEVEL: "INFO"}):  # as serve_builds does
        registered, (first, first_logs), (second, second_logs), scheduled = \
            asyncio.run(scenario())
    assert [s.schedule.interval for s in registered.schedules] == [dt.timedelta(hours=1)]
    assert registered.parameters["params"]["out"] == str(tmp_path / "ds")
    assert first.state.is_completed() and second.state.is_completed()
    assert first.parameters["params"]["corpus"] == [str(seed_corpus)]
    assert any(m.startswith("published 0.1.0 (initial)") for m in first_logs), first_logs
    assert any(m.startswith("seconds per stage: ingest") for m in first_logs), first_logs
    assert any(m.startswith("up to date: the latest release 0.1.0") for m in second_logs)
    releases = json.loads((tmp_path / "ds" / "releases.json").read_text())["releases"]
    scheduled_day = first.expected_start_time.astimezone(dt.timezone.utc).date().isoformat()
    assert [(r["version"], r["date"]) for r in releases] == [("0.1.0", scheduled_day)]
    assert (Path(tmp_path / "ds" / "0.1.0" / "index.html")).is_file()
    assert len(scheduled) == 3
    assert {b.timestamp() - a.timestamp() for a, b in zip(scheduled, scheduled[1:])} == {3600}


def test_ctrl_c_cancels_the_run_pauses_the_schedule_and_says_so_in_one_line(
        prefect_harness, seed_corpus, tmp_path):
    """`newsledger serve` as a user runs it, in its own process group, stopped with Ctrl-C
    (SIGINT to the group, as a terminal sends it) while a run is in progress."""
    import os
    import signal
    import subprocess
    import sys

    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(),
           "PREFECT_LOGGING_LEVEL": "WARNING"}
    env.pop("DO_NOT_TRACK", None)  # the command sets it
    serve = subprocess.Popen(
        [str(Path(sys.executable).with_name("newsledger")), "serve", "--corpus",
         str(seed_corpus), "--out", str(tmp_path / "ds"), "--no-cache", "--interval", "1h",
         "--name", "ctrl-c", "--log-level", "WARNING"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True)
    try:
        first = serve.stdout.readline()
        assert first.startswith("serving newsledger-build/ctrl-c every 1h; runs at "), first

        async def run_in_progress():
            async with get_client() as client:
                served = await client.read_deployment_by_name("newsledger-build/ctrl-c")
                run = await client.create_flow_run_from_deployment(served.id)
                from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

                for _ in range(240):  # until the run has a task: the flow itself has begun
                    run = await client.read_flow_run(run.id)
                    tasks = await client.read_task_runs(flow_run_filter=FlowRunFilter(
                        id=FlowRunFilterId(any_=[run.id])))
                    if tasks or run.state.is_final():
                        break
                    await asyncio.sleep(0.5)
                return served.id, run

        deployment_id, run = asyncio.run(run_in_progress())
        assert run.state.is_running(), run.state
        os.killpg(serve.pid, signal.SIGINT)
        out, err = serve.communicate(timeout=180)
    finally:
        if serve.poll() is None:
            serve.kill()
    assert serve.returncode == 0, err
    assert out.splitlines() == [
        "stopped: the schedule of newsledger-build/ctrl-c is paused (resume it in the UI or "
        "with: prefect deployment resume 'newsledger-build/ctrl-c')"], out
    for noise in ("Traceback", "KeyboardInterrupt", "CancelledError", "To trigger any of",
                  "telemetry"):
        assert noise not in out + err, err

    async def after():
        from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId

        async with get_client() as client:
            served = await client.read_deployment(deployment_id)
            runs = await client.read_flow_runs(deployment_filter=DeploymentFilter(
                id=DeploymentFilterId(any_=[deployment_id])))
            return served, runs

    served, runs = asyncio.run(after())
    assert served.paused
    assert [r.state.type.value for r in runs] in (["CANCELLED"], ["CANCELLING"])


def test_the_command_turns_prefects_client_analytics_off(monkeypatch):
    from newsledger.cli import quiet_prefect

    monkeypatch.delenv("DO_NOT_TRACK", raising=False)
    quiet_prefect()
    from prefect._internal.analytics.enabled import is_telemetry_enabled

    assert not is_telemetry_enabled()
