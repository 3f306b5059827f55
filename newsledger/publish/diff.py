"""Compare two releases table by table: rows added, removed and changed (by primary key), and
schema changes (tables and columns added, removed or retyped)."""
from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from schemas import TABLES


@dataclass(frozen=True)
class TableDiff:
    table: str
    added: int = 0
    removed: int = 0
    changed: int = 0
    unchanged: int = 0
    columns_added: tuple[str, ...] = ()
    columns_removed: tuple[str, ...] = ()
    columns_retyped: tuple[str, ...] = ()

    @property
    def rows_differ(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    @property
    def schema_differs(self) -> bool:
        return bool(self.columns_added or self.columns_removed or self.columns_retyped)


@dataclass(frozen=True)
class ReleaseDiff:
    tables: tuple[TableDiff, ...]
    tables_added: tuple[str, ...] = ()
    tables_removed: tuple[str, ...] = ()
    sources_added: int = field(default=0)

    @property
    def identical(self) -> bool:
        return not (self.tables_added or self.tables_removed
                    or any(t.rows_differ or t.schema_differs for t in self.tables))

    @property
    def bump(self) -> str:
        """Which part of a semantic data version this change bumps: major, minor, patch, none."""
        if self.tables_removed or any(t.columns_removed or t.columns_retyped for t in self.tables):
            return "major"
        if self.tables_added or self.sources_added or any(t.columns_added for t in self.tables):
            return "minor"
        return "none" if self.identical else "patch"


def _tables_in(folder: Path) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.parquet"))


def _key(name: str, columns: list[str]) -> str:
    if name in TABLES and TABLES[name].primary_key in columns:
        return TABLES[name].primary_key
    return columns[0]


def _column(path: Path, column: str) -> pa.Array:
    table = pq.read_table(path, columns=[column])
    col = table.column(0)
    return pa.concat_arrays(col.chunks) if col.num_chunks else pa.array([], col.type)


def _same(a: pa.Array, b: pa.Array) -> pa.Array:
    """Row-wise equality where two nulls are equal."""
    both_null = pc.and_(pc.is_null(a), pc.is_null(b))
    if pa.types.is_null(a.type) or pa.types.is_null(b.type):
        return both_null  # a column with no values at all (Arrow type null)
    return pc.or_(pc.fill_null(pc.equal(a, b), False), both_null)


def diff_table(name: str, old: Path, new: Path) -> TableDiff:
    """Rows added, removed and changed between two versions of a table, matched by primary
    key. Reads one column of each file at a time, so memory stays bounded on large releases."""
    old_types = {f.name: str(f.type) for f in pq.read_schema(old)}
    new_types = {f.name: str(f.type) for f in pq.read_schema(new)}
    schema_changes = dict(
        columns_added=tuple(c for c in new_types if c not in old_types),
        columns_removed=tuple(c for c in old_types if c not in new_types),
        columns_retyped=tuple(c for c in new_types
                              if c in old_types and old_types[c] != new_types[c]))
    common = [c for c in new_types if c in old_types and old_types[c] == new_types[c]]
    key = _key(name, list(new_types))
    if key not in common:
        return TableDiff(name, added=pq.read_metadata(new).num_rows,
                         removed=pq.read_metadata(old).num_rows, **schema_changes)
    old_keys, new_keys = _column(old, key), _column(new, key)
    in_new = pc.is_in(old_keys, value_set=new_keys)
    in_old = pc.is_in(new_keys, value_set=old_keys)
    shared = pc.sum(in_old).as_py() or 0
    # Released tables are sorted by key, so the shared rows line up in both files.
    if not (_sorted(old_keys) and _sorted(new_keys)):
        old_order, new_order = pc.sort_indices(old_keys), pc.sort_indices(new_keys)
    else:
        old_order = new_order = None
    changed = pa.array([False] * shared, pa.bool_())
    for c in common:
        if c == key:
            continue
        if old_order is not None:
            a, b = _column(old, c).take(old_order), _column(new, c).take(new_order)
            a = a.filter(in_new.take(old_order))
            b = b.filter(in_old.take(new_order))
            differs = pc.invert(_same(a, b))
        else:
            differs = _streamed_differences(old, new, c, in_new, in_old)
        changed = pc.or_(changed, differs)
    n_changed = pc.sum(changed).as_py() or 0
    return TableDiff(name, added=len(new_keys) - shared, removed=len(old_keys) - shared,
                     changed=n_changed, unchanged=shared - n_changed, **schema_changes)


BATCH_ROWS = 65_536


def _shared(path: Path, column: str, keep: pa.Array) -> Iterator[pa.Array]:
    """The values of ``column`` in the rows ``keep`` marks, a batch of rows at a time."""
    offset = 0
    file = pq.ParquetFile(path)
    for group in range(file.metadata.num_row_groups):  # one row group at a time: no read-ahead
        column_ = file.read_row_group(group, columns=[column]).column(0)
        for start in range(0, len(column_), BATCH_ROWS):
            chunk = column_.slice(start, BATCH_ROWS)
            n = len(chunk)
            values = pa.concat_arrays(chunk.chunks) if chunk.num_chunks else \
                pa.array([], chunk.type)
            values = values.filter(keep.slice(offset, n))
            offset += n
            if len(values):
                yield values


def _streamed_differences(old: Path, new: Path, column: str, in_new: pa.Array,
                          in_old: pa.Array) -> pa.Array:
    """Row-wise "differs" of ``column`` over the shared rows of two sorted tables, read in
    batches, so a wide column (article texts) is never held whole."""
    out: list[pa.Array] = []
    a_iter, b_iter = _shared(old, column, in_new), _shared(new, column, in_old)
    a = b = None
    while True:
        if a is None or len(a) == 0:
            a = next(a_iter, None)
        if b is None or len(b) == 0:
            b = next(b_iter, None)
        if a is None or b is None:
            break
        n = min(len(a), len(b))
        out.append(pc.invert(_same(a.slice(0, n), b.slice(0, n))))
        a, b = a.slice(n), b.slice(n)
    return pa.concat_arrays(out) if out else pa.array([], pa.bool_())


def _sorted(keys: pa.Array) -> bool:
    if len(keys) < 2:
        return True
    return pc.all(pc.less(keys[:-1], keys[1:])).as_py() is not False


def diff_releases(old: Path, new: Path) -> ReleaseDiff:
    """Compare the Parquet tables of two release folders."""
    old_names, new_names = _tables_in(old), _tables_in(new)
    tables = tuple(diff_table(n, old / f"{n}.parquet", new / f"{n}.parquet")
                   for n in new_names if n in old_names)
    sources = next((t for t in tables if t.table == "sources"), None)
    return ReleaseDiff(tables=tables,
                       tables_added=tuple(n for n in new_names if n not in old_names),
                       tables_removed=tuple(n for n in old_names if n not in new_names),
                       sources_added=sources.added if sources else 0)


def format_diff(d: ReleaseDiff) -> str:
    lines = []
    for t in d.tables:
        line = f"{t.table}: +{t.added} added, -{t.removed} removed, ~{t.changed} changed"
        extras = [f"{label} {', '.join(cols)}" for label, cols in
                  (("columns added:", t.columns_added), ("columns removed:", t.columns_removed),
                   ("columns retyped:", t.columns_retyped)) if cols]
        lines.append(line + ("; " + "; ".join(extras) if extras else ""))
    lines += [f"{n}: table added" for n in d.tables_added]
    lines += [f"{n}: table removed" for n in d.tables_removed]
    lines.append("identical" if d.identical else f"version bump: {d.bump}")
    return "\n".join(lines)
