"""``passes`` (the Arrow pre-check) is never more lenient than pandera: whenever it says a
table passes, pandera finds nothing. Every column of every table is given bad values of each
kind the contract checks, one at a time."""
from __future__ import annotations

import math

import pandera.pandas as pa
import pyarrow
import pytest

from newsledger.publish.passes import passes
from newsledger.publish.tables import conform, to_pandas
from schemas import TABLES
from tests.helpers import tiny_rows, with_changes

BAD_STRINGS = (None, "", " ", "x", "q_0123456789abcdef\n", "q_0123456789ABCDEF",
               "e_0123456789abcdef0", "@", "@a b", "Direct", "2020-13", "２０２０", "@名前")
BAD_NUMBERS = (None, -1, 0, 2, math.nan, math.inf, -math.inf, 0.5, 1.5, 2 ** 62)


def _pandera_passes(schema: pa.DataFrameSchema, table: pyarrow.Table) -> bool:
    try:
        schema.validate(to_pandas(table), lazy=True)
        return True
    except pa.errors.SchemaErrors:
        return False


def _tables(rows: dict[str, list[dict]]) -> dict[str, pyarrow.Table]:
    return {name: conform(name, rows[name]) for name in TABLES}


def test_good_tables_pass() -> None:
    rows = tiny_rows()
    rows["quotes"].append(dict(rows["quotes"][0], quote_id="q_0123456789abcdef",
                               speaker_handle="@west_1", confidence=1.0))
    for name, table in _tables(rows).items():
        assert passes(TABLES[name].schema, table), name


@pytest.mark.parametrize("name", list(TABLES))
def test_never_more_lenient_than_pandera(name: str) -> None:
    base = tiny_rows()
    schema = TABLES[name].schema
    tried = failed = 0
    for column, field in schema.columns.items():
        kind = str(field.dtype)
        values = BAD_STRINGS if kind.startswith("string") else BAD_NUMBERS \
            if kind in ("Int64", "float64") else (None,)
        for value in values:
            if kind == "Int64" and isinstance(value, float):
                continue
            try:
                table = conform(name, with_changes(base, **{name: {column: value}})[name])
            except (pyarrow.ArrowException, TypeError, ValueError, OverflowError):
                continue  # not even typed: quarantined before any check
            # the column alone (a failure of one column is that column's)
            one, alone = pa.DataFrameSchema({column: field}, strict=True, coerce=True), table.select([column])
            tried += 1
            if not _pandera_passes(one, alone):
                failed += 1
                assert not passes(one, alone), (column, value)
    assert tried and failed


@pytest.mark.parametrize("name", [n for n in TABLES if TABLES[n].primary_key])
def test_duplicate_keys_fail(name: str) -> None:
    rows = tiny_rows()
    rows[name].append(dict(rows[name][0]))
    table = conform(name, rows[name])
    if not _pandera_passes(TABLES[name].schema, table):
        assert not passes(TABLES[name].schema, table)


def test_unknown_checks_go_to_pandera() -> None:
    schema = pa.DataFrameSchema({"a": pa.Column(str, pa.Check(lambda s: s.str.len() < 3))})
    assert not passes(schema, pyarrow.table({"a": ["ok"]}))
