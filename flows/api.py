"""Prefect's temporary local API for one build, started early and cheaply.

Without ``PREFECT_API_URL`` Prefect starts a temporary API server itself when the flow makes
its first call: it imports its whole server (FastAPI, SQLAlchemy: about 2 s) into the flow's
process just to launch a ``uvicorn`` child, then waits for it. Here the build starts the same
server (same app, Prefect's settings through the environment) as soon as its own process has
imported Prefect's client, by forking that process (``fork_or_launch``): the server process
then starts with Prefect, pydantic and the client's models already imported (1 to 2 s of
CPU it would spend again, on the cores the extraction workers need) and imports only the
server's own modules. ``launch()`` starts it as a new program instead (before Prefect is
imported, or where forking is not safe). The server boots while the build starts the
extraction workers; ``temporary_api`` then waits for it, runs the flow against it and stops
it. With ``PREFECT_API_URL`` set (a real server) no server is started.

This module imports nothing from Prefect at load time.
"""
from __future__ import annotations

import atexit
import contextvars
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from newsledger.forking import can_fork, fork_child

if TYPE_CHECKING:
    import logging

_PORT_IN_USE = 3  # uvicorn's exit code when the port is taken


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The temporary server's own settings. No UI; Prefect's ephemeral-server services; and no
# registration of Prefect's block types at its start: a build's run uses no blocks, and the
# registration (a check of every installed Prefect collection, importing each, Dask's
# included: 0.4 to 0.6 s of the server's CPU) is a lasting server's bookkeeping, which
# ``prefect server start`` still does.
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
              "PREFECT__SERVER_FINAL": "1", "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
              "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false"}
_APP = "prefect.server.api.server:create_app"


def _launch(port: int) -> subprocess.Popen:
    """Prefect's own command for its temporary server (prefect.server.api.server)."""
    spec = importlib.util.find_spec("prefect")
    assert spec is not None and spec.submodule_search_locations
    app_dir = os.path.dirname(list(spec.submodule_search_locations)[0])
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--app-dir", app_dir, "--factory", _APP, "--host",
         "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on"],
        env={**os.environ, **SERVER_ENV})


class _Forked:
    """The server forked from this process, as much of ``subprocess.Popen`` as is used here."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere: it has ended
                pid, status = self.pid, 0
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while (code := self.poll()) is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"temporary API server {self.pid}", timeout or 0)
            time.sleep(0.02)
        return code

    def terminate(self) -> None:
        self._signal(signal.SIGTERM)

    def kill(self) -> None:
        self._signal(signal.SIGKILL)

    def _signal(self, sig: int) -> None:
        if self.poll() is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass


def _can_fork() -> bool:
    """Forking this process is safe and worth it: ``newsledger.forking.can_fork`` (Linux, no
    other thread) and Prefect's client imported."""
    return "prefect.context" in sys.modules and can_fork()


def _fork(port: int) -> _Forked:
    """The temporary server as a fork of this process (see the module docstring)."""
    return _Forked(fork_child(lambda: _serve(port)))


def _serve(port: int) -> int:
    """In the forked child: the server's settings from the environment, as a new process
    would read them (none of the parent's settings contexts), then uvicorn until SIGTERM;
    uvicorn's exit code (3 when the port is taken)."""
    try:
        os.environ.update(SERVER_ENV)
        import logging  # noqa: PLC0415 - (imported by Prefect already)

        import prefect.context  # noqa: PLC0415 - imported by the parent already
        import uvicorn  # noqa: PLC0415

        prefect.context.refresh_global_settings_context()
        # At SIGTERM Prefect's services are cancelled, sometimes inside a query; SQLAlchemy
        # then logs each cancelled rollback as an error with its traceback, on the build's
        # standard error after the build's own last line (seen on a loaded machine when a
        # build fails within a second of the server's start). The build is done with the
        # server by then; SQLite rolls back an unfinished transaction itself.
        logging.getLogger("sqlalchemy.pool").setLevel(logging.CRITICAL)
        contextvars.Context().run(uvicorn.run, _APP, factory=True, host="127.0.0.1",
                                  port=port, log_level="error", lifespan="on")
    except SystemExit as exc:  # uvicorn's own exit
        return exc.code if isinstance(exc.code, int) else 1
    return 0


def fork_or_launch(port: int) -> subprocess.Popen | _Forked:
    return _fork(port) if _can_fork() else _launch(port)


class TemporaryAPI:
    """One temporary API server process: ``start`` launches it, ``wait`` blocks until it
    answers, ``stop`` ends it."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.process: subprocess.Popen | _Forked | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> None:
        self.process = fork_or_launch(self.port)
        atexit.register(self.stop)  # whatever happens to the build, the server goes with it

    def wait(self, timeout: float) -> None:
        # (imported here, after the launch: urllib's HTTP client and email parser are most of
        # this module's import time, which the server's start would otherwise wait for)
        import urllib.error  # noqa: PLC0415
        import urllib.request  # noqa: PLC0415

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            code = self.process.poll()
            if code == _PORT_IN_USE:
                self.port = _free_port()
                self.start()
            elif code is not None:
                raise RuntimeError(f"Prefect's temporary API server exited with code {code}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=1) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.05)
        raise RuntimeError(f"Prefect's temporary API server did not answer within {timeout} s")

    def stop(self, wait: bool = True) -> None:
        """End the server (SIGTERM: uvicorn shuts down cleanly; killed if it takes more than
        5 s). ``wait=False``: the build goes on at once, and a thread reaps the server once
        its shutdown is over (0.1 to 0.5 s of Prefect's services stopping, which the build
        has no need to wait for: its flow run is over and its logs and events are sent)."""
        if self.process is None:
            return
        process, self.process = self.process, None
        process.terminate()
        if wait:
            _reap(process)
        else:
            threading.Thread(target=_reap, args=(process,), name="newsledger-api-stop",
                             daemon=True).start()


def _reap(process: subprocess.Popen | _Forked) -> None:
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def launch() -> TemporaryAPI | None:
    """Start a temporary API server now, unless ``PREFECT_API_URL`` is in the environment."""
    if os.environ.get("PREFECT_API_URL"):
        return None
    api = TemporaryAPI()
    api.start()
    return api


# Seconds to wait for the temporary server: Prefect's own default (20 s) is too short on a busy
# machine, where the server takes longer to import; PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS
# set in the environment wins.
STARTUP_TIMEOUT = 120.0


# Prefect's settings while a build runs against its own temporary server. No flow-run
# heartbeats: they tell a lasting server that a run's process is alive, and this server ends
# with the run; their thread sleeps in one-second steps, which the end of the run waits for
# (half a second on average). No API version check (a request before the flow's first
# step): the server runs the same Prefect as the client, by construction.
FOR_TEMPORARY_API = {"flows.heartbeat_frequency": None,
                     "client.server_version_check_enabled": False}


def startup_timeout() -> float:
    value = os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS")
    return float(value) if value else STARTUP_TIMEOUT


@contextmanager
def temporary_api(api: TemporaryAPI | None = None,
                  meanwhile: Callable[[], None] = lambda: None) -> Iterator[str | None]:
    """Run the block against the temporary server ``api`` (launched now when None), whose URL
    is yielded, or against the configured server (then ``api`` is stopped and None yielded).
    ``meanwhile()`` runs while the server boots."""
    from prefect.settings import (PREFECT_API_URL,  # noqa: PLC0415 - see the module docstring
                                  temporary_settings)

    if PREFECT_API_URL.value():
        if api is not None:
            api.stop()
        meanwhile()
        yield None
        return
    if api is None:
        api = TemporaryAPI()
        api.start()
    try:
        meanwhile()
        _import_flow_engine()
        api.wait(startup_timeout())
        with temporary_settings(updates={PREFECT_API_URL: api.url, **FOR_TEMPORARY_API}):
            try:
                yield api.url
            finally:
                drain_to_api()
        api.stop(wait=False)  # the run is over: its server ends on its own
    finally:
        api.stop()  # (failed before the run ended: wait for the server to go)


def _import_flow_engine() -> None:
    """Import now, while the server boots, what Prefect imports when a flow is first
    called: its run engines, and FastAPI (for the JSON encoding of the flow's parameters):
    about half a second between the server's start and the flow's first task otherwise."""
    import fastapi.encoders  # noqa: F401,PLC0415
    import prefect.flow_engine  # noqa: F401,PLC0415
    import prefect.task_engine  # noqa: F401,PLC0415


def _not_still_processing(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("Still processing items")


def drain_to_api(timeout: float = 5.0) -> None:
    """Send the logs and events still queued for the API while it runs: once the temporary
    server has stopped, Prefect would print "--- Error logging to API ---" at exit. A worker
    drained with items queued (a run that ends right after its last events, such as a build
    that has nothing to publish) says "Still processing items" as a warning: not here, where
    the drain is the build's own and waited for."""
    import logging  # noqa: PLC0415 - (Prefect has imported it by now)

    from prefect.events.worker import EventsWorker  # noqa: PLC0415
    from prefect.logging.handlers import APILogWorker  # noqa: PLC0415

    workers = (APILogWorker, EventsWorker)
    # (Prefect's services log under their class names; one drain_all drains every service)
    loggers = [logging.getLogger(worker.__name__) for worker in workers]
    for logger in loggers:
        logger.addFilter(_not_still_processing)
    try:
        for worker in workers:
            worker.drain_all(timeout=timeout, at_exit=False)
    finally:
        for logger in loggers:
            logger.removeFilter(_not_still_processing)
