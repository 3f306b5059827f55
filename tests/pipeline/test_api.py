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
