"""Turn rows into typed tables and write them as Parquet and CSV, byte for byte reproducibly.

Column names, order, types and descriptions all come from ``schemas.TABLES``.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from schemas import TABLES, Table

Row = Mapping[str, Any]
Rows = dict[str, list[dict[str, Any]]]

_ARROW = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
          "date": pa.date32()}
FRICTIONLESS_TYPES = {"string": "string", "int64": "integer", "float64": "number",
                      "date": "date"}


def logical_type(table: Table, column: str) -> str:
    """The contract type of a column: string, int64, float64 or date."""
    dtype = str(table.schema.columns[column].dtype).lower()
    if dtype.startswith("str"):
        return "string"
    if dtype.startswith("int"):
        return "int64"
    if dtype.startswith("float"):
        return "float64"
    if dtype == "date":
        return "date"
    raise TypeError(f"{table.name}.{column}: no logical type for pandera dtype {dtype}")


def arrow_schema(table: Table) -> pa.Schema:
    cols = table.schema.columns
    fields = [pa.field(name, _ARROW[logical_type(table, name)], nullable=cols[name].nullable,
                       metadata={"description": cols[name].description or ""})
              for name in table.columns]
    return pa.schema(fields, metadata={"table": table.name, "description": table.description,
                                       "primary_key": table.primary_key})


def sort_rows(table: Table, rows: Iterable[Row]) -> list[dict[str, Any]]:
    """Rows in canonical order: by primary key."""
    return sorted((dict(r) for r in rows), key=lambda r: r[table.primary_key])


def to_frame(table: Table, rows: Sequence[Row]) -> pd.DataFrame:
    """A DataFrame with exactly the schema's columns, in order (missing keys become null)."""
    return pd.DataFrame({c: [r.get(c) for r in rows] for c in table.columns},
                        columns=table.columns)


def to_arrow(table: Table, rows: Sequence[Row]) -> pa.Table:
    return pa.Table.from_pylist([{c: r.get(c) for c in table.columns} for r in rows],
                                schema=arrow_schema(table))


def write_parquet(table: Table, rows: Sequence[Row], path: Path) -> None:
    pq.write_table(to_arrow(table, rows), path, compression="zstd", row_group_size=50_000,
                   use_dictionary=True, write_statistics=True)


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    return str(value)


def write_csv(table: Table, rows: Sequence[Row], path: Path) -> None:
    """UTF-8, header row, RFC 4180 (CRLF line ends, fields quoted when needed); null is empty."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(table.columns)
    for r in rows:
        writer.writerow([_cell(r.get(c)) for c in table.columns])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def read_parquet_rows(path: Path) -> list[dict[str, Any]]:
    return pq.read_table(path).to_pylist()


def write_tables(rows: Rows, folder: Path) -> None:
    """Write every table of the contract as ``<table>.parquet`` and ``<table>.csv``."""
    for name, table in TABLES.items():
        ordered = sort_rows(table, rows.get(name, []))
        write_parquet(table, ordered, folder / f"{name}.parquet")
        write_csv(table, ordered, folder / f"{name}.csv")
