"""entities: one row per person, organization, place or account."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing.pandas import Series

from newsledger.records import ENTITY_KINDS

from ._fields import enum, key, offset, text


class Entities(pa.DataFrameModel):
    """One row per person, organization, place or account, merged across articles."""

    entity_id: Series[pd.StringDtype] = key("e", "Primary key, derived from kind and name.",
                                            unique=True)
    name: Series[pd.StringDtype] = text("Canonical name: the fullest form the articles use.")
    kind: Series[pd.StringDtype] = enum(ENTITY_KINDS, "`person`, `organization`, `place` or "
                                                      "`account`.")
    n_mentions: Series[pd.Int64Dtype] = offset("Number of rows in mentions for this entity.")
    n_sources: Series[pd.Int64Dtype] = offset("Number of articles that mention it.")

    class Config:
        title = "entities"
        strict = True
        coerce = True
