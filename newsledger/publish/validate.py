"""Validate tables before anything is published: every schema, then the cross-table checks.

All failures are collected (pandera's lazy validation plus our own checks) and reported at once.
Schemas are checked in slices of rows, so memory stays bounded on large corpora.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
import pyarrow.compute as pc

from schemas import TABLES

from .passes import passes
from .tables import Tables, conform, iter_frames

MAX_EXAMPLES = 3


@dataclass(frozen=True)
class Failure:
    """One failing check: which table, column and check, how many rows, a few examples."""

    table: str
    column: str
    check: str
    count: int
    examples: tuple[str, ...]

    def __str__(self) -> str:
        where = f"{self.table}.{self.column}" if self.column else self.table
        ex = "; ".join(self.examples)
        return f"{where}: {self.check} fails for {self.count} row(s), e.g. {ex}"


class ValidationFailed(Exception):
    """Raised when tables do not pass; ``failures`` lists every failing check."""

    def __init__(self, failures: Sequence[Failure]):
        self.failures = tuple(failures)
        lines = "\n".join(f"  - {f}" for f in self.failures)
        super().__init__(f"{len(self.failures)} check(s) failed, nothing was published:\n{lines}")


@dataclass(frozen=True)
class RowProblem:
    """One row failing one schema check: enough to find it in the article and fix the rule."""

    table: str
    column: str
    check: str
    source_id: str | None
    key: str | None  # the row's primary key
    start: int | None  # the row's span in the article (char_start, char_end), when it has one
    end: int | None
    value: object

    def __str__(self) -> str:
        span = f" [{self.start}:{self.end}]" if self.start is not None else ""
        return (f"{self.table}.{self.column} = {self.value!r:.60} in {self.source_id}{span} "
                f"fails {self.check}")

    @property
    def example(self) -> str:
        span = f" [{self.start}:{self.end}]" if self.start is not None else ""
        return f"{self.source_id}{span} {self.key or ''} value {self.value!r:.60}".replace("  ", " ")


# pandera checks about a whole table, not one row: a row cannot be blamed for them.
TABLE_CHECKS = ("field_uniqueness", "column_in_dataframe", "column_in_schema", "dataframe_")


def _row_problems(name: str, schema: pa.DataFrameSchema, frame) -> tuple[list[RowProblem],
                                                                         list[tuple[str, str, str]]]:
    """pandera's failures of one frame: those of single rows (as RowProblems) and the others
    (column, check, failure case) that no row can be blamed for."""
    try:
        schema.validate(frame, lazy=True)
        return [], []
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
    key = TABLES[name].primary_key
    cols = {c: frame[c].tolist() if c in frame.columns else None
            for c in (key, "source_id", "char_start", "char_end")}
    rows, table_level = [], []
    for case in cases.itertuples(index=False):
        column = "" if case.column is None else str(case.column)
        check = str(case.check)
        index = case.index
        if index is None or (isinstance(index, float) and index != index) or \
                check.startswith(TABLE_CHECKS):
            table_level.append((column, check, repr(case.failure_case)[:60]))
            continue
        i = int(index)

        def at(c: str) -> object:
            values = cols[c]
            if values is None:
                return None
            v = values[i]
            return None if v is None or (isinstance(v, float) and v != v) or v is pd.NA else v
        start, end = at("char_start"), at("char_end")
        rows.append(RowProblem(name, column, check, at("source_id"), at(key),
                               None if start is None else int(start),
                               None if end is None else int(end), case.failure_case))
    return rows, table_level


@lru_cache(maxsize=64)
def _schema_without(name: str, skip: tuple[str, ...]) -> pa.DataFrameSchema:
    """Table ``name``'s schema without the columns ``skip`` (made once: pandera copies the
    whole schema to remove a column)."""
    schema = TABLES[name].schema
    return schema.remove_columns([c for c in skip if c in schema.columns]) if skip else schema


def _checked_schema(name: str, table: pa_arrow.Table, skip: Sequence[str]
                    ) -> tuple[pa.DataFrameSchema, pa_arrow.Table]:
    schema = _schema_without(name, tuple(skip))
    if skip:
        table = table.drop_columns([c for c in skip if c in table.column_names
                                    and c in TABLES[name].schema.columns])
    return schema, table


def schema_failures(name: str, table: pa_arrow.Table, offset: int = 0,
                    skip: Sequence[str] = ()) -> list[Failure]:
    """pandera's checks of one table (or of rows ``offset``... of it), leaving out the
    columns in ``skip`` (checked elsewhere). Examples name the source, span, key and value."""
    schema, table = _checked_schema(name, table, skip)
    if not schema.columns or passes(schema, table):
        return []
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    for frame in iter_frames(name, table):
        rows, others = _row_problems(name, schema, frame)
        for p in rows:
            grouped[(p.column, p.check)].append(p.example)
        for column, check, case in others:
            grouped[(column, check)].append(f"{case}")
    return [Failure(name, col, check, len(ex), tuple(ex[:MAX_EXAMPLES]))
            for (col, check), ex in sorted(grouped.items())]


def row_problems(tables: Mapping[str, pa_arrow.Table], later: Mapping[str, Sequence[str]]
                 ) -> tuple[list[RowProblem], list[Failure]]:
    """The schema checks of one batch's tables, except the columns ``later`` (table ->
    columns) filled across articles: failures of single rows (their articles are quarantined)
    and failures of whole tables (pipeline bugs: nothing is published)."""
    problems: list[RowProblem] = []
    failures: list[Failure] = []
    for name in TABLES:
        if name not in tables:
            continue
        schema, table = _checked_schema(name, conform(name, tables[name]), later.get(name, ()))
        if not schema.columns or passes(schema, table):
            continue
        for frame in iter_frames(name, table):
            rows, others = _row_problems(name, schema, frame)
            problems += rows
            failures += [Failure(name, column, check, 1, (case,)) for column, check, case in others]
    return problems, merge_failures(failures)


def local_foreign_keys(name: str, present: Sequence[str]) -> tuple[str, ...]:
    """The foreign-key columns of table ``name`` that point into tables in ``present``."""
    return tuple(fk.column for fk in TABLES[name].foreign_keys if fk.target in present)


def _primary_keys(tables: Mapping[str, pa_arrow.Table]) -> dict[str, pa_arrow.Array]:
    """Every primary key of each table of the contract in ``tables``, as one array."""
    return {name: pa_arrow.concat_arrays(t.column(TABLES[name].primary_key).chunks)
            if t.num_rows else pa_arrow.array([], pa_arrow.string())
            for name, t in tables.items() if name in TABLES}


def batch_key_failures(tables: Mapping[str, pa_arrow.Table]) -> list[Failure]:
    """Foreign keys of one batch's tables that point into the batch itself (to its sources
    and dates: rows never point to another article's), checked where the batch is made."""
    targets = _primary_keys(tables)
    failures = []
    for name in targets:
        local = local_foreign_keys(name, list(targets))
        skip = [fk.column for fk in TABLES[name].foreign_keys if fk.column not in local]
        failures += foreign_key_failures(name, tables[name], targets, skip)
    return failures


def primary_key_failures(name: str, data: pa_arrow.Table) -> list[Failure]:
    """Duplicate or empty primary keys of a table (or of a bucket of it: buckets never share
    keys, so checking each bucket checks the table)."""
    key = TABLES[name].primary_key
    counts = pc.value_counts(data.column(key))
    values, n = counts.field("values"), counts.field("counts")
    bad = pc.or_kleene(pc.greater(n, 1), pc.fill_null(pc.equal(values, ""), True))
    dup = sorted(str(v) for v in pc.filter(values, bad).to_pylist())
    if not dup:
        return []
    return [Failure(name, key, "primary key unique and non-empty", len(dup),
                    tuple(dup[:MAX_EXAMPLES]))]


def foreign_key_failures(name: str, data: pa_arrow.Table,
                         targets: Mapping[str, pa_arrow.Array],
                         skip: Sequence[str] = ()) -> list[Failure]:
    """Values of foreign-key columns of ``data`` (except those in ``skip``) missing from
    ``targets`` (table name -> all of that table's primary keys)."""
    failures = []
    for fk in TABLES[name].foreign_keys:
        if fk.column in skip:
            continue
        values = data.column(fk.column)
        present = pc.and_(pc.is_valid(values), pc.not_equal(values, ""))
        missing = pc.and_(present, pc.invert(pc.is_in(values, value_set=targets[fk.target])))
        dangling = sorted(set(pc.filter(values, pc.fill_null(missing, False)).to_pylist()))
        if dangling:
            failures.append(Failure(name, fk.column, f"foreign key to {fk.target}",
                                    len(dangling), tuple(dangling[:MAX_EXAMPLES])))
    return failures


def merge_failures(failures: Sequence[Failure]) -> list[Failure]:
    """One failure per (table, column, check): counts summed, the first examples kept."""
    merged: dict[tuple[str, str, str], Failure] = {}
    for f in failures:
        k = (f.table, f.column, f.check)
        if k in merged:
            m = merged[k]
            f = Failure(f.table, f.column, f.check, m.count + f.count,
                        (m.examples + f.examples)[:MAX_EXAMPLES])
        merged[k] = f
    order = list(TABLES)
    return sorted(merged.values(), key=lambda f: (order.index(f.table) if f.table in order
                                                  else len(order), f.column, f.check))


def _key_failures(tables: Mapping[str, pa_arrow.Table]) -> list[Failure]:
    targets = _primary_keys({name: tables[name] for name in TABLES})
    failures = []
    for name in TABLES:
        failures += primary_key_failures(name, tables[name])
        failures += foreign_key_failures(name, tables[name], targets)
    return failures


def span_failures(tables: Mapping[str, pa_arrow.Table]) -> list[Failure]:
    """Spans whose text is not the source text at their offsets. Every row's source must be in
    ``tables["sources"]``: the whole corpus, or the batch of articles the rows came from."""
    sources = tables["sources"]
    texts = dict(zip(sources.column("source_id").to_pylist(), sources.column("text").to_pylist()))
    failures = []
    for name, table in TABLES.items():
        if not table.spans or name not in tables:
            continue
        data = tables[name]
        for span in table.spans:
            cols = [data.column(c).to_pylist() for c in
                    (table.primary_key, "source_id", span.start, span.end, span.text)]
            bad = []
            for key, sid, start, end, value in zip(*cols):
                if start is None and end is None and value is None:
                    continue
                text = texts.get(sid)
                if text is None or start is None or end is None or text[start:end] != value:
                    bad.append(f"{key} [{start}:{end}] {value!r:.40}")
            if bad:
                failures.append(Failure(name, span.text, f"equals text[{span.start}:{span.end}]",
                                        len(bad), tuple(bad[:MAX_EXAMPLES])))
    return failures


def find_failures(tables: Tables) -> list[Failure]:
    """Every failure of every table: schemas, keys, foreign keys and spans."""
    failures: list[Failure] = []
    for name in TABLES:
        failures += schema_failures(name, tables[name])
    return failures + _key_failures(tables) + span_failures(tables)


def validate(tables: Tables) -> None:
    """Raise ValidationFailed listing every failure; return quietly when all tables pass."""
    failures = find_failures(tables)
    if failures:
        raise ValidationFailed(failures)
