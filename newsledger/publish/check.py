"""Check a published release against the contract: files, the index, schemas, keys, foreign keys,
spans, CSV/Parquet agreement, datapackage.json and checksums. Returns problems; never raises."""
from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

from schemas import TABLES

from .release import SEMVER, UNCHECKSUMMED, latest_version
from .sqlite import SQLITE_NAME, sqlite_keys
from .tables import conform, read_parquet
from .validate import find_failures

REQUIRED_FILES = ("datapackage.json", "DATA_DICTIONARY.md", "README.md", "build_report.json",
                  "SHA256SUMS")


def resolve_release(path: Path) -> Path:
    """A release folder, or the latest release of a dataset folder holding LATEST."""
    latest = latest_version(path)
    return path / latest if latest else path


def _index_problems(path: Path) -> list[str]:
    latest = latest_version(path)
    if latest is None:
        return []
    problems = [] if SEMVER.match(latest) else [f"LATEST holds {latest!r}, not MAJOR.MINOR.PATCH"]
    index = path / "releases.json"
    if not index.is_file():
        return problems + ["releases.json is missing next to LATEST"]
    versions = [r.get("version") for r in json.loads(index.read_text())["releases"]]
    if latest not in versions:
        problems.append(f"releases.json does not list the latest version {latest}")
    return problems


def _csv_problems(release: Path, name: str, keys: list[str]) -> list[str]:
    with (release / f"{name}.csv").open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        at = header.index(TABLES[name].primary_key) if TABLES[name].primary_key in header else 0
        csv_keys = [row[at] for row in reader]
    problems = []
    if header != TABLES[name].columns:
        problems.append(f"{name}.csv: header differs from the schema's columns")
    if csv_keys != keys:
        problems.append(f"{name}: CSV and Parquet disagree on rows or their order")
    return problems


def _checksum_problems(release: Path) -> list[str]:
    sums = release / "SHA256SUMS"
    if not sums.is_file():
        return []
    listed = {}
    for line in sums.read_text().splitlines():
        if line.strip():
            digest, _, name = line.partition("  ")
            listed[name.strip()] = digest.strip()
    problems = []
    for name, digest in sorted(listed.items()):
        f = release / name
        if not f.is_file() or hashlib.sha256(f.read_bytes()).hexdigest() != digest:
            problems.append(f"SHA256SUMS: {name} does not match its checksum")
    problems += [f"SHA256SUMS: {p.name} is not listed" for p in sorted(release.iterdir())
                 if p.name not in listed and p.name not in UNCHECKSUMMED]
    return problems


def _datapackage_problems(release: Path) -> list[str]:
    package = release / "datapackage.json"
    if not package.is_file():
        return []
    resources = {r["name"]: r for r in json.loads(package.read_text())["resources"]}
    problems = []
    for name, table in TABLES.items():
        schema = resources.get(name, {}).get("schema", {})
        fields = schema.get("fields", [])
        if [f["name"] for f in fields] != table.columns:
            problems.append(f"datapackage.json: {name} fields differ from the schema")
        if any(not f.get("description") for f in fields):
            problems.append(f"datapackage.json: {name} has fields without a description")
        if schema.get("primaryKey") != [table.primary_key]:
            problems.append(f"datapackage.json: {name} primaryKey is not {table.primary_key}")
        declared = {(fk["fields"][0], fk["reference"]["resource"])
                    for fk in schema.get("foreignKeys", [])}
        for fk in table.foreign_keys:
            if (fk.column, fk.target) not in declared:
                problems.append(f"datapackage.json: foreign key {name}.{fk.column} → "
                                f"{fk.target} is not declared")
    return problems


QUALITY_FIGURE_KEYS = ["name", "label", "value", "n", "gold_set", "gold_size", "note"]


def _quality_problems(release: Path) -> list[str]:
    """quality.json (when the release has one): the fixed format others render, and the same
    content as datapackage.json's ``newsledger:quality``."""
    path = release / "quality.json"
    if not path.is_file():
        return []
    try:
        quality = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return ["quality.json is not JSON"]
    if not isinstance(quality, dict) or list(quality) != ["evaluator_version", "figures"]:
        return ["quality.json: keys are not evaluator_version, figures"]
    figures = quality["figures"]
    problems = []
    if [list(f) for f in figures] != [QUALITY_FIGURE_KEYS] * len(figures):
        problems.append(f"quality.json: every figure needs exactly {', '.join(QUALITY_FIGURE_KEYS)}")
    elif [f["name"] for f in figures] != sorted(f["name"] for f in figures):
        problems.append("quality.json: figures are not sorted by name")
    else:
        problems += [f"quality.json: {f['name']} has no value and no note saying why"
                     for f in figures if f["value"] is None and not f["note"]]
    package = release / "datapackage.json"
    if package.is_file() and json.loads(package.read_text()).get("newsledger:quality") != quality:
        problems.append("datapackage.json: newsledger:quality differs from quality.json")
    return problems


def _sqlite_problems(release: Path, keys: dict[str, list[str]]) -> list[str]:
    """The SQLite database, when the release has one, holds the same rows in the same order."""
    if not (release / SQLITE_NAME).is_file():
        return []
    try:
        in_db = sqlite_keys(release / SQLITE_NAME)
    except Exception as exc:  # a damaged file: report it, never raise
        return [f"{SQLITE_NAME}: cannot be read ({exc})"]
    return [f"{SQLITE_NAME}: {name} rows differ from {name}.parquet"
            for name in TABLES if in_db.get(name) != keys[name]]


def check_release(path: Path) -> list[str]:
    """Every problem found in the release at ``path`` (empty when it passes)."""
    problems = _index_problems(path)
    release = resolve_release(path)
    if not release.is_dir():
        return problems + [f"{release} is not a release folder"]
    if not SEMVER.match(release.name):
        problems.append(f"release folder {release.name!r} is not named MAJOR.MINOR.PATCH")
    problems += [f"missing {n}" for n in REQUIRED_FILES if not (release / n).is_file()]
    tables, all_keys = {}, {}
    for name in TABLES:
        missing = [ext for ext in ("parquet", "csv") if not (release / f"{name}.{ext}").is_file()]
        problems += [f"missing {name}.{ext}" for ext in missing]
        path_pq = release / f"{name}.parquet"
        tables[name] = conform(name, read_parquet(path_pq) if path_pq.is_file() else [])
        keys = all_keys[name] = tables[name].column(TABLES[name].primary_key).to_pylist()
        if keys != sorted(keys):
            problems.append(f"{name}: rows are not sorted by {TABLES[name].primary_key}")
        if not missing:
            problems += _csv_problems(release, name, keys)
    problems += [str(f) for f in find_failures(tables)]
    return (problems + _checksum_problems(release) + _datapackage_problems(release)
            + _quality_problems(release) + _sqlite_problems(release, all_keys))
