"""Check a published release: files present, schemas, cross-table checks and checksums."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from schemas import TABLES

from .release import UNCHECKSUMMED, latest_version
from .tables import conform, read_parquet
from .validate import find_failures

REQUIRED_FILES = ("datapackage.json", "DATA_DICTIONARY.md", "README.md", "build_report.json",
                  "SHA256SUMS")


def resolve_release(path: Path) -> Path:
    """A release folder, or the latest release of a dataset folder holding LATEST."""
    latest = latest_version(path)
    return path / latest if latest else path


def check_release(path: Path) -> list[str]:
    """Every problem found in the release at ``path`` (empty when it passes)."""
    release = resolve_release(path)
    if not release.is_dir():
        return [f"{release} is not a release folder"]
    problems = [f"missing {n}" for n in REQUIRED_FILES if not (release / n).is_file()]
    tables = {}
    for name in TABLES:
        for ext in ("parquet", "csv"):
            if not (release / f"{name}.{ext}").is_file():
                problems.append(f"missing {name}.{ext}")
        path = release / f"{name}.parquet"
        tables[name] = conform(name, read_parquet(path) if path.is_file() else [])
        keys = tables[name].column(TABLES[name].primary_key).to_pylist()
        if keys != sorted(keys):
            problems.append(f"{name}: rows are not sorted by {TABLES[name].primary_key}")
    problems += [str(f) for f in find_failures(tables)]
    sums = release / "SHA256SUMS"
    if sums.is_file():
        listed = dict(reversed(line.split("  ", 1)) for line in sums.read_text().splitlines()
                      if line.strip())
        for name, digest in sorted(listed.items()):
            f = release / name
            if not f.is_file() or hashlib.sha256(f.read_bytes()).hexdigest() != digest:
                problems.append(f"SHA256SUMS: {name} does not match its checksum")
        unlisted = sorted(p.name for p in release.iterdir()
                          if p.name not in listed and p.name not in UNCHECKSUMMED)
        problems += [f"SHA256SUMS: {n} is not listed" for n in unlisted]
    package = release / "datapackage.json"
    if package.is_file():
        resources = {r["name"]: r for r in json.loads(package.read_text())["resources"]}
        for name, table in TABLES.items():
            fields = [f["name"] for f in resources.get(name, {}).get("schema", {}).get("fields", [])]
            if fields != table.columns:
                problems.append(f"datapackage.json: {name} fields differ from the schema")
    return problems
