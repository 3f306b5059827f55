"""Whether a table passes its pandera schema, decided on the Arrow table itself.

pandera checks a pandas frame: converting a batch's tables to pandas and running every check
column by column cost about 1.7 s of CPU per 2,000 articles, nearly all of it on rows that
pass. ``passes`` runs the same checks with Arrow compute kernels (a few milliseconds) and is
never more lenient than pandera: True means pandera would find nothing; False means a value may
fail, or the schema holds something not translated here, and pandera runs as before, so every
failure is still reported by pandera, in its words, with its row. The translation reads the
schema (``schemas/``), so a check added there is either translated here or sends its table to
pandera.
"""
from __future__ import annotations

from functools import cache

import pyarrow as pa
import pyarrow.compute as pc

# pandera dtypes of the contract (after ``coerce``) and the Arrow type a conformed column has.
_ARROW_TYPES = {"string[pyarrow]": pa.string(), "string": pa.string(), "Int64": pa.int64(),
                "int64": pa.int64(), "float64": pa.float64(),
                "date32[day][pyarrow]": pa.date32()}
# Integers a pandas float64 holds exactly: a column of int64 with nulls reaches pandera as
# float64, and larger values may not coerce back.
_EXACT_INT = 2 ** 53


def passes(schema, table: pa.Table) -> bool:
    """True when every row and column of ``table`` passes ``schema`` (a pandera
    DataFrameSchema whose columns are exactly the table's, as ``conform`` makes them)."""
    if table.column_names != list(schema.columns) or not _simple(schema):
        return False
    return all(_column_passes(column, table.column(name))
               for name, column in schema.columns.items())


def _simple(schema) -> bool:
    """The schema coerces (the frame pandera sees is made from Arrow types) and has only
    column checks (no frame-level checks, index, parsers)."""
    return (schema.coerce and not schema.checks and schema.index is None and not schema.unique
            and not getattr(schema, "parsers", None) and not schema.drop_invalid_rows)


def _column_passes(column, data: pa.ChunkedArray) -> bool:
    expected = _ARROW_TYPES.get(str(column.dtype))
    if expected is None or data.type != expected or column.regex or \
            getattr(column, "parsers", None) or column.drop_invalid_rows:
        return False
    values = pc.drop_null(data)
    if pa.types.is_floating(expected):  # NaN is a missing value in pandas
        values = values.filter(pc.invert(pc.is_nan(values)))
    if not column.nullable and len(values) != len(data):
        return False
    if column.unique and pc.count_distinct(data, mode="all").as_py() != len(data):
        return False
    if pa.types.is_integer(expected) and data.null_count and len(values) and \
            pc.max(pc.abs(values)).as_py() > _EXACT_INT:
        return False
    return all(_check_passes(check, values) for check in column.checks)


def _check_passes(check, values: pa.ChunkedArray) -> bool:
    """One pandera check on the non-missing values (pandera's ``ignore_na``)."""
    if not check.ignore_na or check.element_wise or check.groupby is not None:
        return False
    if len(values) == 0:
        return True
    stats = check.statistics or {}
    name = check.name
    try:
        if name == "str_matches":
            return pc.all(pc.match_substring_regex(values, _anchored(stats["pattern"]))).as_py()
        if name == "isin":
            allowed = _value_set(tuple(stats["allowed_values"]), values.type)
            return pc.all(pc.is_in(values, value_set=allowed)).as_py()
        if name == "str_length":
            lengths = pc.min_max(pc.utf8_length(values))
            low, high = lengths["min"].as_py(), lengths["max"].as_py()
            exact = stats.get("exact_value")
            return ((stats.get("min_value") is None or low >= stats["min_value"])
                    and (stats.get("max_value") is None or high <= stats["max_value"])
                    and (exact is None or low == high == exact))
        if name == "greater_than_or_equal_to":
            return pc.min(values).as_py() >= stats["min_value"]
        if name == "less_than_or_equal_to":
            return pc.max(values).as_py() <= stats["max_value"]
    except (pa.ArrowException, KeyError, TypeError, ValueError):
        return False
    return False  # a check not translated here: pandera decides


def _anchored(pattern: str) -> str:
    """pandas' ``str.match`` pattern: anchored at the start."""
    return pattern if pattern.startswith("^") else "^" + pattern


@cache
def _value_set(allowed: tuple, type_: pa.DataType) -> pa.Array:
    return pa.array(allowed, type_)
