"""Write and validate the tables of a release piece by piece, in bounded memory.

A ``RowSource`` hands over each table as pieces whose primary-key ranges ascend and never
overlap (the buckets of ``store.PartStore``, or a whole in-memory table as one piece). Each
piece is conformed to the contract, sorted, checked (pandera, primary keys, foreign keys) and
appended to ``<table>.parquet`` and ``<table>.csv``, so the files are exactly those of the whole
table sorted at once: same rows, same order, row groups of ``row_group_size(table)`` rows.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from schemas import TABLES

from .tables import CSV_OPTIONS, PARQUET_OPTIONS, arrow_schema, canonical, conform, row_group_size
from .validate import (Failure, schema_failures, foreign_key_failures, merge_failures,
                       primary_key_failures, span_failures)

# Tables other tables point to; written first, so their keys are known when the referring
# tables are checked.
FK_TARGETS = frozenset(fk.target for t in TABLES.values() for fk in t.foreign_keys)


def _write_order() -> tuple[str, ...]:
    """Every table after the tables its foreign keys point to (a key into its own table, such
    as ``sources.copy_of``, is checked once the whole table is written)."""
    order: list[str] = []

    def visit(name: str) -> None:
        if name not in order:
            for fk in TABLES[name].foreign_keys:
                if fk.target != name:
                    visit(fk.target)
            order.append(name)

    for name in sorted(TABLES, key=lambda n: n not in FK_TARGETS):
        visit(name)
    return tuple(order)


WRITE_ORDER = _write_order()


class RowSource(Protocol):
    """Tables to publish, piece by piece."""

    def pieces(self, name: str) -> Iterator[pa.Table]:
        """Table ``name`` in pieces with ascending, disjoint primary-key ranges."""
        ...

    def early_failures(self) -> list[Failure]:
        """Failures found before publishing (span checks, which need the article texts)."""
        ...

    def checked_columns(self, name: str) -> tuple[str, ...]:
        """Columns of table ``name`` already checked against the schema (not checked again)."""
        ...

    def checked_foreign_keys(self, name: str) -> tuple[str, ...]:
        """Foreign-key columns of table ``name`` already checked (not checked again)."""
        ...

    def row_count(self) -> int:
        """About how many rows the tables hold in all (a hint for sizing the work)."""
        ...


class InMemory:
    """A RowSource over whole tables held in memory (one piece per table)."""

    def __init__(self, tables: Mapping[str, pa.Table]):
        self.tables = tables

    def pieces(self, name: str) -> Iterator[pa.Table]:
        yield self.tables[name]

    def early_failures(self) -> list[Failure]:
        return span_failures({name: conform(name, self.tables[name]) for name in TABLES})

    def checked_columns(self, name: str) -> tuple[str, ...]:
        return ()

    def checked_foreign_keys(self, name: str) -> tuple[str, ...]:
        return ()

    def row_count(self) -> int:
        return sum(t.num_rows for t in self.tables.values())


@dataclass
class Written:
    """What writing the tables found: row counts, the corpus digest, every failure."""

    counts: dict[str, int] = field(default_factory=dict)
    corpus_sha256: str = ""
    failures: list[Failure] = field(default_factory=list)


class _TableFiles:
    """``<name>.parquet`` and ``<name>.csv``, appended to in sorted pieces."""

    def __init__(self, folder: Path, name: str):
        self.schema = arrow_schema(TABLES[name])
        self.row_group = row_group_size(name)
        self.parquet = pq.ParquetWriter(folder / f"{name}.parquet", self.schema,
                                        **PARQUET_OPTIONS)
        self.csv = pacsv.CSVWriter(folder / f"{name}.csv", self.schema, write_options=CSV_OPTIONS)
        self.buffer: list[pa.Table] = []
        self.buffered = 0
        self.rows = 0

    def write(self, piece: pa.Table) -> None:
        self.csv.write_table(piece)
        self.buffer.append(piece)
        self.buffered += piece.num_rows
        self.rows += piece.num_rows
        while self.buffered >= self.row_group:
            self._flush(self.row_group)

    def _flush(self, n: int) -> None:
        table = pa.concat_tables(self.buffer) if self.buffer else self.schema.empty_table()
        self.parquet.write_table(table.slice(0, n).combine_chunks(), row_group_size=self.row_group)
        rest = table.slice(n)
        self.buffer, self.buffered = ([rest] if rest.num_rows else []), rest.num_rows

    def close(self) -> None:
        if self.buffered or self.rows == 0:
            self._flush(self.buffered)
        self.parquet.close()
        self.csv.close()


class TableSink(Protocol):
    """Something fed the release's tables as they are written (the release database)."""

    def piece(self, name: str, table: pa.Table) -> None:
        """One more checked, sorted piece of table ``name``."""
        ...

    def table_written(self, name: str, rows: int) -> None:
        """Table ``name`` is complete: it has ``rows`` rows, every one handed to ``piece``
        (its files may still be being closed), or none was and its files are closed."""
        ...


def write_release_tables(source: RowSource, folder: Path,
                         sink: TableSink | None = None) -> Written:
    """Write every table of the contract into ``folder``, checking each piece on the way.
    ``sink`` is handed each piece as it is written and told as each table is complete (in
    WRITE_ORDER)."""
    out = Written()
    failures: list[Failure] = list(source.early_failures())
    target_keys: dict[str, pa.Array] = {}  # every primary key of each FK target written so far
    digest = hashlib.sha256()
    for name in WRITE_ORDER:
        key = TABLES[name].primary_key
        keys: list[pa.Array] = []
        own = [fk.column for fk in TABLES[name].foreign_keys if fk.target == name]
        own_values: list[pa.Table] = []  # keys into the table itself, checked at its end
        files = _TableFiles(folder, name)
        fed = False  # the sink has been handed pieces of the table
        try:
            checked = source.checked_columns(name)
            skip = (*source.checked_foreign_keys(name), *own)
            for piece in source.pieces(name):
                piece = canonical(name, conform(name, piece))
                failures += schema_failures(name, piece, files.rows, checked)
                failures += primary_key_failures(name, piece)
                failures += foreign_key_failures(name, piece, target_keys, skip)
                if own:
                    own_values.append(piece.select(own))
                if name in FK_TARGETS:
                    keys.extend(piece.column(key).chunks)
                if name == "sources":
                    for sid, sha in zip(piece.column("source_id").to_pylist(),
                                        piece.column("content_sha256").to_pylist()):
                        digest.update(f"{sid}\x1f{sha}\n".encode())
                files.write(piece)
                if sink is not None:
                    sink.piece(name, piece)
                    fed = True
            if sink is not None and fed:  # every row handed over: told before the last row
                # group (a table under ROW_GROUP rows whole) is compressed, not waited for
                sink.table_written(name, files.rows)
        finally:
            files.close()
        if sink is not None and not fed:  # (read from its files)
            sink.table_written(name, files.rows)
        if name in FK_TARGETS:
            target_keys[name] = pa.concat_arrays(keys) if keys else pa.array([], pa.string())
        if own_values:
            others = [fk.column for fk in TABLES[name].foreign_keys if fk.column not in own]
            failures += foreign_key_failures(name, pa.concat_tables(own_values), target_keys,
                                             others)
        out.counts[name] = files.rows
    out.corpus_sha256 = digest.hexdigest()
    out.failures = merge_failures(failures)
    return out

