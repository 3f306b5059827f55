"""claims: one row per number asserted as fact."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing.pandas import Series

from newsledger.records import CONSISTENCY, QUALIFIERS

from ._fields import CalendarDate, date, enum, key, offset, text


class Claims(pa.DataFrameModel):
    """One row per number asserted as fact, with the clause that asserts it."""

    claim_id: Series[pd.StringDtype] = key("c", "Primary key, derived from source_id and the spans.",
                                           unique=True)
    source_id: Series[pd.StringDtype] = text("The article (→ sources.source_id).")
    char_start: Series[pd.Int64Dtype] = offset("Start of the sentence or clause asserting it.")
    char_end: Series[pd.Int64Dtype] = offset("End (exclusive) of the sentence or clause.")
    claim_text: Series[pd.StringDtype] = text("`text[char_start:char_end]`.")
    value: Series[float] = pa.Field(description="The number, normalized (60000, 0.5, 130000000).")
    value_text: Series[pd.StringDtype] = text("The quantity as written (\"60,000 votes\").")
    value_start: Series[pd.Int64Dtype] = offset("Start of value_text.")
    value_end: Series[pd.Int64Dtype] = offset("End (exclusive) of value_text.")
    unit: Series[pd.StringDtype] = text(
        "Normalized singular unit (\"vote\", \"state\", \"percent\", \"year\", \"usd\").",
        nullable=True)
    qualifier: Series[pd.StringDtype] = enum(
        QUALIFIERS, "How the wording bounds the number: \"little more than\" is `more_than`, "
        "\"nearly\" is `approximate`, \"only\" is `exact`.")
    subject: Series[pd.StringDtype] = text("What the number is about, when the text says.",
                                           nullable=True)
    subject_entity_id: Series[pd.StringDtype] = key(
        "e", "The subject's entity (→ entities.entity_id).", nullable=True)
    claimant: Series[pd.StringDtype] = text(
        "Who asserts the number when the article credits someone (\"the latest reports\", a "
        "quoted speaker).", nullable=True)
    as_of_date: Series[CalendarDate] = date(
        "The date the number holds for (\"As of Wednesday evening\").", nullable=True)
    measure_key: Series[pd.StringDtype] = text(
        "Normalized key that makes the same measure comparable across sources "
        "(\"kanye west|vote\").")
    cluster_id: Series[pd.StringDtype] = key("cc", "Shared by claims about the same measure.")
    consistency: Series[pd.StringDtype] = enum(
        CONSISTENCY, "Across the sources in the cluster: `single_source` (one source only), "
        "`agrees` (sources give compatible values) or `conflicts` (they disagree).")

    class Config:
        title = "claims"
        strict = True
        coerce = True
