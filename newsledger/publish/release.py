"""Publish a validated build as an immutable, atomic, semantically versioned release.

Layout (DESIGN.md "Releases"): ``<out>/LATEST``, ``<out>/releases.json`` and one folder per
version. A release is written into a hidden staging folder next to the others, then renamed into
place, so it appears whole or not at all; an existing version is never overwritten.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemas import TABLES

from .diff import ReleaseDiff, diff_releases
from .info import DatasetInfo
from .metadata import data_dictionary, datapackage, dataset_card, quote_kind_counts, write_json
from .page import PAGE_NAME, prepare_release_page, write_dataset_index, write_page
from .sqlite import DATASETTE_METADATA, SQLITE_NAME, DatabaseWriter, datasette_metadata
from .tables import TableLike, Tables, as_tables
from .validate import ValidationFailed
from .versions import (ReleaseError, latest_build_key, latest_version,  # noqa: F401
                       release_date_from_env)  # (re-exported)
from .writer import InMemory, RowSource, write_release_tables

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
FIRST_VERSION = "0.1.0"
UNCHECKSUMMED = ("build_report.json", "SHA256SUMS")  # the run's timings; the list itself
DIR_MODE, FILE_MODE = 0o755, 0o644  # releases are readable by all
QUALITY_FILE = "quality.json"  # measured quality (newsledger.evaluate); checksummed
# Every file of a release besides the tables. A latest release that lacks one of them (made by
# an older newsledger) is followed by a new MINOR release even when the data are unchanged: new
# files are new artifacts, and releases are never modified in place.
ARTIFACTS = ("DATA_DICTIONARY.md", "README.md", "build_report.json", "datapackage.json",
             SQLITE_NAME, DATASETTE_METADATA, PAGE_NAME, "SHA256SUMS")


@dataclass(frozen=True)
class ReleaseResult:
    version: str | None  # the new version, or None when nothing was published
    path: Path | None
    latest: str | None  # the latest version before this build
    bump: str  # initial, major, minor, patch or none
    diff: ReleaseDiff | None
    counts: dict[str, int] | None = None  # rows per table of the new release

    @property
    def up_to_date(self) -> bool:
        return self.version is None


def parse_version(text: str) -> tuple[int, int, int]:
    m = SEMVER.match(text.strip())
    if not m:
        raise ReleaseError(f"version {text!r} is not MAJOR.MINOR.PATCH (for example 1.2.0)")
    return int(m[1]), int(m[2]), int(m[3])


def next_version(latest: str, bump: str) -> str:
    """Bump ``latest``; while MAJOR is 0 (data not yet stable) a breaking change bumps MINOR."""
    major, minor, patch = parse_version(latest)
    if bump == "major" and major > 0:
        return f"{major + 1}.0.0"
    if bump in ("major", "minor"):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _checksums(folder: Path, known: Mapping[str, str] | None = None) -> dict[str, str]:
    """SHA-256 of every checksummed file in ``folder`` (reusing the ``known`` ones; files
    still being written, named with a leading dot, are left out)."""
    known = known or {}
    return {n: known.get(n) or _sha256_file(folder / n)
            for n in sorted(p.name for p in folder.iterdir()
                            if p.name not in UNCHECKSUMMED and not p.name.startswith("."))}


def _write_checksums(folder: Path, known: Mapping[str, str] | None = None) -> None:
    lines = [f"{digest}  {n}\n" for n, digest in _checksums(folder, known).items()]
    (folder / "SHA256SUMS").write_text("".join(lines), encoding="utf-8")


def _atomic_write(path: Path, content: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(content, encoding="utf-8")
    os.chmod(tmp, FILE_MODE)
    os.replace(tmp, path)


def make_out(out: Path) -> None:
    """The folder of releases, made readable by all when it is made here."""
    if not out.is_dir():
        out.mkdir(parents=True)
        os.chmod(out, DIR_MODE)


def readable_by_all(folder: Path) -> None:
    """Folders 0755 and files 0644 under ``folder`` (itself included), whatever the umask:
    a release is meant to be published (``tempfile.mkdtemp`` makes its staging folder 0700)."""
    os.chmod(folder, DIR_MODE)
    for path in folder.rglob("*"):
        os.chmod(path, DIR_MODE if path.is_dir() else FILE_MODE)


def _update_index(out: Path, entry: dict[str, Any]) -> None:
    index = out / "releases.json"
    data = json.loads(index.read_text(encoding="utf-8")) if index.is_file() else {"releases": []}
    data["releases"] = [r for r in data["releases"] if r["version"] != entry["version"]]
    data["releases"].append(entry)
    data["releases"].sort(key=lambda r: parse_version(r["version"]))
    _atomic_write(index, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    _atomic_write(out / "LATEST", entry["version"] + "\n")


def final_report(report: Mapping[str, Any], counts: Mapping[str, int],
                 started: float) -> dict[str, Any]:
    """build_report.json's content: the build's report with the rows per table of the release
    and the seconds publishing took (until the report was written)."""
    out = dict(report)
    out["rows"] = dict(counts)
    out["timings"] = {**report.get("timings", {}),
                      "publish": round(time.perf_counter() - started, 3)}
    return out


def missing_artifacts(release: Path) -> tuple[str, ...]:
    """The files of ARTIFACTS that ``release`` lacks (made before they existed)."""
    return tuple(n for n in ARTIFACTS if not (release / n).exists())


def release_bump(diff: ReleaseDiff | None, missing: tuple[str, ...]) -> str:
    """The bump of a new release: the data's (``ReleaseDiff.bump``), raised to MINOR when the
    release adds files the latest one lacks (none means up to date)."""
    if diff is None:
        return "initial"
    if missing and diff.bump in ("none", "patch"):
        return "minor"
    return diff.bump


def changelog_entry(version: str, release_date: str | None, counts: Mapping[str, int],
                    diff: ReleaseDiff | None, bump: str, why: str) -> str:
    lines = [f"## Dataset {version} ({release_date or 'undated'})", "", why, ""]
    if diff is None:
        lines.append("Rows: " +
                     ", ".join(f"{t} {counts.get(t, 0)}" for t in TABLES) + ".")
    else:
        lines.append(f"Version bump: {bump}. Rows per table (added / removed / changed, total):")
        lines.append("")
        for t in diff.tables:
            schema = ""
            if t.schema_differs:
                parts = [f"{k} {', '.join(v)}" for k, v in (
                    ("added columns", t.columns_added), ("removed columns", t.columns_removed),
                    ("retyped columns", t.columns_retyped)) if v]
                schema = "; schema: " + "; ".join(parts)
            lines.append(f"- {t.table}: +{t.added} / -{t.removed} / ~{t.changed}, "
                         f"{counts.get(t.table, 0)} rows{schema}")
        for name in diff.tables_added:
            lines.append(f"- {name}: new table, {counts.get(name, 0)} rows")
        for name in diff.tables_removed:
            lines.append(f"- {name}: table removed")
    return "\n".join(lines) + "\n"


def add_to_changelog(changelog: Path, entry: str) -> None:
    """Insert ``entry`` above the first ``## `` heading (newest first)."""
    text = changelog.read_text(encoding="utf-8") if changelog.is_file() else "# Changelog\n\n"
    at = text.find("\n## ")
    text = text + "\n" + entry if at < 0 else text[:at + 1] + entry + "\n" + text[at + 1:]
    _atomic_write(changelog, text)


def _default_why(diff: ReleaseDiff | None, missing: tuple[str, ...]) -> str:
    if diff is None:
        return "First release."
    data = "The data are unchanged" if diff.identical else f"A {diff.bump} change of the data"
    if missing:
        return f"{data}; the release adds files: " + ", ".join(f"`{n}`" for n in missing) + "."
    return f"{data}."


def publish(data: Mapping[str, TableLike] | RowSource, report: dict[str, Any], out: Path, *,
            info: DatasetInfo | None = None, version: str | None = None,
            release_date: str | None = None, limits: str = "", why: str = "",
            changelog: Path | None = None, build_key: str | None = None,
            quality: Mapping[str, Any] | Callable[[], Mapping[str, Any]] | None = None,
            started: float | None = None,
            _before_rename: Callable[[Path], None] | None = None) -> ReleaseResult:
    """Validate the tables, then publish them as a new release of ``out`` unless nothing changed.

    ``data`` maps table names to Arrow tables or lists of row dicts, or is a RowSource that
    hands tables over piece by piece (large builds). Tables are checked while they are written
    into a staging folder. Raises ValidationFailed (nothing published) or ReleaseError (a
    version problem). ``info``: the dataset's title, licence, citation… (default: newsledger's
    own). ``quality`` (the content of quality.json, see ``newsledger.evaluate``, or a function
    giving it, called once the tables are written: it may be measured meanwhile) is
    written as quality.json and shown in the card and datapackage.json. ``started``: the
    ``time.perf_counter()`` the publish stage began at (default: now), for build_report.json.
    ``_before_rename`` is a test hook called with the complete staging folder.
    """
    started = started if started is not None else time.perf_counter()
    info = info or DatasetInfo()
    source = data if hasattr(data, "pieces") else InMemory(as_tables(data))
    make_out(out)
    latest = latest_version(out)
    if version is not None:
        parse_version(version)
        if latest and parse_version(version) <= parse_version(latest):
            raise ReleaseError(f"--version {version} is not greater than the latest release "
                               f"{latest}; pass a higher version or leave it out")
        if (out / version).exists():
            raise ReleaseError(f"{out / version} exists already: releases are never overwritten")
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    # The database is filled beside the other files, table by table:
    database = DatabaseWriter(staging, expected_rows=source.row_count())
    try:
        written = write_release_tables(source, staging, database)
        if written.failures:
            raise ValidationFailed(written.failures)
        if callable(quality):
            quality = quality()
        diff = diff_releases(out / latest, staging) if latest and (out / latest).is_dir() else None
        missing = missing_artifacts(out / latest) if diff is not None else ()
        bump = release_bump(diff, missing)
        if bump == "none" and version is None:
            database.abort()
            shutil.rmtree(staging)
            return ReleaseResult(None, None, latest, "none", diff, written.counts)
        new = version or (FIRST_VERSION if latest is None else next_version(latest, bump))
        if (out / new).exists():
            raise ReleaseError(f"{out / new} exists already but LATEST says {latest}: "
                               "check the folder, releases are never overwritten")
        counts, digest = written.counts, written.corpus_sha256
        (staging / "DATA_DICTIONARY.md").write_text(data_dictionary(), encoding="utf-8")
        write_json(staging / "build_report.json", report)
        if quality is not None:
            write_json(staging / QUALITY_FILE, quality)
        (staging / "README.md").write_text(dataset_card(
            info=info, version=new, release_date=release_date, counts=counts, report=report,
            corpus_sha256=digest, limits=limits, quality=quality,
            quote_kinds=quote_kind_counts(staging)), encoding="utf-8")
        csvs = {f"{t}.csv": staging / f"{t}.csv" for t in TABLES}
        csv_digests = {k: _sha256_file(p) for k, p in csvs.items()}  # read once, kept
        write_json(staging / "datapackage.json", datapackage(
            info, new, release_date, csv_digests,
            {k: p.stat().st_size for k, p in csvs.items()}, quality))
        write_json(staging / DATASETTE_METADATA, datasette_metadata(
            info=info, version=new, release_date=release_date))
        # While the database is still being filled: the other files' checksums and the page's
        # queries, which read the tables' files.
        digests = _checksums(staging, csv_digests)
        page = prepare_release_page(staging, info=info, version=new,
                                    release_date=release_date, counts=counts, report=report,
                                    corpus_sha256=digest, limits=limits, digests=digests)
        database.finish()
        digests = _checksums(staging, digests)  # and the database's
        write_page(staging, page(digests))  # lists every other file with its checksum
        _write_checksums(staging, digests)
        # The report again, now with the rows and the seconds spent publishing (to this point):
        # it is the one file outside SHA256SUMS, so the page only names it.
        write_json(staging / "build_report.json", final_report(report, counts, started))
        readable_by_all(staging)
        if _before_rename is not None:
            _before_rename(staging)
        os.rename(staging, out / new)
    except BaseException:
        database.abort()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _update_index(out, {"version": new, "date": release_date, "corpus_sha256": digest,
                        "rows": counts, "build_key": build_key})
    if changelog is not None:
        add_to_changelog(changelog, changelog_entry(
            new, release_date, counts, diff, bump,
            why or _default_why(diff, missing)))
    write_dataset_index(out, changelog)
    return ReleaseResult(new, out / new, latest, bump, diff, counts)
