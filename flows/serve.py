"""Rebuild a release on a schedule: the build flow served as a Prefect deployment.

``newsledger serve`` registers the deployment ``newsledger-build/<name>`` with the Prefect
server that ``PREFECT_API_URL`` names, with an interval schedule and the build's parameters, then
runs each scheduled run in a subprocess of this process until stopped (Ctrl-C pauses the
schedule). The runs appear in the Prefect UI with their parameters, task durations and logs,
including the seconds spent per stage. A run whose corpus and code are unchanged stops after
reading the corpus and logs "up to date". This is ``flow.serve`` (no work pool or worker to set
up); ``prefect.yaml`` users can deploy ``flows.build:build_flow`` the same way.
"""
from __future__ import annotations

import datetime as dt
import urllib.error
import urllib.request

from prefect import serve
from prefect.deployments.runner import EntrypointType, RunnerDeployment
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
                 log_level: str = "INFO") -> None:
    """Register the scheduled build and run its runs one at a time until interrupted; the runs
    send their logs from ``log_level`` up to the server (INFO: the build summary)."""
    with temporary_settings(updates={PREFECT_LOGGING_LEVEL: log_level}):
        serve(deployment(params, interval, name), limit=1)
