"""mentions: one row per mention of an entity."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing.pandas import Series

from newsledger.records import MENTION_KINDS

from ._fields import enum, key, offset, text


class Mentions(pa.DataFrameModel):
    """One row per place an entity is mentioned."""

    mention_id: Series[pd.StringDtype] = key("m", "Primary key, derived from source_id and span.",
                                             unique=True)
    entity_id: Series[pd.StringDtype] = key("e", "The entity (→ entities.entity_id).")
    source_id: Series[pd.StringDtype] = text("The article (→ sources.source_id).")
    char_start: Series[pd.Int64Dtype] = offset("Start of the mention.")
    char_end: Series[pd.Int64Dtype] = offset("End (exclusive) of the mention.")
    mention_text: Series[pd.StringDtype] = text("The mention as written.")
    mention_kind: Series[pd.StringDtype] = enum(
        MENTION_KINDS, "`name` (full name), `alias` (a shorter form), `handle` (@name), "
        "`pronoun` or `description` (\"the rapper\").")

    class Config:
        title = "mentions"
        strict = True
        coerce = True
