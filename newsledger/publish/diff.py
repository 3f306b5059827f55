"""Compare two releases table by table: rows added, removed and changed (by primary key), and
schema changes (tables and columns added, removed or retyped)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

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


def diff_table(name: str, old: Path, new: Path) -> TableDiff:
    old_t, new_t = pq.read_table(old), pq.read_table(new)
    old_types = {f.name: str(f.type) for f in old_t.schema}
    new_types = {f.name: str(f.type) for f in new_t.schema}
    common = [c for c in new_types if c in old_types and old_types[c] == new_types[c]]
    key = _key(name, list(new_types))
    if key not in old_types:
        return TableDiff(name, added=new_t.num_rows, removed=old_t.num_rows)
    old_rows = {r[key]: r for r in old_t.select(common).to_pylist()}
    new_rows = {r[key]: r for r in new_t.select(common).to_pylist()}
    shared = old_rows.keys() & new_rows.keys()
    changed = sum(1 for k in shared if old_rows[k] != new_rows[k])
    return TableDiff(
        name, added=len(new_rows.keys() - old_rows.keys()),
        removed=len(old_rows.keys() - new_rows.keys()), changed=changed,
        unchanged=len(shared) - changed,
        columns_added=tuple(c for c in new_types if c not in old_types),
        columns_removed=tuple(c for c in old_types if c not in new_types),
        columns_retyped=tuple(c for c in new_types
                              if c in old_types and old_types[c] != new_types[c]))


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
