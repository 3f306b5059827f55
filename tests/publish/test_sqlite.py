"""The release's SQLite database: same rows as the Parquet tables, keys, indexes, full-text
search, descriptions, Datasette; and the MINOR release that adds it to an older dataset."""
from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsledger.publish.check import check_release
from newsledger.publish.release import ARTIFACTS, publish
from newsledger.publish.sqlite import (DATASETTE_METADATA, SQLITE_NAME, DatabaseWriter,
                                       indexed_columns, write_sqlite)
from schemas import TABLES
from tests.helpers import HOSTILE, tiny_rows, with_changes

REPORT = {"n_inputs": 1, "n_accepted": 1, "rejected": [], "timings": {}}


@pytest.fixture
def release(tmp_path: Path) -> Path:
    publish(tiny_rows(text=HOSTILE), REPORT, tmp_path, release_date="2020-11-06")
    return tmp_path / "0.1.0"


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def test_every_table_holds_the_parquet_rows(release):
    con = _connect(release / SQLITE_NAME)
    for name, table in TABLES.items():
        expected = [tuple(v.isoformat() if hasattr(v, "isoformat") else v for v in row.values())
                    for row in pq.read_table(release / f"{name}.parquet").to_pylist()]
        got = con.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
        assert got == expected, name
        assert [r[1] for r in con.execute(f'PRAGMA table_info("{name}")')] == table.columns


def test_untrusted_text_is_stored_verbatim(release):
    con = _connect(release / SQLITE_NAME)
    assert con.execute("SELECT text FROM sources").fetchone()[0] == HOSTILE
    assert con.execute("SELECT count(*) FROM quotes").fetchone()[0] == 1


def test_keys_and_indexes(release):
    con = _connect(release / SQLITE_NAME)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    for name, table in TABLES.items():
        info = {r[1]: r for r in con.execute(f'PRAGMA table_info("{name}")')}
        assert info[table.primary_key][5] == 1, name  # pk flag
        fks = {(r[3], r[2], r[4]) for r in con.execute(f'PRAGMA foreign_key_list("{name}")')}
        assert fks == {(fk.column, fk.target, TABLES[fk.target].primary_key)
                       for fk in table.foreign_keys}, name
        indexed = {r[2] for idx in con.execute(f'PRAGMA index_list("{name}")')
                   for r in con.execute(f'PRAGMA index_info("{idx[1]}")')}
        assert {fk.column for fk in table.foreign_keys} <= indexed, name
        assert set(indexed_columns(table)) <= indexed, name
    assert "speaker_name" in indexed_columns(TABLES["quotes"])


def test_schema_carries_the_column_descriptions(release):
    con = _connect(release / SQLITE_NAME)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes'").fetchone()[0]
    for column in ("quote_text", "speaker_name"):
        assert TABLES["quotes"].schema.columns[column].description in sql


@pytest.mark.parametrize("table, query, expected", [
    ("quotes", "alert", 1),
    ("quotes", "nobody", 0),
    ("sources", "votes", 1),
    ("sources", "drop", 1),
])
def test_full_text_search(release, table, query, expected):
    con = _connect(release / SQLITE_NAME)
    n = con.execute(f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH ?",
                    (query,)).fetchone()[0]
    assert n == expected


def test_dates_go_in_as_iso_text_of_any_year():
    """The database's dates are the text ``strftime("%Y-%m-%d")`` gives, however far out."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from newsledger.publish.sqlite import _values

    days = pa.array([-719162, -1, 0, 18570, 2932896, 2932897, None], pa.int32())
    dates = days.cast(pa.date32())
    assert _values(dates) == pc.strftime(dates, format="%Y-%m-%d").to_pylist()
    assert _values(dates)[:4] == ["0001-01-01", "1969-12-31", "1970-01-01", "2020-11-04"]


def test_same_tables_give_the_same_bytes(release, tmp_path):
    again = write_sqlite(release, tmp_path / "again.sqlite")
    assert again.read_bytes() == (release / SQLITE_NAME).read_bytes()


def test_written_in_a_child_process_it_has_the_same_bytes(release, tmp_path, monkeypatch):
    """Large releases fill the database in a child process while the tables are written,
    reading each table from its Arrow feed: the file is the one the in-place path writes
    from the Parquet files, and neither the feed nor the work file is left behind."""
    monkeypatch.setattr(DatabaseWriter, "PARALLEL_ROWS", 0)
    again = publish(tiny_rows(text=HOSTILE), REPORT, tmp_path / "child",
                    release_date="2020-11-06")
    assert (again.path / SQLITE_NAME).read_bytes() == (release / SQLITE_NAME).read_bytes()
    assert not list(again.path.glob(".*.work")) and not list(again.path.glob(".*.feed"))


def test_a_failing_child_is_reported_and_leaves_no_file(release, tmp_path, monkeypatch):
    monkeypatch.setattr(DatabaseWriter, "PARALLEL_ROWS", 0)
    writer = DatabaseWriter(release, tmp_path / "broken.sqlite")
    writer.table_written("no_such_table", 1)
    with pytest.raises(RuntimeError, match="writing newsledger.sqlite failed: KeyError"):
        writer.finish()
    assert not list(tmp_path.glob("*broken*"))


def test_datasette_opens_it_with_the_generated_metadata(release):
    from datasette.app import Datasette

    metadata = json.loads((release / DATASETTE_METADATA).read_text())
    ds = Datasette(files=[str(release / SQLITE_NAME)], metadata=metadata)

    async def get(path: str):
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        return response.json()

    async def checks():
        rows = await get("/newsledger/quotes.json?_search=alert&_shape=array")
        assert [r["quote_text"] for r in rows] == [tiny_rows(text=HOSTILE)["quotes"][0]
                                                   ["quote_text"]]
        meta = await get("/-/metadata.json")
        described = meta["databases"]["newsledger"]["tables"]["quotes"]["columns"]
        assert described["quote_text"] == TABLES["quotes"].schema.columns["quote_text"].description
        page = await ds.client.get("/newsledger/quotes")
        assert TABLES["quotes"].description in page.text

    asyncio.run(checks())


def test_check_release_finds_a_database_that_lost_a_row(release):
    assert check_release(release) == []
    (release / SQLITE_NAME).chmod(0o644)
    con = sqlite3.connect(release / SQLITE_NAME)
    con.execute("DELETE FROM mentions")
    con.commit()
    con.close()
    problems = check_release(release)
    assert any("newsledger.sqlite: mentions rows differ" in p for p in problems)


def _as_if_made_by_an_older_newsledger(release: Path) -> None:
    """Remove the files older releases did not have, and their checksums."""
    for name in (SQLITE_NAME, DATASETTE_METADATA):
        (release / name).unlink()
    sums = release / "SHA256SUMS"
    sums.write_text("".join(line for line in sums.read_text().splitlines(keepends=True)
                            if line.split("  ")[1].strip() not in (SQLITE_NAME,
                                                                    DATASETTE_METADATA)))


def test_unchanged_data_with_new_files_is_a_minor_release(tmp_path):
    changelog = tmp_path / "CHANGELOG.md"
    publish(tiny_rows(), REPORT, tmp_path / "ds", release_date="2020-11-06")
    _as_if_made_by_an_older_newsledger(tmp_path / "ds" / "0.1.0")
    result = publish(tiny_rows(), REPORT, tmp_path / "ds", release_date="2020-11-07",
                     changelog=changelog)
    assert (result.version, result.bump) == ("0.2.0", "minor")
    assert result.diff.identical
    for name in ARTIFACTS:
        assert (tmp_path / "ds" / "0.2.0" / name).is_file(), name
    entry = changelog.read_text()
    assert "## Dataset 0.2.0" in entry and "the release adds files" in entry
    assert "`newsledger.sqlite`" in entry
    again = publish(tiny_rows(), REPORT, tmp_path / "ds", release_date="2020-11-08")
    assert again.up_to_date


def test_changed_values_with_new_files_are_a_minor_release(tmp_path):
    publish(tiny_rows(), REPORT, tmp_path, release_date="2020-11-06")
    _as_if_made_by_an_older_newsledger(tmp_path / "0.1.0")
    changelog = tmp_path / "CHANGELOG.md"
    result = publish(with_changes(tiny_rows(), claims={"value": 57000.0}), REPORT, tmp_path,
                     release_date="2020-11-07", changelog=changelog)
    assert (result.version, result.bump) == ("0.2.0", "minor")
    assert "A patch change of the data; the release adds files: `newsledger.sqlite`" in \
        changelog.read_text()
