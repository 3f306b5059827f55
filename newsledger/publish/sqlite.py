"""The release as one SQLite database (``newsledger.sqlite``) and its Datasette metadata.

Every table of the contract becomes a SQLite table with the same columns, its primary key, its
foreign keys, ``NOT NULL`` where the schema says so, and the schema's column descriptions as SQL
comments in the ``CREATE TABLE`` statement (``.schema quotes`` in ``sqlite3`` shows them).
Indexes cover every foreign key and cluster id (joins) and the columns people filter on (enums,
dates, names: ``FILTERED``). Full-text search (FTS5, external content, so the text is stored
once) covers ``quotes.quote_text`` and ``sources.title`` + ``sources.text``; the virtual tables
are named ``<table>_fts`` with ``content="<table>"``, which Datasette detects by itself.

Types: string → TEXT, int64 → INTEGER, float64 → REAL, date → TEXT holding an ISO date
(``2020-11-04``), the form SQLite's date functions read. Null is NULL.

Byte-deterministic: tables are filled in the release writer's order, each with its rows in the
release's order (sorted by primary key) and then its indexes and full-text search, in one
transaction without a journal, so the same tables and the same SQLite library give the same
bytes (a ``VACUUM INTO`` copy, used before, cost 0.4 s of the 2,000-article release for 1% less
space). Written with DDL generated from the schemas and ``executemany`` over Arrow record
batches (sqlite-utils' ``insert_all`` took 8.4 s for the 2,000-article synthetic corpus,
README). While a release is published, ``DatabaseWriter`` is handed each table's pieces as they
are written and keeps each in an uncompressed Arrow file (its *feed*, read back without
decoding Parquet); for releases of ``DatabaseWriter.PARALLEL_ROWS`` rows or more, a child
process inserts each piece as soon as it is written and builds a table's indexes once the
table is complete, so SQLite's work overlaps the checks and files of the tables. Rows are
turned into Python tuples in a thread ahead of the inserts (``_converted``), which runs while
SQLite builds the previous table's indexes without the GIL.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import shutil
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

from schemas import TABLES, Table

from .info import DatasetInfo
from .metadata import _enum
from .tables import logical_type

SQLITE_NAME = "newsledger.sqlite"
DATASETTE_METADATA = "datasette-metadata.json"
DATABASE = Path(SQLITE_NAME).stem  # the name Datasette gives the database (its file stem)
SQL_TYPES = {"string": "TEXT", "int64": "INTEGER", "float64": "REAL", "date": "TEXT"}
# Columns people filter or group on, besides enums, dates, foreign keys and cluster ids.
FILTERED: dict[str, tuple[str, ...]] = {
    "quotes": ("speaker_name",),
    "claims": ("measure_key", "unit"),
    "events": ("action",),
    "entities": ("name", "n_mentions"),
}
# Full-text search: table -> the text columns indexed together.
SEARCHABLE: dict[str, tuple[str, ...]] = {"quotes": ("quote_text",),
                                          "sources": ("title", "text")}
# Datasette: the column that names a row, shown next to foreign keys that point to it.
LABELS = {"entities": "name", "sources": "title", "dates": "date_text"}
# Datasette: suggested facets per table.
FACETS: dict[str, tuple[str, ...]] = {
    "quotes": ("quote_kind", "speaker_kind", "speaker_name"),
    "claims": ("consistency", "qualifier", "unit"),
    "dates": ("precision", "anchor"),
    "events": ("action", "date_precision"),
    "entities": ("kind",),
    "mentions": ("mention_kind",),
    "sources": ("published_date_source", "outlet"),
}
BATCH_ROWS = 10_000
CACHE_KIB = 65_536  # SQLite's page cache while writing (indexes are built in it)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _comment(text: str) -> str:
    """A description as a one-line SQL comment (nothing in it can end the comment early)."""
    return " ".join(text.split())


def table_sql(table: Table) -> str:
    """``CREATE TABLE`` for one contract table, each column commented with its description."""
    fks = {fk.column: fk.target for fk in table.foreign_keys}
    cols = table.schema.columns
    lines = []
    for c in table.columns:
        decl = f"{_quote(c)} {SQL_TYPES[logical_type(table, c)]}"
        if c == table.primary_key:
            decl += " PRIMARY KEY"
        if not cols[c].nullable:
            decl += " NOT NULL"
        if c in fks:
            decl += f" REFERENCES {_quote(fks[c])}({_quote(TABLES[fks[c]].primary_key)})"
        lines.append((decl, _comment(cols[c].description or "")))
    body = []
    for i, (decl, comment) in enumerate(lines):
        sep = "," if i < len(lines) - 1 else ""
        body.append(f"  {decl}{sep}  -- {comment}" if comment else f"  {decl}{sep}")
    head = f"CREATE TABLE {_quote(table.name)} (  -- {_comment(table.description)}"
    return head + "\n" + "\n".join(body) + "\n)"


def indexed_columns(table: Table) -> list[str]:
    """Columns of ``table`` that get an index: joins (foreign keys, cluster ids) and filters
    (enums, dates, FILTERED)."""
    out = []
    keys = {fk.column for fk in table.foreign_keys}
    for c in table.columns:
        if c == table.primary_key:
            continue
        join = c.endswith("_id") or c in keys
        filtered = (_enum(table, c) is not None or logical_type(table, c) == "date"
                    or c in FILTERED.get(table.name, ()))
        if join or filtered:
            out.append(c)
    return out


def index_sql(table: Table) -> list[str]:
    return [f"CREATE INDEX {_quote(f'idx_{table.name}_{c}')} ON {_quote(table.name)}"
            f"({_quote(c)})" for c in indexed_columns(table)]


def fts_sql(name: str) -> list[str]:
    """The FTS5 table of ``name`` (external content: the text is stored once) and its fill."""
    cols = ", ".join(_quote(c) for c in SEARCHABLE[name])
    fts = _quote(f"{name}_fts")
    return [f'CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content="{name}", '
            f"content_rowid=\"rowid\", tokenize='unicode61 remove_diacritics 2')",
            f"INSERT INTO {fts}({fts}) VALUES('rebuild')"]


def _batches(path: Path, table: Table) -> Iterator[pa.RecordBatch]:
    """The record batches of a table's Parquet file, or of a piece of its Arrow feed
    (``*.arrow``), at most BATCH_ROWS rows each."""
    if path.suffix == ".parquet":
        yield from pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS,
                                                     columns=table.columns)
        return
    with pa.memory_map(str(path)) as source:  # one batch at a time: bounded memory
        reader = ipc.open_file(source)
        for i in range(reader.num_record_batches):
            batch = reader.get_batch(i)
            for start in range(0, batch.num_rows, BATCH_ROWS):
                yield batch.slice(start, BATCH_ROWS)


def _values(col: pa.Array) -> list[Any]:
    """A column's values as Python objects (None for null), dates as ISO text. Strings, and
    numbers without nulls, go through numpy, which makes the same objects as ``to_pylist``
    in about a third less time (the conversion is a third of the database's work). Dates
    are cast to text: the same ISO text as ``strftime("%Y-%m-%d")`` for every date32 (years
    1 to 9999 padded to four digits, and beyond), about ten times faster."""
    if pa.types.is_date(col.type):
        col = col.cast(pa.string())
    if pa.types.is_string(col.type) or (col.null_count == 0 and (
            pa.types.is_integer(col.type) or pa.types.is_floating(col.type))):
        return col.to_numpy(zero_copy_only=False).tolist()
    return col.to_pylist()


def _tuples(batch: pa.RecordBatch, table: Table) -> list[tuple[Any, ...]]:
    """The rows of a record batch as tuples in the table's column order, dates as ISO text."""
    return list(zip(*(_values(batch.column(c)) for c in table.columns)))


# What fills the database, in order: ``(name, path)``: rows of table ``name`` from a Parquet
# file or a piece of its Arrow feed (removed once read); ``(name, None)``: table ``name`` is
# complete (its indexes and full-text search are built).
Event = tuple[str, Path | None]
AHEAD = 4  # batches of rows converted ahead of the inserts, at most


def _converted(events: Iterable[Event], feed: Path | None) -> Iterator[tuple[str, Any]]:
    """``events`` with each file's rows as lists of tuples, ``(name, rows)`` a batch at a
    time, then ``(name, None)`` as each table is complete. The rows are converted in a
    thread, up to AHEAD batches ahead: SQLite releases the GIL while it builds a table's
    indexes, so the next table's rows are converted meanwhile."""
    out: queue.Queue[Any] = queue.Queue(maxsize=AHEAD)
    stop = threading.Event()

    def put(item: Any) -> None:
        while not stop.is_set():
            try:
                out.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def convert() -> None:
        try:
            for name, path in events:
                if stop.is_set():
                    return
                if path is None:
                    put((name, None))
                    continue
                table = TABLES[name]
                for batch in _batches(path, table):
                    put((name, _tuples(batch, table)))
                if feed is not None and path.parent == feed:
                    path.unlink()
            put(None)
        except BaseException as exc:  # noqa: BLE001 - raised again by the consumer
            put(exc)

    thread = threading.Thread(target=convert, name="newsledger-sqlite-rows", daemon=True)
    thread.start()
    try:
        while (item := out.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()


def _fill(work: Path, events: Iterable[Event], feed: Path | None = None) -> None:
    """Write the database at ``work`` from ``events`` (see ``Event``): tables filled in the
    order they come (the file's bytes depend on it), each followed by its indexes and
    full-text search."""
    con = sqlite3.connect(work, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA page_size = 4096")
        con.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        con.execute("BEGIN")
        for t in TABLES.values():
            con.execute(table_sql(t))
        for name, rows in _converted(events, feed):
            t = TABLES[name]
            if rows is not None:
                marks = ", ".join("?" * len(t.columns))
                con.executemany(f"INSERT INTO {_quote(name)} VALUES ({marks})", rows)
                continue
            for sql in index_sql(t) + (fts_sql(name) if name in SEARCHABLE else []):
                con.execute(sql)  # while the table's pages are still in the cache
        con.execute("COMMIT")
    finally:
        con.close()


def _fill_in_child(work: str, feed: str, events: Any, errors: Any) -> None:
    """``_fill`` in a child process, taking events from the queue ``events`` until None;
    what went wrong is put on ``errors`` (one line), and the exit code is 1."""
    def announced() -> Iterator[Event]:
        while (event := events.get()) is not None:
            yield event
    try:
        _fill(Path(work), announced(), Path(feed))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises
        errors.put(f"{type(exc).__name__}: {exc}")
        raise SystemExit(1) from None


class DatabaseWriter:
    """Writes ``newsledger.sqlite`` while the release's other files are being written.

    Hand it each table's pieces with ``piece(name, table)`` as they are written (each is kept
    as a piece of the table's feed: an uncompressed Arrow file beside the database, read back
    without decoding Parquet), call ``table_written(name, rows)`` as each table is complete
    (in a fixed order: rows go in in that order, which makes the file byte-deterministic),
    then ``finish``. A table without pieces is read from its Parquet file. Once the release
    holds ``PARALLEL_ROWS`` rows, a child process fills the database piece by piece as they
    are announced, each table followed by its indexes and full-text search: SQLite's work
    (most of publishing's time on large releases) runs beside the checks and files of the
    tables, from the first piece of each. Smaller releases are written in place by
    ``finish``, where a process would cost more than it saves. ``abort`` leaves no file."""

    PARALLEL_ROWS = 20_000

    def __init__(self, release: Path, path: Path | None = None, expected_rows: int = 0):
        """``expected_rows``: the rows the release will hold, when known (the child process,
        if there is to be one, then starts at once, ready for the first piece)."""
        self.release = release
        self.path = path or release / SQLITE_NAME
        self.work = self.path.with_name(f".{self.path.name}.work")
        self.feed = self.path.with_name(f".{self.path.name}.feed")
        for p in (self.work, self.path):
            p.unlink(missing_ok=True)
        shutil.rmtree(self.feed, ignore_errors=True)
        self.events: list[Event] = []  # announced so far
        self.fed: set[str] = set()  # tables with pieces in the feed
        self.rows = 0
        self._child: Any = None
        if self._parallel(expected_rows):
            self._start()

    def piece(self, name: str, table: pa.Table) -> None:
        """One more piece of table ``name``, in the order of its rows."""
        self.feed.mkdir(exist_ok=True)
        path = self.feed / f"{name}-{len(self.events):06d}.arrow"
        with ipc.new_file(path, table.schema) as writer:
            writer.write_table(table)
        self.fed.add(name)
        self._announce((name, path))

    def table_written(self, name: str, rows: int) -> None:
        if name not in self.fed:
            self._announce((name, self.release / f"{name}.parquet"))
        self._announce((name, None))
        self.rows += rows
        if self._child is None and self._parallel(self.rows):
            self._start()

    def _announce(self, event: Event) -> None:
        self.events.append(event)
        if self._child is not None:
            self._queue.put(event)

    def _parallel(self, rows: int) -> bool:
        return rows >= self.PARALLEL_ROWS and (os.cpu_count() or 1) > 1

    def _start(self) -> None:
        context = multiprocessing.get_context("forkserver")
        self._queue, self._errors = context.Queue(), context.Queue()
        for event in self.events:
            self._queue.put(event)
        child = context.Process(target=_fill_in_child, name="newsledger-sqlite",
                                args=(str(self.work), str(self.feed), self._queue,
                                      self._errors), daemon=True)
        child.start()
        self._child = child

    def finish(self) -> Path:
        """Wait for the database (or write it now) and move it into place."""
        try:
            if self._child is None:
                _fill(self.work, self.events, self.feed)
            else:
                self._queue.put(None)
                child, self._child = self._child, None
                child.join()
                if child.exitcode != 0:
                    error = self._errors.get() if not self._errors.empty() else \
                        f"exit code {child.exitcode}"
                    self.work.unlink(missing_ok=True)
                    raise RuntimeError(f"writing {SQLITE_NAME} failed: {error}")
        finally:
            shutil.rmtree(self.feed, ignore_errors=True)
        os.chmod(self.work, 0o644)
        os.replace(self.work, self.path)
        return self.path

    def abort(self) -> None:
        if self._child is not None:
            self._child.kill()
            self._child.join()
            self._child = None
        shutil.rmtree(self.feed, ignore_errors=True)
        self.work.unlink(missing_ok=True)


def write_sqlite(release: Path, path: Path | None = None,
                 order: Iterable[str] | None = None) -> Path:
    """Write ``newsledger.sqlite`` from the Parquet tables in ``release``; return its path.
    ``order``: the order the tables are filled in (default: the release writer's, as
    ``publish`` fills them), which the file's bytes depend on."""
    if order is None:  # (imported here: the writer brings the validators, which the
        # database's child process, importing this module, does not need)
        from .writer import WRITE_ORDER as order  # noqa: PLC0415
    writer = DatabaseWriter(release, path)
    for name in order:
        writer.table_written(name, 0)  # (no rows counted: written here, in this process)
    return writer.finish()


def datasette_metadata(*, info: DatasetInfo, version: str,
                       release_date: str | None) -> dict[str, Any]:
    """Datasette's metadata for the release database: the dataset's title, description,
    licence, publisher (``source``) and home page (``about``); descriptions of every table and
    column (from the schemas), labels, facets and the full-text search tables."""
    tables: dict[str, Any] = {}
    for t in TABLES.values():
        entry: dict[str, Any] = {
            "description": t.description,
            "columns": {c: t.schema.columns[c].description or "" for c in t.columns},
            "facets": list(FACETS.get(t.name, ())),
            "sort": t.primary_key,
        }
        if t.name in LABELS:
            entry["label_column"] = LABELS[t.name]
        if t.name in SEARCHABLE:
            entry["fts_table"] = f"{t.name}_fts"
            entry["fts_pk"] = "rowid"
        tables[t.name] = entry
    dated = f", released {release_date}" if release_date else ""
    meta: dict[str, Any] = {
        "title": f"{info.title} {version}",
        "description": f"{info.name} {version}{dated}. " + " ".join(info.paragraphs())
                       + " Every row points back to the characters of sources.text it was "
                         "read from.",
        "license": info.license_title}
    if info.license_link:
        meta["license_url"] = info.license_link
    if info.publisher:
        meta["source"] = info.publisher
    if info.homepage:
        meta["about"], meta["about_url"] = info.title, info.homepage
    meta["databases"] = {DATABASE: {"tables": tables}}
    return meta


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def sqlite_keys(path: Path) -> dict[str, list[str]]:
    """The primary keys of every contract table, in the database's row order."""
    con = _read_only(path)
    try:
        return {t.name: [r[0] for r in con.execute(
            f"SELECT {_quote(t.primary_key)} FROM {_quote(t.name)} ORDER BY rowid")]
            for t in TABLES.values()}
    finally:
        con.close()
