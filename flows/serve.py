"""Rebuild a release on a schedule: the build flow served as a Prefect deployment.

``newsledger serve`` registers the deployment ``newsledger-build/<name>`` with the Prefect
server that ``PREFECT_API_URL`` names, with an interval schedule and the build's parameters, then
runs each scheduled run in a subprocess of this process until stopped: Ctrl-C (or SIGTERM)
stops the runner, pauses the schedule (the server drops the runs it queued) and prints one
line. The runs appear in the Prefect UI with their parameters, task durations and logs,
including the seconds spent per stage. A run whose corpus and code are unchanged stops after
reading the corpus and logs "up to date". This is what ``flow.serve`` does (no work pool or
worker to set up), with one line instead of its banner and a clean stop; ``prefect.yaml``
users can deploy ``flows.build:build_flow`` the same way.
"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import os
import signal
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

from prefect.client.orchestration import get_client
from prefect.deployments.runner import EntrypointType, RunnerDeployment
from prefect.runner import Runner
from prefect.settings import PREFECT_LOGGING_LEVEL, get_current_settings, temporary_settings

from flows.build import BuildParameters, build_flow

DEFAULT_NAME = "scheduled"


class ServeError(Exception):
    """A setup problem the user can fix (no server, server unreachable); one line."""


def api_url() -> str | None:
    """The Prefect API the deployment is registered with (PREFECT_API_URL or the profile)."""
    url = get_current_settings().api.url
    return str(url).rstrip("/") if url else None


def check_server() -> str:
    """The API URL of a reachable Prefect server, else a ServeError saying what to do."""
    url = api_url()
    if not url:
        raise ServeError("newsledger serve needs a Prefect server: start one with `prefect "
                         "server start` and export PREFECT_API_URL=http://127.0.0.1:4200/api")
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=5) as response:
            response.read()
    except (OSError, urllib.error.URLError) as exc:
        raise ServeError(f"cannot reach the Prefect server at PREFECT_API_URL={url} ({exc}): "
                         "start it with `prefect server start`")
    return url


def deployment(params: BuildParameters, interval: dt.timedelta,
               name: str = DEFAULT_NAME) -> RunnerDeployment:
    """The scheduled build: every ``interval``, with ``params`` as its default parameters."""
    return build_flow.to_deployment(
        name=name, interval=interval, parameters={"params": params.model_dump()},
        description="Rebuild the newsledger release of the corpus; publish a new version when "
                    "the data changed, report 'up to date' otherwise.",
        tags=["newsledger"], entrypoint_type=EntrypointType.MODULE_PATH)


def serve_builds(params: BuildParameters, interval: dt.timedelta, name: str = DEFAULT_NAME,
                 log_level: str = "INFO", say: Callable[[str], None] = print) -> None:
    """Register the scheduled build and run its runs one at a time until interrupted (Ctrl-C
    or SIGTERM), then pause its schedule (the server drops the runs it had queued). The runs
    send their logs from ``log_level`` up to the server (INFO: the build summary). ``say``
    prints the two lines serving shows: what is served, and that it stopped."""
    with temporary_settings(updates={PREFECT_LOGGING_LEVEL: log_level}):
        asyncio.run(_serve(deployment(params, interval, name), interval, say))


async def _serve(served: RunnerDeployment, interval: dt.timedelta,
                 say: Callable[[str], None]) -> None:
    """``prefect.serve`` without its banner, stopped by a signal rather than an exception: a
    KeyboardInterrupt inside ``asyncio.run`` cancels the runner before it can pause the
    schedule, and prints the cancelled tasks' tracebacks."""
    _runs_in_their_own_session()
    runner = Runner(name=f"newsledger-{served.name}", limit=1, pause_on_shutdown=False)
    deployment_id = await runner.add_deployment(served)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    running = asyncio.create_task(runner.start())
    # Runner.start sets its own SIGTERM handler (it raises): take SIGTERM back once it started.
    await asyncio.sleep(0)
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    full = f"{served.flow_name}/{served.name}"
    ui = str(get_current_settings().ui_url or "").rstrip("/")
    say(f"serving {full} every {_every(interval)}" + (f"; runs at {ui}/runs" if ui else "")
        + f"; run one now with: prefect deployment run '{full}'; Ctrl-C stops")
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
    try:
        if not running.done():
            await runner.astop()  # cancels a run in progress, ends the polling loop
        with contextlib.suppress(asyncio.CancelledError):
            await running
    finally:
        stopping.cancel()
        async with get_client() as client:
            await client.pause_deployment(deployment_id)
    say(f"stopped: the schedule of {full} is paused (resume it in the UI or with: "
        f"prefect deployment resume '{full}')")


def _runs_in_their_own_session() -> None:
    """Start each run in a session of its own (POSIX): a Ctrl-C in serve's terminal then
    reaches serve alone, not the run and its extraction workers (each would print a
    KeyboardInterrupt traceback, some in the middle of their imports); serve cancels the run
    itself (SIGTERM to the run, whose workers end with it). Prefect's runner starts runs in
    serve's process group and offers no option for it, so the one function it starts them
    with is wrapped, in this process only."""
    if os.name != "posix":
        return
    from prefect.runner import _starter_engine  # noqa: PLC0415

    start = _starter_engine.run_process
    if getattr(start, "own_session", False):
        return

    @functools.wraps(start)
    async def run_process(*args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("start_new_session", True)
        return await start(*args, **kwargs)

    run_process.own_session = True  # type: ignore[attr-defined]
    _starter_engine.run_process = run_process


def _every(interval: dt.timedelta) -> str:
    seconds = int(interval.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
