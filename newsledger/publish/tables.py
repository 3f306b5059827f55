"""Typed tables: build them from rows, put them in canonical form; Parquet and CSV options.

Tables travel through the pipeline as ``pyarrow.Table`` (columnar: compact in memory, cheap to
pickle between workers, sorted and written without Python loops). Column names, order, types
and descriptions all come from ``schemas.TABLES``.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from schemas import TABLES, Table

Tables = dict[str, pa.Table]
TableLike = pa.Table | Sequence[Mapping[str, Any]]

_ARROW = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
          "date": pa.date32()}
FRICTIONLESS_TYPES = {"string": "string", "int64": "integer", "float64": "number",
                      "date": "date"}
ROW_GROUP = 100_000
# Tables with wide rows get smaller row groups, so a reader (or the release diff) never needs
# more than a few tens of MB at once: sources carry whole article texts.
ROW_GROUPS = {"sources": 10_000}
PARQUET_OPTIONS = {"compression": "zstd", "use_dictionary": True, "write_statistics": True}
# UTF-8, header row, RFC 4180 (CRLF line ends, strings quoted when needed); null is empty.
CSV_OPTIONS = pacsv.WriteOptions(quoting_style="needed", eol="\r\n", batch_size=ROW_GROUP)


def logical_type(table: Table, column: str) -> str:
    """The contract type of a column: string, int64, float64 or date."""
    dtype = str(table.schema.columns[column].dtype).lower()
    if dtype.startswith("str"):
        return "string"
    if dtype.startswith("int"):
        return "int64"
    if dtype.startswith("float"):
        return "float64"
    if dtype.startswith("date32"):
        return "date"
    raise TypeError(f"{table.name}.{column}: no logical type for pandera dtype {dtype}")


@cache  # (a table's schema is read for every piece written: once is enough)
def arrow_schema(table: Table) -> pa.Schema:
    cols = table.schema.columns
    fields = [pa.field(name, _ARROW[logical_type(table, name)], nullable=cols[name].nullable,
                       metadata={"description": cols[name].description or ""})
              for name in table.columns]
    return pa.schema(fields, metadata={"table": table.name, "description": table.description,
                                       "primary_key": table.primary_key})


def from_rows(name: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """A typed table from dicts (missing keys become null)."""
    table = TABLES[name]
    return pa.Table.from_pylist([{c: r.get(c) for c in table.columns} for r in rows],
                                schema=arrow_schema(table))


def conform(name: str, data: TableLike) -> pa.Table:
    """Exactly the contract's columns, in order, with the contract's types (extra columns,
    such as the ``_local`` helpers of reconciliation, are dropped)."""
    if not isinstance(data, pa.Table):
        return from_rows(name, data)
    schema = arrow_schema(TABLES[name])
    columns = []
    for f in schema:
        col = data.column(f.name) if f.name in data.column_names else pa.nulls(data.num_rows)
        columns.append(col.cast(f.type))
    return pa.Table.from_arrays(columns, schema=schema)


def as_tables(data: Mapping[str, TableLike]) -> Tables:
    """Every table of the contract, conformed and sorted by primary key (empty when absent)."""
    return {name: canonical(name, conform(name, data.get(name, [])))
            for name in TABLES}


def canonical(name: str, table: pa.Table) -> pa.Table:
    """Rows sorted by primary key, in contiguous memory."""
    if table.num_rows == 0:
        return table
    return table.sort_by(TABLES[name].primary_key).combine_chunks()


# Dates stay Arrow dates in pandas (any year): no round trip through nanosecond timestamps.
_PANDAS_TYPES = {pa.date32(): pd.ArrowDtype(pa.date32())}.get


def to_pandas(table: pa.Table) -> pd.DataFrame:
    """A table as a pandas frame, dates as ``date32[pyarrow]`` (see ``schemas.CalendarDate``)."""
    return table.to_pandas(types_mapper=_PANDAS_TYPES)


def iter_frames(name: str, table: pa.Table, size: int = ROW_GROUP) -> Iterator[pd.DataFrame]:
    """The table as pandas frames of at most ``size`` rows (bounded memory for validation)."""
    if table.num_rows == 0:
        yield to_pandas(table)
        return
    for start in range(0, table.num_rows, size):
        yield to_pandas(table.slice(start, size))


def row_group_size(name: str) -> int:
    return ROW_GROUPS.get(name, ROW_GROUP)


def read_parquet(path: Path) -> pa.Table:
    return pq.read_table(path)
