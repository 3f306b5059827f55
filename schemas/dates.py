"""dates: one row per date expression."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing.pandas import Series

from newsledger.records import ANCHORS, PRECISIONS

from ._fields import CalendarDate, date, enum, key, offset, text

TIMEML_VALUE = r"^\d{3,4}(-(\d{2}(-\d{2})?|W\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?$"


class Dates(pa.DataFrameModel):
    """One row per date expression, normalized to a TimeML value at its precision."""

    date_id: Series[pd.StringDtype] = key("d", "Primary key, derived from source_id and the span.",
                                          unique=True)
    source_id: Series[pd.StringDtype] = text("The article (→ sources.source_id).")
    char_start: Series[pd.Int64Dtype] = offset("Start of the expression.")
    char_end: Series[pd.Int64Dtype] = offset("End (exclusive) of the expression.")
    date_text: Series[pd.StringDtype] = text(
        "The expression as written (\"Wednesday morning\", \"Nov. 4\", \"this year\").")
    value: Series[pd.StringDtype] = pa.Field(
        str_matches=TIMEML_VALUE,
        description="ISO 8601 / TimeML value at its precision: `2020-11-04`, `2020-W45`, "
                    "`2020-W45-WE` (its weekend), `2020-11`, `2020-Q3`, `2020-H2`, `2020-SU`, "
                    "`2020`, `199` (the 1990s).")
    precision: Series[pd.StringDtype] = enum(
        PRECISIONS, "Granularity of value (a weekend is `week`, a half year `year`).")
    date: Series[CalendarDate] = date("First day of the period.")
    anchor: Series[pd.StringDtype] = enum(
        ANCHORS, "What a relative expression was resolved against: `absolute` (nothing: fully "
        "explicit), `publication` (the publication date) or `narrative` (a date the article set "
        "just before).")
    rule: Series[pd.StringDtype] = text("Short id of the rule that produced value.")

    class Config:
        title = "dates"
        strict = True
        coerce = True
