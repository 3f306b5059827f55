"""Releases as a build reads them back (``LATEST``, ``releases.json``) and the release date,
without the tables: kept apart from ``release.py`` (which writes releases, and imports the
tables, their schemas and the page), so that checking the options and telling whether a build
is up to date import only these few lines.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path


class ReleaseError(Exception):
    """A user mistake about versions or the output folder; the message says what to do."""


def latest_version(out: Path) -> str | None:
    f = out / "LATEST"
    return f.read_text(encoding="utf-8").strip() if f.is_file() else None


def latest_build_key(out: Path) -> str | None:
    """The build key recorded for the latest release (see ``newsledger.uptodate.build_key``)."""
    latest, index = latest_version(out), out / "releases.json"
    if latest is None or not index.is_file():
        return None
    try:
        entries = json.loads(index.read_text(encoding="utf-8"))["releases"]
    except (ValueError, KeyError):
        return None
    return next((e.get("build_key") for e in entries if e.get("version") == latest), None)


def release_date_from_env(explicit: str | None = None) -> str | None:
    """The release date: an explicit ISO date, else ``SOURCE_DATE_EPOCH``; never the clock."""
    if explicit:
        try:
            return dt.date.fromisoformat(explicit).isoformat()
        except ValueError:
            raise ReleaseError(f"release date {explicit!r} is not an ISO date like 2020-11-05")
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date().isoformat()
        except ValueError:
            raise ReleaseError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds")
    return None
