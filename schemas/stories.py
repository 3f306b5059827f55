"""stories: one row per story, the articles that report the same happening."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing.pandas import Series

from ._fields import CalendarDate, date, key, offset, text


class Stories(pa.DataFrameModel):
    """One row per story: the articles that report the same happening (the same concession,
    the same flood, the same IPO), not merely the same topic or person. Every article belongs
    to exactly one story (`sources.story_id`); a story of one article is an article no other
    reports."""

    story_id: Series[pd.StringDtype] = key(
        "st", "Primary key, derived from the story's founding article (its earliest, then the "
              "first by source_id): stable when unrelated articles are added.", unique=True)
    title: Series[pd.StringDtype] = text(
        "A readable headline for the story: the title of its earliest independent article "
        "that has one, else that article's headline line or first sentence.")
    first_published: Series[CalendarDate] = date(
        "The earliest publication date of its articles (null when none is known).",
        nullable=True)
    last_published: Series[CalendarDate] = date(
        "The latest publication date of its articles (null when none is known).",
        nullable=True)
    n_sources: Series[pd.Int64Dtype] = pa.Field(
        ge=1, description="Number of articles in the story (copies included).")
    n_outlets: Series[pd.Int64Dtype] = offset(
        "Number of distinct outlets (`sources.outlet`, case-insensitive); an article whose "
        "outlet is unknown counts as an outlet of its own.")
    n_independent: Series[pd.Int64Dtype] = offset(
        "Number of articles that are not copies of another (`sources.copy_of` is null): "
        "the sources that count when claims are compared.")

    class Config:
        title = "stories"
        strict = True
        coerce = True
