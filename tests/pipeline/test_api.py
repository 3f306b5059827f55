"""The early temporary API server (flows/api.py): never started when a server is configured."""
from __future__ import annotations

from flows.api import launch, temporary_api


def test_launch_does_nothing_with_a_configured_server(monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    assert launch() is None


def test_configured_server_is_used_and_meanwhile_still_runs(prefect_harness):
    ran = []
    with temporary_api(meanwhile=lambda: ran.append("warm")) as url:
        assert url is None  # the harness's server is configured: none is started
    assert ran == ["warm"]


def test_the_temporary_server_gets_time_on_a_busy_machine(monkeypatch):
    """Prefect's own 20 s is too short when the machine is loaded; the environment wins."""
    from flows.api import STARTUP_TIMEOUT, startup_timeout

    monkeypatch.delenv("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", raising=False)
    assert startup_timeout() == STARTUP_TIMEOUT >= 60
    monkeypatch.setenv("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "7")
    assert startup_timeout() == 7.0


class _Started:
    """A temporary server that is up already (nothing to wait for or stop)."""

    url = "http://127.0.0.1:9/api"

    def wait(self, timeout: float) -> None:
        pass

    def stop(self, wait: bool = True) -> None:
        pass


def test_a_run_on_the_temporary_server_sends_no_heartbeats_and_no_version_check():
    """The server ends with the build and runs the client's own Prefect: the heartbeat
    thread (which the end of a run waits for) and the version request are not needed."""
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    with temporary_settings(restore_defaults={PREFECT_API_URL}):  # no server configured
        with temporary_api(_Started()) as url:  # type: ignore[arg-type]
            settings = get_current_settings()
            assert url == _Started.url == str(settings.api.url)
            assert settings.flows.heartbeat_frequency is None
            assert settings.client.server_version_check_enabled is False
        assert get_current_settings().flows.heartbeat_frequency is not None


def test_the_temporary_server_is_forked_from_a_build_that_imported_prefect():
    """Once the build's process has imported Prefect's client (and runs no other thread),
    its temporary server is a fork of it, with the server's own settings (no UI, no block
    registration), answering, and gone after ``stop``. In a fresh process: pytest's has
    threads of its own."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = """
import json, os, urllib.request
import flows.build  # Prefect's client, as a build imports it
from flows.api import SERVER_ENV, TemporaryAPI, _Forked
api = TemporaryAPI()
api.start()
process = api.process
assert isinstance(process, _Forked), type(process)
assert not any(os.environ.get(k) == v for k, v in SERVER_ENV.items())  # (the child's alone)
api.wait(120)
with urllib.request.urlopen(api.url + "/health", timeout=5) as response:
    assert json.load(response) is True
api.stop()
assert api.process is None and process.poll() is not None
print("forked server ok")
"""
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # (no server)
    done = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, text=True,
                          capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "forked server ok" in done.stdout
