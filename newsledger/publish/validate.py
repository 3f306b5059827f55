"""Validate tables before anything is published: every schema, then the cross-table checks.

All failures are collected (pandera's lazy validation plus our own checks) and reported at once.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandera.pandas as pa

from schemas import TABLES

from .tables import to_frame

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


def _schema_failures(name: str, rows: Sequence[Mapping[str, Any]]) -> list[Failure]:
    table = TABLES[name]
    frame = to_frame(table, rows)
    try:
        table.model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
        grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
        for case in cases.itertuples(index=False):
            column = "" if case.column is None else str(case.column)
            grouped[(column, str(case.check))].append(f"row {case.index}: {case.failure_case!r:.60}")
        return [Failure(name, col, check, len(ex), tuple(ex[:MAX_EXAMPLES]))
                for (col, check), ex in sorted(grouped.items())]
    return []


def _key_failures(rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[Failure]:
    failures = []
    keys = {name: [r.get(t.primary_key) for r in rows.get(name, [])] for name, t in TABLES.items()}
    for name, table in TABLES.items():
        counts = Counter(keys[name])
        dup = sorted(str(k) for k, n in counts.items() if n > 1 or k in (None, ""))
        if dup:
            failures.append(Failure(name, table.primary_key, "primary key unique and non-empty",
                                    len(dup), tuple(dup[:MAX_EXAMPLES])))
        for fk in table.foreign_keys:
            known = set(keys[fk.target])
            dangling = sorted({str(r.get(fk.column)) for r in rows.get(name, [])
                               if r.get(fk.column) not in (None, "")
                               and r.get(fk.column) not in known})
            if dangling:
                failures.append(Failure(name, fk.column, f"foreign key to {fk.target}",
                                        len(dangling), tuple(dangling[:MAX_EXAMPLES])))
    return failures


def _span_failures(rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[Failure]:
    texts = {r["source_id"]: r["text"] for r in rows.get("sources", [])}
    failures = []
    for name, table in TABLES.items():
        for span in table.spans:
            bad = []
            for r in rows.get(name, []):
                start, end, value = r.get(span.start), r.get(span.end), r.get(span.text)
                if start is None and end is None and value is None:
                    continue
                text = texts.get(r.get("source_id"))
                if (text is None or start is None or end is None
                        or text[start:end] != value):
                    bad.append(f"{r.get(table.primary_key)} [{start}:{end}] {value!r:.40}")
            if bad:
                failures.append(Failure(name, span.text, f"equals text[{span.start}:{span.end}]",
                                        len(bad), tuple(bad[:MAX_EXAMPLES])))
    return failures


def find_failures(rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[Failure]:
    """Every failure of every table: schemas, keys, foreign keys and spans."""
    failures: list[Failure] = []
    for name in TABLES:
        failures += _schema_failures(name, rows.get(name, []))
    return failures + _key_failures(rows) + _span_failures(rows)


def validate(rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """Raise ValidationFailed listing every failure; return quietly when all tables pass."""
    failures = find_failures(rows)
    if failures:
        raise ValidationFailed(failures)
