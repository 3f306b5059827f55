"""Publishing: versions, immutability, atomicity, validation, determinism, generated metadata."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsledger.publish.check import check_release
from newsledger.publish.diff import diff_releases
from newsledger.publish.release import ReleaseError, next_version, publish
from newsledger.publish.validate import ValidationFailed
from schemas import TABLES
from tests.helpers import tiny_rows, with_changes

REPORT = {"n_inputs": 1, "n_accepted": 1, "rejected": [], "timings": {}}


def _publish(rows, out: Path, **kw):
    return publish(rows, REPORT, out, release_date="2020-11-06", **kw)


def test_first_release_has_every_file_and_passes_checks(tmp_path):
    result = _publish(tiny_rows(), tmp_path)
    assert result.version == "0.1.0" and result.bump == "initial"
    release = tmp_path / "0.1.0"
    for name in TABLES:
        assert (release / f"{name}.parquet").is_file() and (release / f"{name}.csv").is_file()
    for name in ("datapackage.json", "DATA_DICTIONARY.md", "README.md", "build_report.json",
                 "index.html", "newsledger.sqlite", "datasette-metadata.json", "SHA256SUMS"):
        assert (release / name).is_file()
    assert (tmp_path / "LATEST").read_text() == "0.1.0\n"
    assert [r["version"] for r in json.loads((tmp_path / "releases.json").read_text())
            ["releases"]] == ["0.1.0"]
    assert check_release(tmp_path) == []


def test_identical_build_publishes_nothing(tmp_path):
    _publish(tiny_rows(), tmp_path)
    again = _publish(tiny_rows(), tmp_path)
    assert again.up_to_date and again.latest == "0.1.0"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.1.0", "LATEST", "index.html",
                                                          "releases.json"]


def test_same_input_gives_byte_identical_release(tmp_path):
    """Every file but build_report.json, which holds the run's timings."""
    _publish(tiny_rows(), tmp_path / "a")
    _publish(tiny_rows(), tmp_path / "b")
    for f in sorted((tmp_path / "a" / "0.1.0").iterdir()):
        if f.name == "build_report.json":
            continue
        assert f.read_bytes() == (tmp_path / "b" / "0.1.0" / f.name).read_bytes(), f.name


@pytest.mark.parametrize("change, bump, version", [
    ({"claims": {"value": 57000.0}}, "patch", "0.1.1"),
    ({"quotes": {"confidence": 0.5}}, "patch", "0.1.1"),
])
def test_changed_values_bump_patch(tmp_path, change, bump, version):
    _publish(tiny_rows(), tmp_path)
    result = _publish(with_changes(tiny_rows(), **change), tmp_path)
    assert (result.bump, result.version) == (bump, version)


def test_added_source_bumps_minor(tmp_path):
    _publish(tiny_rows(), tmp_path)
    rows = tiny_rows()
    rows["sources"] += tiny_rows("b/two")["sources"]
    rows["stories"] += tiny_rows("b/two")["stories"]
    result = _publish(rows, tmp_path)
    assert (result.bump, result.version) == ("minor", "0.2.0")


@pytest.mark.parametrize("latest, bump, expected", [
    ("0.1.0", "patch", "0.1.1"), ("0.1.3", "minor", "0.2.0"), ("0.4.2", "major", "0.5.0"),
    ("1.2.3", "patch", "1.2.4"), ("1.2.3", "minor", "1.3.0"), ("1.2.3", "major", "2.0.0"),
])
def test_version_bump_rules(latest, bump, expected):
    assert next_version(latest, bump) == expected


def test_removed_column_is_a_major_change(tmp_path):
    _publish(tiny_rows(), tmp_path / "old")
    _publish(tiny_rows(), tmp_path / "new")
    import pyarrow.parquet as pq
    path = tmp_path / "new" / "0.1.0" / "claims.parquet"
    pq.write_table(pq.read_table(path).drop_columns(["claimant"]), path)
    d = diff_releases(tmp_path / "old" / "0.1.0", tmp_path / "new" / "0.1.0")
    assert d.bump == "major"
    assert next(t for t in d.tables if t.table == "claims").columns_removed == ("claimant",)


def test_explicit_version_must_be_greater(tmp_path):
    _publish(tiny_rows(), tmp_path, version="1.0.0")
    with pytest.raises(ReleaseError, match="not greater"):
        _publish(with_changes(tiny_rows(), claims={"value": 1.0}), tmp_path, version="0.9.0")


def test_existing_release_is_never_overwritten(tmp_path):
    _publish(tiny_rows(), tmp_path)
    before = {f.name: f.read_bytes() for f in (tmp_path / "0.1.0").iterdir()}
    (tmp_path / "LATEST").write_text("0.0.9\n")  # a stale LATEST must not let 0.1.0 be rewritten
    (tmp_path / "0.0.9").mkdir()
    with pytest.raises(ReleaseError, match="never overwritten"):
        _publish(with_changes(tiny_rows(), claims={"value": 2.0}), tmp_path, version="0.1.0")
    assert {f.name: f.read_bytes() for f in (tmp_path / "0.1.0").iterdir()} == before


def test_failure_during_publish_leaves_nothing_behind(tmp_path):
    _publish(tiny_rows(), tmp_path)
    state = sorted(p.name for p in tmp_path.iterdir())

    def crash(staging: Path) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        _publish(with_changes(tiny_rows(), claims={"value": 3.0}), tmp_path, _before_rename=crash)
    assert sorted(p.name for p in tmp_path.iterdir()) == state
    assert (tmp_path / "LATEST").read_text() == "0.1.0\n"


def test_validation_failure_publishes_nothing_and_lists_every_failure(tmp_path):
    rows = with_changes(tiny_rows(), quotes={"quote_kind": "rumour", "char_end": 3},
                        claims={"subject_entity_id": "e_0000000000000000"},
                        dates={"precision": "fortnight"})
    with pytest.raises(ValidationFailed) as err:
        _publish(rows, tmp_path)
    text = str(err.value)
    for expected in ("quotes.quote_kind", "quotes.quote_text", "claims.subject_entity_id",
                     "dates.precision"):
        assert expected in text
    assert not (tmp_path / "LATEST").exists()
    assert [p for p in tmp_path.iterdir() if not p.name.startswith(".")] == []
    assert [p for p in tmp_path.iterdir()] == []


def test_changelog_gets_an_entry_per_release(tmp_path):
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## 0.0.1\n\nolder\n")
    _publish(tiny_rows(), tmp_path / "ds", changelog=changelog, why="Seed corpus.")
    _publish(with_changes(tiny_rows(), claims={"value": 4.0}), tmp_path / "ds",
             changelog=changelog)
    text = changelog.read_text()
    assert text.index("## Dataset 0.1.1") < text.index("## Dataset 0.1.0") < text.index("## 0.0.1")
    assert "claims: +1 / -0 / ~0" in text or "claims: +0 / -0 / ~1" in text


def test_datapackage_and_dictionary_come_from_the_schemas(tmp_path):
    _publish(tiny_rows(), tmp_path)
    package = json.loads((tmp_path / "0.1.0" / "datapackage.json").read_text())
    dictionary = (tmp_path / "0.1.0" / "DATA_DICTIONARY.md").read_text()
    resources = {r["name"]: r for r in package["resources"]}
    for name, table in TABLES.items():
        fields = resources[name]["schema"]["fields"]
        assert [f["name"] for f in fields] == table.columns
        for f in fields:
            assert f["description"] == table.schema.columns[f["name"]].description
            assert f"| `{f['name']}` |" in dictionary
        assert resources[name]["schema"]["primaryKey"] == [table.primary_key]


def test_parquet_carries_column_descriptions(tmp_path):
    import pyarrow.parquet as pq
    _publish(tiny_rows(), tmp_path)
    schema = pq.read_schema(tmp_path / "0.1.0" / "quotes.parquet")
    assert schema.field("speaker_name").metadata[b"description"].decode() == \
        TABLES["quotes"].schema.columns["speaker_name"].description


def test_frictionless_validates_the_datapackage(tmp_path):
    _publish(tiny_rows(), tmp_path)
    cmd = [sys.executable, "-m", "frictionless", "validate",
           str(tmp_path / "0.1.0" / "datapackage.json")]
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def test_duckdb_reads_every_parquet_file(tmp_path):
    import duckdb
    _publish(tiny_rows(), tmp_path)
    for name in TABLES:
        n = duckdb.connect().execute(f"select count(*) from '{tmp_path / '0.1.0' / name}.parquet'").fetchall()[0]
        assert n[0] == 1


def test_build_report_has_the_rows_and_the_publish_time(tmp_path):
    """build_report.json is the one file with timings (outside SHA256SUMS)."""
    report = {"n_inputs": 1, "n_accepted": 1, "rejected": [], "rows": {},
              "timings": {"ingest": 0.01, "extract": 0.5}}
    publish(tiny_rows(), report, tmp_path, release_date="2020-11-06")
    written = json.loads((tmp_path / "0.1.0" / "build_report.json").read_text())
    assert set(written["rows"]) == set(TABLES) and written["rows"]["sources"] == 1
    assert list(written["timings"])[:3] == ["ingest", "extract", "publish"]
    assert 0 < written["timings"]["publish"] < 60
    assert "build_report.json" not in (tmp_path / "0.1.0" / "SHA256SUMS").read_text()
    assert check_release(tmp_path) == []
